/** Builds the HTTP API reference (Redoc) from the bundled spec, with its scripts inlined so it works offline. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { bundledSpecPath, bundleSpec } from './bundle.ts';
import { repoRoot } from './paths.ts';

export function buildApiDocs(outputFile: string): void {
  bundleSpec();
  execFileSync(join(repoRoot, 'node_modules', '.bin', 'redocly'), ['build-docs', bundledSpecPath, '--output', outputFile, '--inlineBundle'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 120_000,
  });
}
