/**
 * Bundles openapi/ into build/openapi.json with Redocly (quiet unless it fails), and gives the emulator
 * package its copy (emulator/openapi.json, which it ships and reads by default).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.ts';

export const bundledSpecPath = join(repoRoot, 'build', 'openapi.json');
export const emulatorSpecPath = join(repoRoot, 'emulator', 'openapi.json');

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
  copyFileSync(bundledSpecPath, emulatorSpecPath);
}
