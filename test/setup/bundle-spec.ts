/** Vitest global setup: bundles openapi/ into build/openapi.json so every suite reads the current spec. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../support/spec.ts';

export default function bundleSpec(): void {
  try {
    execFileSync(join(repoRoot, 'node_modules', '.bin', 'redocly'), ['bundle', 'authing', '--output', 'build/openapi.json'], {
      cwd: repoRoot,
      stdio: 'pipe',
      timeout: 60_000,
    });
  } catch (error) {
    throw new Error(`redocly bundle failed:\n${(error as { stderr?: Buffer }).stderr ?? error}`);
  }
}
