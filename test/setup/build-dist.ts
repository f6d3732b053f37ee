/** Vitest global setup: builds dist/ once, for the package and browser tests (which must not race on it). */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../support/spec.ts';

export default function setup(): void {
  execFileSync(join(repoRoot, 'node_modules', '.bin', 'tsx'), ['scripts/build.ts'], { cwd: repoRoot, stdio: 'pipe', timeout: 120_000 });
}
