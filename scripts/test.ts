/**
 * `npm test`: every check, in order, each stopping the run when it fails, then one line that says what
 * passed (or which step failed), so that the end of the output is the answer, not a suite's last detail.
 *   the spec's lint, the generated files against the spec, the types, the reference docs,
 *   the test suites (vitest), the contract suite against the emulator.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './lib/paths.ts';

const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);
const results = join(repoRoot, 'build', 'test-results');

/** What vitest's JSON reporter writes, in part. */
interface VitestResults {
  numPassedTests: number;
  numPendingTests: number;
  /** One per test file. */
  testResults: unknown[];
}

/** A vitest run's JSON results beside its usual output, for the summary. */
const withResults = (name: string) => ['--reporter=default', '--reporter=json', `--outputFile.json=${join(results, `${name}.json`)}`];

const steps: Array<{ name: string; command: string; args: string[]; results?: string }> = [
  { name: 'spec lint', command: bin('redocly'), args: ['lint'] },
  { name: 'generated files', command: bin('tsx'), args: ['scripts/generate.ts', '--check'] },
  { name: 'types', command: bin('tsc'), args: ['--noEmit'] },
  { name: 'reference docs', command: bin('typedoc'), args: ['--emit', 'none'] },
  { name: 'test suites', command: bin('vitest'), args: ['run', ...withResults('suites')], results: 'suites' },
  { name: 'contract suite on the emulator', command: bin('tsx'), args: ['scripts/contract-on-emulator.ts', ...withResults('contract')], results: 'contract' },
];

const started = Date.now();
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
const counts: string[] = [];
for (const step of steps) {
  console.log(`\n▶ ${step.name}`);
  const { status, error } = spawnSync(step.command, step.args, { cwd: repoRoot, stdio: 'inherit' });
  if (status !== 0) {
    console.log(`\nnpm test FAILED at ${step.name}${error ? ` (${error.message})` : ` (exit ${status})`}, after ${elapsed()}.`);
    process.exit(1);
  }
  const file = step.results && join(results, `${step.results}.json`);
  if (file && existsSync(file)) {
    const run = JSON.parse(readFileSync(file, 'utf8')) as VitestResults;
    const skipped = run.numPendingTests ? `, ${run.numPendingTests} skipped` : '';
    counts.push(`${step.name}: ${run.numPassedTests} passed${skipped} in ${run.testResults.length} files`);
  }
}
console.log(`\nnpm test passed: ${steps.slice(0, 4).map((step) => step.name).join(', ')}; ${counts.join('; ')}; in ${elapsed()}.`);

function elapsed(): string {
  const seconds = Math.round((Date.now() - started) / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
