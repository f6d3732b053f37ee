/**
 * `npm run emulator`: the stateful emulator on 127.0.0.1 (state in .emulator/authing.sqlite).
 *   npm run emulator -- --port 4020 --host 127.0.0.1 --db path/to/file.sqlite
 *   npm run emulator -- --memory        keep nothing after it stops
 *   npm run emulator -- --seed users.json   add users and fields first: { users: [...], fields: [...] }
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { createEmulator, serve } from '../emulator/src/index.ts';
import { bundledSpecPath, bundleSpec } from './lib/bundle.ts';
import { repoRoot } from './lib/paths.ts';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '4020' },
    db: { type: 'string', default: join(repoRoot, '.emulator', 'authing.sqlite') },
    memory: { type: 'boolean', default: false },
    seed: { type: 'string' },
  },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not "${values.port}"`);
  process.exit(2);
}
bundleSpec();
const databaseFile = values.memory ? undefined : values.db;
if (databaseFile) mkdirSync(dirname(databaseFile), { recursive: true });
const emulator = await createEmulator({ specPath: bundledSpecPath, databaseFile });
if (values.seed) {
  // The same route as POST /__emulator/seed, so both accept the same file.
  const seeded = await emulator.fetch('http://emulator/__emulator/seed', { method: 'POST', body: readFileSync(values.seed, 'utf8') });
  if (!seeded.ok) {
    console.error(`--seed ${values.seed}: ${await seeded.text()}`);
    process.exit(2);
  }
  console.log(`Seeded ${((await seeded.json()) as { users: string[] }).users.length} user(s) from ${values.seed}`);
}
let server;
try {
  server = await serve(emulator, values.host, port);
} catch (error) {
  console.error((error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? `Port ${port} is in use: npm run emulator -- --port ${port + 1}` : String(error));
  process.exit(1);
}
const { port: actual } = server.address() as { port: number };
const url = `http://${values.host}:${actual}`;
console.log(`Authing API emulator on ${url} (${databaseFile ? `state in ${databaseFile}` : 'in memory'})`);
console.log(`Outbox (SMS and email codes): ${url}/__emulator/outbox`);
console.log(`Developer endpoints: POST ${url}/__emulator/reset, /__emulator/seed, /__emulator/clock`);
const stop = () => {
  server.close();
  emulator.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
