/** Packs this repository's packages as npm would publish them, and installs them into fresh projects. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './spec.ts';

/** A command installed in the repository's node_modules/.bin. */
export const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);

/** Runs a command to completion (2 minutes at most) and returns what it printed. */
export const run = (command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000, env: { ...process.env, ...env } });

/**
 * Packs the SDK, or the workspace `workspace`, into a fresh directory and returns the tarball's path.
 * dist/ was built by the global setup; --ignore-scripts keeps prepack from rebuilding it under other tests.
 */
export function pack(workspace?: string): string {
  const destination = mkdtempSync(join(tmpdir(), 'authing-pack-'));
  run('npm', ['pack', '--ignore-scripts', '--pack-destination', destination, '--silent', ...(workspace ? ['-w', workspace] : [])], repoRoot);
  return join(destination, readdirSync(destination).find((file) => file.endsWith('.tgz'))!);
}

/** The paths a tarball holds, without the leading `package/`. */
export const tarballFiles = (tarball: string) =>
  run('tar', ['-tzf', tarball], repoRoot)
    .trim()
    .split('\n')
    .map((path) => path.replace(/^package\//, ''));

/** A file inside a tarball, as text. */
export const tarballFile = (tarball: string, path: string) => run('tar', ['-xzOf', tarball, `package/${path}`], repoRoot);

/** A new project in `parent` with the tarballs installed from the registry's point of view (their dependencies fetched). */
export function projectWith(parent: string, name: string, type: 'module' | 'commonjs', tarballs: string[]): string {
  const dir = join(parent, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type }));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', ...tarballs], dir);
  return dir;
}
