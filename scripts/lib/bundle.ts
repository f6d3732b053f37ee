/**
 * Bundles openapi/ into build/openapi.json with Redocly (quiet unless it fails), and gives the emulator
 * package its copy (emulator/openapi.json, which it ships and reads by default). Nothing is rebundled when
 * neither the spec's sources nor Redocly changed, and a file is written only when its bytes change: a mock
 * watching build/openapi.json (`npm start` in another terminal) is not restarted by a test run.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from './paths.ts';

export const bundledSpecPath = join(repoRoot, 'build', 'openapi.json');
export const emulatorSpecPath = join(repoRoot, 'emulator', 'openapi.json');
/** What the bundle was made from, to tell whether it must be made again. */
export const sourcesHashPath = join(repoRoot, 'build', 'openapi.sources.sha256');

/** Every file the bundle is made from: the spec's files, Redocly's configuration and Redocly's version. */
function sourcesHash(): string {
  const hash = createHash('sha256');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
  for (const file of [...files(join(repoRoot, 'openapi')).sort(), join(repoRoot, 'redocly.yaml'), join(repoRoot, 'node_modules', '@redocly', 'cli', 'package.json')]) {
    hash.update(relative(repoRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** Writes `text` to `path` only when the file's bytes differ (so that its time changes only then). */
function writeIfChanged(path: string, text: string): void {
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
}

export function bundleSpec(): void {
  mkdirSync(join(repoRoot, 'build'), { recursive: true });
  const sources = sourcesHash();
  const upToDate = existsSync(bundledSpecPath) && existsSync(sourcesHashPath) && readFileSync(sourcesHashPath, 'utf8') === sources;
  if (!upToDate) {
    const fresh = join(repoRoot, 'build', `.openapi.${process.pid}.json`);
    try {
      // Quiet on success: redocly prints a Node-20 deprecation banner on every run.
      execFileSync(join(repoRoot, 'node_modules', '.bin', 'redocly'), ['bundle', 'authing', '--output', fresh], { cwd: repoRoot, stdio: 'pipe', timeout: 60_000 });
    } catch (error) {
      rmSync(fresh, { force: true });
      throw new Error(`redocly bundle failed:\n${(error as { stderr?: Buffer }).stderr ?? error}`);
    }
    if (existsSync(bundledSpecPath) && readFileSync(bundledSpecPath, 'utf8') === readFileSync(fresh, 'utf8')) rmSync(fresh);
    // Renamed into place whole: a reader never sees half a file.
    else renameSync(fresh, bundledSpecPath);
    writeFileSync(sourcesHashPath, sources);
  }
  writeIfChanged(emulatorSpecPath, readFileSync(bundledSpecPath, 'utf8'));
}
