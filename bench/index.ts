/**
 * `npm run bench`: first the headline, per-call overhead on Node 24, 22, 20 and Bun (bench/runtimes.ts,
 * run as its own process); then, on this machine's Node, per-call overhead of more calls (stubbed fetch
 * and loopback HTTP), bundle sizes and cold start, printed as one table. `-- --write` also puts the table into BENCHMARKS.md; `-- --only KEY` times one
 * call (with raw fetch and openapi-fetch beside it for the ratios).
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { measureBundles, type Size } from '../scripts/lib/bundle-size.ts';
import { repoRoot } from '../scripts/lib/paths.ts';
import { writeBenchmarksSection } from './benchmarks-file.ts';
import { variantKeys, variants } from './calls.ts';
import { constructionMicros, importMillis } from './cold-start.ts';
import { timeInterleaved } from './timing.ts';
import { startLoopbackServer, stubFetch } from './transports.ts';

const { values } = parseArgs({ options: { only: { type: 'string' }, write: { type: 'boolean', default: false }, rounds: { type: 'string', default: '15' } } });
if (values.only && !variantKeys.includes(values.only)) {
  console.error(`--only takes one of: ${variantKeys.join(', ')}`);
  process.exit(2);
}
const chosen = variants.filter((_, index) => !values.only || index < 2 || variantKeys[index] === values.only);
const rounds = Number(values.rounds);

if (!values.only) {
  execFileSync(process.execPath, ['--import', 'tsx', 'bench/runtimes.ts', ...(values.write ? ['--write'] : [])], { cwd: repoRoot, stdio: 'inherit', timeout: 900_000 });
  console.log();
}

const lines: string[] = [];
const out = (line = '') => {
  lines.push(line);
  console.log(line);
};
const fixed = (value: number, digits = 1) => value.toFixed(digits);
const ratio = (value: number, base: number | undefined) => (base ? `${fixed(value / base, 2)}×` : '–');

async function timeOver(title: string, fetchImpl: typeof fetch, baseUrl: string, callsPerRound: number) {
  const timings = await timeInterleaved(
    chosen.map((variant) => variant.make(fetchImpl, baseUrl)),
    { rounds, callsPerRound },
  );
  const micros = new Map(chosen.map((variant, index) => [variant.name, timings[index]!.medianMicros]));
  const raw = micros.get(variants[0]!.name);
  const openapiGet = micros.get(variants[1]!.name);
  const openapiPost = micros.get(variants[4]!.name);
  out(`### Per call, ${title}`);
  out();
  out('| call | median µs | × raw fetch | × openapi-fetch (same method) | reproduce |');
  out('|---|---:|---:|---:|---|');
  for (const variant of chosen) {
    const value = micros.get(variant.name)!;
    const base = variant.name.includes('login') || variant.name.includes('POST') ? openapiPost : openapiGet;
    out(`| ${variant.name} | ${fixed(value)} | ${ratio(value, raw)} | ${ratio(value, base)} | \`${variant.reproduce}\` |`);
  }
  out();
  const sdk = micros.get(variants[2]!.name);
  if (sdk && openapiGet) out(`On this machine's Node (${title}): AuthenticationClient.getCurrentUser / openapi-fetch GET = **${fixed(sdk / openapiGet, 2)}**; the headline is Node 24's, above.`);
  out();
}

out(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`);
out(`Medians of ${rounds} interleaved rounds; read the ratios, not the absolute times.`);
out();
await timeOver('stubbed fetch (no I/O)', stubFetch, 'http://bench.invalid', 500);
const server = await startLoopbackServer();
try {
  await timeOver('loopback HTTP (node:http server, same process)', globalThis.fetch, server.url, 150);
} finally {
  await server.close();
}

if (!values.only) {
  const sizes = await measureBundles();
  const row = (name: string, size: Size, reproduce: string) =>
    out(`| ${name} | ${size.minified} | ${size.gzip} | ${size.brotli} | \`${reproduce}\` |`);
  out('### Bundle size (esbuild, minified ESM; bytes)');
  out();
  out('| bundle | minified | gzip -9 | brotli 11 | reproduce |');
  out('|---|---:|---:|---:|---|');
  row('whole client (every export of the main entry but ErrorCodes, openapi-fetch included), without the lazy chunks', sizes.wholeClient, 'npm run bench');
  row('ErrorCodes, added by an app that imports it', sizes.errorCodes, 'npm run bench');
  row('error guards only', sizes.guardsOnly, 'npm run bench');
  row('browser entry (authing-rest-sdk/browser: localStorageStore)', sizes.browserEntry, 'npm run bench');
  row('encryption chunk (lazy, first password only)', sizes.encryptionChunk, 'npm run bench');
  row('user-defined data: the three calls and their codec (lazy, first UDV call only)', sizes.udvChunk, 'npm run bench');
  row('openapi-fetch createClient alone', sizes.openapiFetch, 'npm run bench');
  out();
  out('### Cold start');
  out();
  out('| what | median | reproduce |');
  out('|---|---:|---|');
  out(`| import dist/index.js in a fresh Node process | ${fixed(importMillis(), 2)} ms | \`npm run bench\` |`);
  out(`| new AuthenticationClient(...) | ${fixed(await constructionMicros(), 2)} µs | \`npm run bench\` |`);
  out();
}

if (values.write) writeBenchmarksSection('main', lines.join('\n'));
