/** Vitest global setup: builds both packages' dist/ once, for the package and browser tests (which must not race on it). */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../support/spec.ts';

export default function setup(): void {
  for (const script of ['scripts/build.ts', 'scripts/build-emulator.ts']) {
    execFileSync(join(repoRoot, 'node_modules', '.bin', 'tsx'), [script], { cwd: repoRoot, stdio: 'pipe', timeout: 120_000 });
  }
}
