/** Cold start: importing the built package in a fresh Node process, and constructing a client. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../scripts/lib/paths.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Milliseconds for `import()` of dist/index.js in a fresh process, median of `runs`. */
export function importMillis(runs = 9): number {
  const entry = join(repoRoot, 'dist', 'index.js');
  const script = `const t = performance.now(); await import(${JSON.stringify(entry)}); console.log(performance.now() - t);`;
  const times = Array.from({ length: runs }, () => Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })));
  return median(times);
}

/** Microseconds to construct one client of the built package, median of rounds of 2,000. */
export async function constructionMicros(rounds = 9): Promise<number> {
  const { AuthenticationClient } = (await import(join(repoRoot, 'dist', 'index.js'))) as typeof import('../src/index.ts');
  const times = Array.from({ length: rounds }, () => {
    const start = performance.now();
    for (let i = 0; i < 2000; i++) new AuthenticationClient({ userPoolId: 'POOL', token: 'T' });
    return ((performance.now() - start) * 1000) / 2000;
  });
  return median(times);
}
