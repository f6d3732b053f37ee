/**
 * One runtime's per-call cost of `getCurrentUser` beside the bare calls it is compared with, for
 * `npm run bench:runtimes` (which runs this file in each runtime): bare fetch and a bare openapi-fetch
 * client sending exactly the SDK's headers, and the SDK, all against the same stubbed `fetch`. Interleaved
 * rounds; CPU time (process.cpuUsage) and wall time per call, and the SDK's ratios over each bare call
 * paired within a round (adjacent batches share the machine's load of the moment, which on a shared
 * machine moves more than the ratio does). Prints one line of JSON.
 *
 * With `--first N --kind K` it times only the first N calls of kind K in this fresh process instead: the
 * life of most processes (a serverless function, a page, a CLI) before the JIT's top tier.
 */
import createClient from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../scripts/lib/paths.ts';

const { AuthenticationClient, SDK_NAME, SDK_VERSION } = (await import(join(repoRoot, 'dist', 'index.js'))) as typeof import('../src/index.ts');

const ROUNDS = Number(process.env.ROUNDS ?? 40);
const CALLS = Number(process.env.CALLS ?? 200);
import { TOKEN } from './token.ts';
const BODY = JSON.stringify({ code: 200, message: 'ok', data: { id: 'u1', email: 'test@example.com', nickname: 'Nick', loginsCount: 3 } });
const stub = (async () => new Response(BODY, { headers: { 'content-type': 'application/json' } })) as unknown as typeof fetch;
/** What the SDK sends on getCurrentUser: the pool, who sends, the SDK's version, the token. */
const clientHeaders = { 'x-authing-userpool-id': 'POOL', 'x-authing-request-from': 'sdk', 'x-authing-sdk-version': `${SDK_NAME}:${SDK_VERSION}` };
const authorization = `Bearer ${TOKEN}`;

const openapi = createClient<paths>({ baseUrl: 'http://bench.invalid', fetch: stub, headers: clientHeaders });
const sdk = new AuthenticationClient({ userPoolId: 'POOL', host: 'http://bench.invalid', token: TOKEN, fetch: stub });
const calls: Record<string, () => Promise<unknown>> = {
  fetch: async () => (await stub('http://bench.invalid/api/v2/users/me', { headers: { ...clientHeaders, authorization } })).json(),
  'openapi-fetch': async () => (await openapi.GET('/api/v2/users/me', { headers: { authorization } })).data,
  sdk: () => sdk.getCurrentUser(),
};

const { values: options } = parseArgs({ options: { first: { type: 'string' }, kind: { type: 'string', default: 'sdk' } } });
if (options.first) {
  const call = calls[options.kind];
  const count = Number(options.first);
  if (!call || !(count > 0)) throw new Error(`--first takes a count of calls and --kind one of ${Object.keys(calls).join(', ')}`);
  const startCpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < count; i++) await call();
  const used = process.cpuUsage(startCpu);
  console.log(JSON.stringify({ cpu: (used.user + used.system) / count, wall: ((performance.now() - start) * 1000) / count }));
  process.exit(0);
}

const names = Object.keys(calls);
const cpu: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
const wall: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]));
// Steady state: every runtime's JIT has compiled each call at its top tier before the rounds. Node 24's
// Turbofan compiles the calls' functions (the SDK's and openapi-fetch's, undici's body reading) between
// ~10,000 and 20,000 calls (--trace-opt); with 5,000 the rounds measured a mix of tiers. With 500, Bun's
// SDK rounds read ~0.1 higher.
const WARMUP = Number(process.env.WARMUP ?? 20_000);
for (const name of names) for (let i = 0; i < WARMUP; i++) await calls[name]!();
for (let round = 0; round < ROUNDS; round++) {
  for (let offset = 0; offset < names.length; offset++) {
    const name = names[(round + offset) % names.length]!;
    const call = calls[name]!;
    const startCpu = process.cpuUsage();
    const start = performance.now();
    for (let i = 0; i < CALLS; i++) await call();
    wall[name]!.push(((performance.now() - start) * 1000) / CALLS);
    const used = process.cpuUsage(startCpu);
    cpu[name]!.push((used.user + used.system) / CALLS);
  }
}
const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0]!, median: sorted[Math.floor(sorted.length / 2)]!, max: sorted.at(-1)! };
};
const paired = (over: string, clock: Record<string, number[]>) => summary(clock.sdk!.map((value, round) => value / clock[over]![round]!));
const ratios = Object.fromEntries(['fetch', 'openapi-fetch'].map((over) => [over, { cpu: paired(over, cpu), wall: paired(over, wall) }]));
console.log(JSON.stringify({ ...Object.fromEntries(names.map((name) => [name, { cpu: summary(cpu[name]!), wall: summary(wall[name]!) }])), ratios }));
