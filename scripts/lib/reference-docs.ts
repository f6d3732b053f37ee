/**
 * The two published references, built offline: the HTTP API (Redoc, from the bundled spec) and the SDK
 * (typedoc, from the TSDoc in src/). Neither page requests anything from another machine.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundledSpecPath, bundleSpec } from './bundle.ts';
import { repoRoot } from './paths.ts';

/**
 * Redoc's sidebar shows Redocly's logo from their CDN even with the scripts inlined; the page shows this
 * one instead, so that it works offline and tells nobody it was opened.
 */
const OFFLINE_LOGO =
  'data:image/svg+xml,' +
  encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16"><text x="0" y="12" font-family="sans-serif" font-size="12">Redocly</text></svg>');

/** Writes the HTTP API reference to `outputFile`, one self-contained HTML page. */
export function buildApiDocs(outputFile: string): void {
  bundleSpec();
  execFileSync(join(repoRoot, 'node_modules', '.bin', 'redocly'), ['build-docs', bundledSpecPath, '--output', outputFile, '--inlineBundle'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 120_000,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
  });
  const page = readFileSync(outputFile, 'utf8').replace(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(-full)?\.svg/g, OFFLINE_LOGO);
  writeFileSync(outputFile, page);
}

/** Writes the SDK reference (typedoc.json's settings) into `outputDir`. */
export function buildSdkDocs(outputDir: string): void {
  execFileSync(join(repoRoot, 'node_modules', '.bin', 'typedoc'), ['--out', outputDir], { cwd: repoRoot, stdio: 'pipe', timeout: 120_000 });
}
