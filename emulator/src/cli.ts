#!/usr/bin/env node
/**
 * `authing-rest-emulator` (and `npm run emulator` in its repository): serves the emulator on 127.0.0.1.
 *   authing-rest-emulator --port 4020 --host 127.0.0.1 --db .emulator/authing.sqlite
 *   authing-rest-emulator --memory             keep nothing after it stops
 *   authing-rest-emulator --seed users.json    add users and fields first: { users: [...], fields: [...] }
 *   authing-rest-emulator --password-encryption none   accept passwords as typed, as some pools do
 *   authing-rest-emulator --import state.json --export-on-exit state.json   keep the state in a file
 *   authing-rest-emulator --test-code 13800000000=123456   a fixed code for a phone or email
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createEmulator } from './platform/node.js';
import { DatabaseInUseError } from './database-lock.js';
import { SeedError, type Seed } from './developer-tools.js';
import { isScryptCost } from './password-hashes.js';
import { serve } from './server.js';
import { ImportError } from './snapshot.js';
import { readStateFile, writeStateFile } from './state-file.js';

const usage = `Usage: authing-rest-emulator [--port 4020] [--host 127.0.0.1] [--db .emulator/authing.sqlite | --memory] [--seed seed.json] [--password-encryption rsa|none] [--scrypt-cost 1024] [--token-ttl 1209600] [--import state.json] [--export-on-exit state.json] [--test-code recipient=code ...]

  --port                 port to listen on (0: a free one); default 4020
  --host                 address to listen on; default 127.0.0.1
  --db                   SQLite file holding all state; default .emulator/authing.sqlite (one emulator per file)
  --memory               keep nothing after it stops
  --seed                 a JSON file { users: [...], fields: [...] } to add at start (as POST /__emulator/seed)
  --password-encryption  rsa (default: passwords RSA-encrypted with the key at /api/v2/.well-known) or none
  --scrypt-cost          scrypt's cost for new password hashes, a power of two; default 1024 (fast: the
                         passwords are test data); 16384 gives a production service's latency
  --token-ttl            lifetime of the tokens it issues, in seconds; default 1209600 (14 days). Test
                         token expiry and refresh in seconds, not days: --token-ttl 60
  --import               a state file (as --export-on-exit or GET /__emulator/export write it) to start
                         from: it replaces the database's state, all or nothing
  --export-on-exit       write the whole state to this file when stopped (Ctrl-C, SIGTERM, SIGHUP),
                         atomically: a crash while writing leaves the previous file whole
  --test-code            recipient=code, repeatable: that phone number or email's code is always this
                         one (4 to 12 letters or digits), for every flow, never rate-limited

User-defined fields at start: age (NUMBER), is_ok (BOOLEAN), city (STRING), plan (SELECT),
birthday (DATETIME), meta (OBJECT). Add your own in the seed file:
  { "fields": [{ "key": "school", "dataType": "STRING", "label": "School" }] }

Developer page and endpoints (this machine only): http://127.0.0.1:4020/__emulator/ (users, outbox, clock,
requests, export and import), and GET /__emulator/outbox, POST /__emulator/reset, /seed, /clock, ...`;

function fail(message: string, exitCode = 2): never {
  console.error(message);
  process.exit(exitCode);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '4020' },
      db: { type: 'string', default: join('.emulator', 'authing.sqlite') },
      memory: { type: 'boolean', default: false },
      seed: { type: 'string' },
      'password-encryption': { type: 'string', default: 'rsa' },
      'scrypt-cost': { type: 'string', default: '1024' },
      'token-ttl': { type: 'string', default: String(14 * 24 * 3600) },
      import: { type: 'string' },
      'export-on-exit': { type: 'string' },
      'test-code': { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`);
}
if (values.help) {
  console.log(usage);
  process.exit(0);
}
const port = Number(values.port);
if (!/^\d+$/.test(values.port) || port > 65535) fail(`--port must be a port number, not "${values.port}"`);

const passwordEncryption = values['password-encryption'];
if (passwordEncryption !== 'rsa' && passwordEncryption !== 'none') fail(`--password-encryption takes rsa or none, not "${passwordEncryption}"`);

const scryptCost = Number(values['scrypt-cost']);
if (!isScryptCost(scryptCost)) fail(`--scrypt-cost takes a power of two from 2 to 1048576 (1024 by default; 16384 is a production cost), not "${values['scrypt-cost']}"`);

const tokenTtlSeconds = Number(values['token-ttl']);
if (!/^\d+$/.test(values['token-ttl']) || tokenTtlSeconds < 1 || tokenTtlSeconds > 10 * 365 * 24 * 3600) {
  fail(`--token-ttl takes a number of seconds from 1 to 315360000 (10 years; 1209600, 14 days, by default), not "${values['token-ttl']}"`);
}

// recipient=code; the emulator checks both (a phone number or email, 4 to 12 letters or digits).
const testCodes: Record<string, string> = {};
for (const pair of values['test-code']) {
  const split = pair.lastIndexOf('=');
  if (split < 1) fail(`--test-code takes recipient=code (13800000000=123456, someone@example.com=424242), not "${pair}"`);
  testCodes[pair.slice(0, split)] = pair.slice(split + 1);
}

const databaseFile = values.memory ? undefined : values.db;
if (databaseFile) mkdirSync(dirname(databaseFile), { recursive: true });
let emulator;
try {
  emulator = await createEmulator({ databaseFile, passwordEncryption, scryptCost, tokenTtlSeconds, testCodes });
} catch (error) {
  if (error instanceof DatabaseInUseError) fail(error.message, 1);
  if (error instanceof RangeError) fail(`--test-code: ${error.message}`);
  fail(`Could not open ${databaseFile ?? 'the in-memory database'}: ${(error as Error).message}`, 1);
}
if (values.import) {
  try {
    emulator.import(readStateFile(values.import));
    console.log(`Imported ${emulator.users({ limit: 1 }).total} user(s) and the rest of the state from ${values.import}`);
  } catch (error) {
    emulator.close();
    if (error instanceof ImportError) fail(`--import ${values.import}: ${error.message}`, 1);
    throw error;
  }
}
if (values.seed) {
  // The same seed as POST /__emulator/seed takes, given to the emulator's own seed().
  let seed: Seed;
  try {
    seed = JSON.parse(readFileSync(values.seed, 'utf8'));
  } catch (error) {
    fail(`--seed ${values.seed}: ${(error as Error).message}`);
  }
  if (!seed || typeof seed !== 'object' || Array.isArray(seed)) fail(`--seed ${values.seed}: the file must hold a JSON object { users, fields }`);
  try {
    console.log(`Seeded ${(await emulator.seed(seed)).length} user(s) from ${values.seed}`);
  } catch (error) {
    if (error instanceof SeedError) fail(`--seed ${values.seed}: ${error.message}`);
    throw error;
  }
}
/** A lifetime as a person reads it: `14 days`, `60 s`. */
function describeSeconds(seconds: number): string {
  const day = 24 * 3600;
  return seconds % day === 0 ? `${seconds / day} day${seconds === day ? '' : 's'}` : seconds % 3600 === 0 ? `${seconds / 3600} h` : `${seconds} s`;
}

const exportOnExit = values['export-on-exit'];
let server: Awaited<ReturnType<typeof serve>> | undefined;
// Set before the URL is printed: a signal the moment a script has read it still writes the state.
const stop = () => {
  server?.close();
  let exitCode = 0;
  if (exportOnExit) {
    try {
      const state = emulator.export();
      writeStateFile(exportOnExit, state);
      console.log(`Wrote the state (${state.users.length} user(s)) to ${exportOnExit}`);
    } catch (error) {
      console.error(`Could not write the state to ${exportOnExit}: ${(error as Error).message}; the file is as it was`);
      exitCode = 1;
    }
  }
  emulator.close();
  process.exit(exitCode);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
// A closed terminal: give the database back as Ctrl-C does.
process.on('SIGHUP', stop);

try {
  server = await serve(emulator, values.host, port);
} catch (error) {
  fail((error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? `Port ${port} is in use: try --port ${port + 1}` : String(error), 1);
}
const { port: actual } = server.address() as { port: number };
const url = `http://${values.host}:${actual}`;
console.log(`Authing API emulator on ${url} (${databaseFile ? `state in ${databaseFile}` : 'in memory'}; passwords ${passwordEncryption === 'none' ? 'as typed' : 'RSA-encrypted'})`);
console.log(`Tokens live ${describeSeconds(tokenTtlSeconds)} (--token-ttl); messages are in Chinese unless a request asks for English (x-authing-lang: en-US, the SDK's lang option)`);
console.log(`Outbox (SMS and email codes): ${url}/__emulator/outbox`);
console.log(`Developer endpoints (this machine only): POST ${url}/__emulator/reset, /__emulator/seed, /__emulator/clock`);
if (exportOnExit) console.log(`The state will be written to ${exportOnExit} when the emulator stops`);
