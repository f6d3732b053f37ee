/**
 * `npm run bench:emulator`: the emulator with a database file, as `npx authing-rest-emulator` runs it
 * (real scrypt cost, RSA passwords), in its own process on 127.0.0.1. For 0, 10,000 and 50,000 users:
 * the latency of a profile update and of a registration (median, p90); then the p95 latency of an
 * unrelated GET /api/v2/users/me while 200 logins run at once; then the throughput of GET /api/v2/users/me
 * with the database file against the same emulator with `--memory` (the goal: at least 0.7 of it), and
 * how long each takes to start. `-- --write` puts the table into BENCHMARKS.md. Printed, never asserted:
 * the machine is shared.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startListening } from '../scripts/lib/listening-process.ts';
import { repoRoot } from '../scripts/lib/paths.ts';
import { AuthenticationClient } from '../src/index.ts';
import { writeBenchmarksSection } from './benchmarks-file.ts';
import { load, type Load } from './load.ts';

const { values } = parseArgs({ options: { write: { type: 'boolean', default: false } } });
const SIZES = [0, 10_000, 50_000];
const SEED_CHUNK = 2_500;
const UPDATES = 60;
const REGISTRATIONS = 24;
const CONCURRENT_LOGINS = 200;
const password = 'passw0rd';

/** Sends COUNT logins at once with a pre-encrypted password, and prints how many succeeded. */
const LOGIN_CROWD = `
const body = JSON.stringify({ account: 'bench-profile', password: process.env.PASSWORD });
const login = () => fetch(process.env.URL + '/api/v2/login/account', { method: 'POST', headers: { 'content-type': 'application/json', 'x-authing-userpool-id': 'BENCH' }, body })
  .then((answer) => answer.json()).then((envelope) => envelope.code === 200, () => false);
Promise.all(Array.from({ length: Number(process.env.COUNT) }, login)).then((outcomes) => console.log(outcomes.filter(Boolean).length));
`;

/** The password encrypted as the SDK sends it, with the emulator's key. */
async function encryptedPassword(publicKeyPem: string): Promise<string> {
  let sent = '';
  const probe = new AuthenticationClient({
    userPoolId: 'BENCH',
    publicKey: publicKeyPem,
    fetch: async (request) => {
      sent = ((await (request as Request).json()) as { password: string }).password;
      return Response.json({ code: 2004, message: 'probe', data: null });
    },
  });
  await probe.loginByUsername({ username: 'probe', password }).catch(() => undefined);
  return sent;
}

const directory = mkdtempSync(join(tmpdir(), 'authing-bench-emulator-'));
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
/** Starts the emulator CLI with `storage` options; resolves with it and how long it took to print its URL. */
async function startEmulator(storage: string[]) {
  const started = performance.now();
  const listening = await startListening(tsx, ['emulator/src/cli.ts', ...storage, '--port', '0']);
  return { ...listening, startMs: performance.now() - started };
}
// At a production cost, as a real service hashes (the emulator's default is lower: its passwords are test data).
const emulator = await startEmulator(['--db', join(directory, 'bench.sqlite'), '--scrypt-cost', '16384']);
const client = (options: Partial<ConstructorParameters<typeof AuthenticationClient>[0]> = {}) =>
  new AuthenticationClient({ userPoolId: 'BENCH', host: emulator.url, maxRetries: 0, timeoutMs: 120_000, ...options });

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;
const fixed = (ms: number) => ms.toFixed(1);

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Adds users (no password: seeding is not what is measured) until the pool holds `total` seeded ones. */
async function seedUpTo(total: number, from: number): Promise<void> {
  for (let start = from; start < total; start += SEED_CHUNK) {
    const users = Array.from({ length: Math.min(SEED_CHUNK, total - start) }, (_, index) => ({ email: `seeded-${start + index}@bench.test`, nickname: `Seeded ${start + index}` }));
    const answer = await fetch(`${emulator.url}/__emulator/seed`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ users }) });
    if (!answer.ok) throw new Error(`seeding failed: ${await answer.text()}`);
  }
}

const rows: string[] = [];
let emptyUpdateMedian = 0;
let seeded = 0;
let run = 0;
const signedIn = client();
try {
  await signedIn.registerByUsername({ username: 'bench-profile', password, forceLogin: true });
  for (const size of SIZES) {
    await seedUpTo(size, seeded);
    seeded = size;
    const updates: number[] = [];
    for (let i = 0; i < UPDATES; i++) updates.push(await timed(() => signedIn.updateProfile({ nickname: `n${i}` })));
    const registrations: number[] = [];
    for (let i = 0; i < REGISTRATIONS; i++) registrations.push(await timed(() => client().registerByUsername({ username: `bench-${run}-${i}`, password })));
    run++;
    if (size === 0) emptyUpdateMedian = percentile(updates, 50);
    const ratio = percentile(updates, 50) / emptyUpdateMedian;
    rows.push(`| ${size.toLocaleString('en-US')} | ${fixed(percentile(updates, 50))} / ${fixed(percentile(updates, 90))} ms (${ratio.toFixed(2)}× empty) | ${fixed(percentile(registrations, 50))} / ${fixed(percentile(registrations, 90))} ms |`);
  }

  // 200 logins at once (each an RSA decryption and a scrypt check), sent by another process so that
  // their client-side work does not delay this one, while this process reads its user in a loop.
  const { publicKey } = (await (await fetch(`${emulator.url}/api/v2/.well-known`, { headers: { 'x-authing-userpool-id': 'BENCH' } })).json()).data;
  const encrypted = await encryptedPassword(publicKey);
  const crowd = spawn(process.execPath, ['-e', LOGIN_CROWD], {
    env: { ...process.env, URL: emulator.url, PASSWORD: encrypted, COUNT: String(CONCURRENT_LOGINS) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let crowdOutput = '';
  crowd.stdout.on('data', (chunk) => (crowdOutput += chunk));
  const crowdDone = new Promise<number | null>((resolve) => crowd.once('exit', resolve));
  let loginsDone = false;
  void crowdDone.then(() => (loginsDone = true));
  const reads: number[] = [];
  while (!loginsDone) reads.push(await timed(() => signedIn.getCurrentUser()));
  if ((await crowdDone) !== 0 || crowdOutput.trim() !== String(CONCURRENT_LOGINS)) throw new Error(`the logins did not all succeed: ${crowdOutput}`);
  const p95 = percentile(reads, 95);

  // Reads from a file against reads from memory: the same emulator, the same bounded load, one after the other.
  const memory = await startEmulator(['--memory', '--scrypt-cost', '16384']);
  const readThroughput = async (url: string, token: string) =>
    load({ seconds: 5, concurrency: 16 }, () => fetch(`${url}/api/v2/users/me`, { headers: { 'x-authing-userpool-id': 'BENCH', authorization: `Bearer ${token}` } }));
  const fileRounds: Load[] = [];
  const memoryRounds: Load[] = [];
  try {
    const memoryUser = await new AuthenticationClient({ userPoolId: 'BENCH', host: memory.url }).registerByUsername({ username: 'bench-memory', password, forceLogin: true });
    // Interleaved, two rounds each, so that neither gets the quieter moment of a shared machine.
    for (let round = 0; round < 2; round++) {
      fileRounds.push(await readThroughput(emulator.url, (await signedIn.getToken())!));
      memoryRounds.push(await readThroughput(memory.url, memoryUser.token!));
    }
  } finally {
    await memory.stop();
  }
  const failed = [...fileRounds, ...memoryRounds].reduce((sum, round) => sum + round.failures, 0);
  if (failed > 0) throw new Error(`${failed} reads failed`);
  const mean = (rounds: Load[]) => ({ perSecond: rounds.reduce((sum, round) => sum + round.perSecond, 0) / rounds.length });
  const fromFile = mean(fileRounds);
  const fromMemory = mean(memoryRounds);

  const table = [
    `Machine: ${process.platform} ${process.arch}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}; emulator with a database file (node-sqlite3-wasm: exclusive locking, write-ahead log, synchronous FULL), scrypt N=16384, RSA passwords.`,
    '',
    '| users in the database | profile update, median / p90 | register, median / p90 |',
    '|---|---|---|',
    ...rows,
    '',
    `Unrelated \`GET /api/v2/users/me\` during ${CONCURRENT_LOGINS} concurrent logins: p95 **${fixed(p95)} ms** (max ${fixed(Math.max(...reads))} ms, ${reads.length} reads; goal ≤ 100 ms).`,
    '',
    `\`GET /api/v2/users/me\` throughput, 16 concurrent callers, two interleaved rounds of 5 s each: **${fromFile.perSecond.toFixed(0)} req/s** with the database file (${seeded.toLocaleString('en-US')}+ users), ${fromMemory.perSecond.toFixed(0)} req/s with \`--memory\`: **${(fromFile.perSecond / fromMemory.perSecond).toFixed(2)}×** (goal ≥ 0.7×). Start to listening: ${fixed(emulator.startMs)} ms with the file, ${fixed(memory.startMs)} ms in memory.`,
  ].join('\n');
  console.log(table);
  if (values.write) writeBenchmarksSection('emulator', table);
} finally {
  await emulator.stop();
  rmSync(directory, { recursive: true, force: true });
}
