/** Vitest global setup of the emulator's tests: its browser build (emulator/dist/browser.js), which they run beside Node's. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../support/spec.ts';

export default function setup(): void {
  execFileSync(join(repoRoot, 'node_modules', '.bin', 'tsx'), ['scripts/build-emulator.ts'], { cwd: repoRoot, stdio: 'pipe', timeout: 120_000 });
}
