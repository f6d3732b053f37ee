/**
 * `npm run bench:runtimes`: getCurrentUser's cost over bare fetch and bare openapi-fetch (both sending the
 * SDK's exact headers), stubbed fetch, on Node 24 (the active LTS: the headline), Node 22, this machine's
 * Node 20 and Bun: bench/per-call.ts in each, seven processes each (`-- --processes N`; one Node 24
 * process alone reads anywhere from ~1.0 to ~1.4), CPU and wall time, min/median/max of the processes'
 * medians in the steady state; beside it the first calls of fresh processes. `-- --write` puts the table
 * into BENCHMARKS.md. Printed, never asserted.
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { repoRoot } from '../scripts/lib/paths.ts';
import { writeBenchmarksSection } from './benchmarks-file.ts';
import { installRuntimes, runtimeBinaries } from '../scripts/lib/runtimes.ts';

const { values } = parseArgs({ options: { write: { type: 'boolean', default: false }, processes: { type: 'string', default: '7' } } });
const PROCESSES = Number(values.processes);
const TARGETS: Record<string, number> = { 'Node 24': 1.2, Bun: 1.5 };
/** How many calls of a fresh process the last column times. */
const FIRST_CALLS = 8000;

type Summary = { min: number; median: number; max: number };
type Clocks = { cpu: Summary; wall: Summary };
type Result = Record<'fetch' | 'openapi-fetch' | 'sdk', Clocks> & { ratios: Record<'fetch' | 'openapi-fetch', Clocks> };

if (!installRuntimes()) process.exit(1);
// Node 22 and 24 run the TypeScript file as users run code, with no loader (they strip types
// themselves); a loader's hooks cost the SDK more than the bare calls. Node 20 needs tsx.
const runtimes = [
  { name: 'Node 24', command: runtimeBinaries.node24, args: [] },
  { name: 'Node 22', command: runtimeBinaries.node22, args: [] },
  { name: 'Node 20', command: process.execPath, args: ['--import', 'tsx'] },
  { name: 'Bun', command: runtimeBinaries.bun, args: [] },
];

const spread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0]!, median: sorted[Math.floor(sorted.length / 2)]!, max: sorted.at(-1)! };
};
const fixed = (value: number, digits = 2) => value.toFixed(digits);

const rows: string[] = [];
for (const runtime of runtimes) {
  const version = execFileSync(runtime.command, ['--version'], { encoding: 'utf8' }).trim();
  const results: Result[] = [];
  for (let process_ = 0; process_ < PROCESSES; process_++) {
    const output = execFileSync(runtime.command, [...runtime.args, 'bench/per-call.ts'], { cwd: repoRoot, encoding: 'utf8', timeout: 300_000 });
    results.push(JSON.parse(output.trim().split('\n').at(-1)!) as Result);
  }
  // Each process's median of the ratios paired within its rounds; then their spread across processes.
  const ratio = (over: 'fetch' | 'openapi-fetch', clock: 'cpu' | 'wall') => spread(results.map((result) => result.ratios[over][clock].median));
  const micros = (call: 'fetch' | 'openapi-fetch' | 'sdk') => fixed(spread(results.map((result) => result[call].cpu.median)).median, 1);
  // The first calls of fresh processes, SDK and openapi-fetch processes alternating, each pair's ratio.
  const firstRatios = Array.from({ length: PROCESSES }, () => {
    const [bare, sdk] = (['openapi-fetch', 'sdk'] as const).map((kind) => {
      const output = execFileSync(runtime.command, [...runtime.args, 'bench/per-call.ts', '--first', String(FIRST_CALLS), '--kind', kind], { cwd: repoRoot, encoding: 'utf8', timeout: 300_000 });
      return JSON.parse(output.trim().split('\n').at(-1)!) as { cpu: number; wall: number };
    });
    return { cpu: sdk!.cpu / bare!.cpu, wall: sdk!.wall / bare!.wall };
  });
  const first = (clock: 'cpu' | 'wall') => spread(firstRatios.map((pair) => pair[clock]));
  const cpuRatio = ratio('openapi-fetch', 'cpu');
  const wallRatio = ratio('openapi-fetch', 'wall');
  const target = TARGETS[runtime.name];
  rows.push(
    `| ${runtime.name} (${version}) | **${fixed(cpuRatio.median)}** (${fixed(cpuRatio.min)}–${fixed(cpuRatio.max)})${target ? ` target ≤ ${fixed(target)}` : ''} | ${fixed(wallRatio.median)} (${fixed(wallRatio.min)}–${fixed(wallRatio.max)}) | ${fixed(ratio('fetch', 'cpu').median)} | ${micros('fetch')} / ${micros('openapi-fetch')} / ${micros('sdk')} | ${fixed(first('cpu').median)} / ${fixed(first('wall').median)} |`,
  );
  console.log(rows.at(-1));
}

const table = [
  `getCurrentUser with a stubbed fetch; the bare calls send the SDK's exact headers (pool, request-from, SDK version, token). ${PROCESSES} processes per runtime, each 20,000 calls of each kind to warm up (the steady state: Node 24 compiles these calls at its top tier between ~10,000 and 20,000), then 40 interleaved rounds of 200; a ratio is the median of the ratios paired within each round (adjacent batches share the machine's load), median (min–max) across processes; µs are medians. The last column is the life of most processes instead, before the top tier: the first ${FIRST_CALLS.toLocaleString('en')} calls of a fresh process, SDK and openapi-fetch processes in alternation, ${PROCESSES} pairs, median of the pairs' ratios (CPU counts the JIT's and GC's threads too); ${new Date().toISOString().slice(0, 10)}.`,
  '',
  `| runtime | SDK / openapi-fetch, CPU | SDK / openapi-fetch, wall | SDK / fetch, CPU | CPU µs per call: fetch / openapi-fetch / SDK | first ${FIRST_CALLS.toLocaleString('en')} calls, SDK / openapi-fetch: CPU / wall |`,
  '|---|---|---|---:|---|---|',
  ...rows,
].join('\n');
console.log(`\n${table}`);
if (values.write) writeBenchmarksSection('runtimes', table);
