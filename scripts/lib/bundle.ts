/** Bundles openapi/ into build/openapi.json with Redocly (quiet unless it fails). */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.ts';

export const bundledSpecPath = join(repoRoot, 'build', 'openapi.json');

export function bundleSpec(): void {
  mkdirSync(join(repoRoot, 'build'), { recursive: true });
  try {
    // Quiet on success: redocly prints a Node-20 deprecation banner on every run.
    execFileSync(join(repoRoot, 'node_modules', '.bin', 'redocly'), ['bundle', 'authing', '--output', bundledSpecPath], {
      cwd: repoRoot,
      stdio: 'pipe',
      timeout: 60_000,
    });
  } catch (error) {
    throw new Error(`redocly bundle failed:\n${(error as { stderr?: Buffer }).stderr ?? error}`);
  }
}
