/**
 * `npm run test:runtimes`: the SDK's smoke scenario (test/runtimes/scenario.mjs) in every runtime the
 * README claims, each from the packed tarball installed into a fresh project, against the emulator
 * (itself from its packed tarball, run on Node 22). The runtimes are binaries from npm packages, installed
 * into .cache/runtimes (ignored by git), not dependencies of the SDK. Without CI=true, a runtime that
 * cannot be installed is skipped with a message; under CI every runtime must pass.
 *
 * The browser Web Worker runs in the browser test (test/browser), with the same scenario.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { startListening, type ListeningProcess } from './lib/listening-process.ts';
import { repoRoot } from './lib/paths.ts';
import { inRuntimeCache, installRuntimes } from './lib/runtimes.ts';

const inCache = inRuntimeCache;
const ci = process.env.CI === 'true';
const run = (command: string, args: string[], cwd: string, timeout = 180_000) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout });

interface Runtime {
  name: string;
  /** The binary, in the cache or on this machine. */
  binary: string;
  version: () => string;
  /** Runs the scenario in `project` and returns what it printed. */
  exec: (project: string) => string | Promise<string>;
}

const node22 = inCache('node22', 'bin', 'node');
const runtimes: Runtime[] = [
  { name: 'Node 20 (this machine), ESM', binary: process.execPath, version: () => process.version, exec: (project) => run(process.execPath, ['run.mjs'], project) },
  { name: 'Node 22, ESM', binary: node22, version: () => run(node22, ['--version'], repoRoot).trim(), exec: (project) => run(node22, ['run.mjs'], project) },
  { name: 'Node 22, CommonJS', binary: node22, version: () => run(node22, ['--version'], repoRoot).trim(), exec: (project) => run(node22, ['run.cjs'], project) },
  ...(['ESM', 'CommonJS'] as const).map((kind) => {
    const binary = inCache('node24', 'bin', 'node');
    return { name: `Node 24, ${kind}`, binary, version: () => run(binary, ['--version'], repoRoot).trim(), exec: (project: string) => run(binary, [kind === 'ESM' ? 'run.mjs' : 'run.cjs'], project) };
  }),
  (() => {
    const binary = inCache('@oven', 'bun-linux-x64', 'bin', 'bun');
    return { name: 'Bun', binary, version: () => run(binary, ['--version'], repoRoot).trim(), exec: (project: string) => run(binary, ['run.mjs'], project) };
  })(),
  (() => {
    const binary = inCache('@deno', 'linux-x64-glibc', 'deno');
    // Deno users with a package.json get its node_modules: the package is imported by name, as in Node.
    return {
      name: 'Deno (node_modules)',
      binary,
      version: () => run(binary, ['--version'], repoRoot).split('\n')[0]!.trim(),
      exec: (project: string) => run(binary, ['run', '--quiet', '--allow-net=127.0.0.1', '--allow-read', '--allow-env', 'run.mjs'], project),
    };
  })(),
  {
    name: 'Cloudflare Workers (workerd, via miniflare)',
    binary: inCache('miniflare', 'package.json'),
    version: () => `workerd ${JSON.parse(readFileSync(inCache('workerd', 'package.json'), 'utf8')).version}`,
    exec: async (project) => {
      // As wrangler does: the worker and the SDK bundled into one module (the lazy chunk inlined).
      await build({
        entryPoints: [join(project, 'worker.mjs')],
        bundle: true,
        format: 'esm',
        platform: 'neutral',
        conditions: ['workerd', 'worker', 'browser'],
        mainFields: ['browser', 'module', 'main'],
        outfile: join(project, 'worker.bundle.mjs'),
        logLevel: 'warning',
      });
      return run(node22, ['--input-type=module', '-e', MINIFLARE_RUNNER], project);
    },
  },
];

/** Runs the bundled worker in workerd and prints what its fetch handler answered. */
const MINIFLARE_RUNNER = `
import { readFileSync } from 'node:fs';
import { Miniflare } from '${inCache('miniflare', 'dist', 'src', 'index.js')}';
const mf = new Miniflare({ modules: true, script: readFileSync('worker.bundle.mjs', 'utf8'), compatibilityDate: '2025-09-01', compatibilityFlags: ['nodejs_compat_v2'] });
try {
  const answer = await mf.dispatchFetch('http://worker.test/');
  console.log(await answer.text());
} finally {
  await mf.dispose();
}
`;

/** A fresh project with both tarballs installed and the scenario's entry files, pointed at `host`. */
function project(host: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'authing-runtimes-'));
  for (const workspace of [undefined, 'authing-rest-emulator']) {
    run('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', dir, ...(workspace ? ['-w', workspace] : [])], repoRoot);
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'runtime-user', private: true, type: 'module' }));
  const tarballs = readdirSync(dir).filter((file) => file.endsWith('.tgz'));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', ...tarballs], dir);
  writeFileSync(join(dir, 'scenario.mjs'), readFileSync(join(repoRoot, 'test', 'runtimes', 'scenario.mjs')));
  const hostLiteral = JSON.stringify(host);
  writeFileSync(join(dir, 'run.mjs'), `import * as sdk from 'authing-rest-sdk';\nimport { scenario } from './scenario.mjs';\nconsole.log(JSON.stringify(await scenario(sdk, ${hostLiteral})));\n`);
  writeFileSync(join(dir, 'run.cjs'), `const sdk = require('authing-rest-sdk');\nimport('./scenario.mjs').then(({ scenario }) => scenario(sdk, ${hostLiteral})).then((result) => console.log(JSON.stringify(result)));\n`);
  writeFileSync(
    join(dir, 'worker.mjs'),
    `import * as sdk from 'authing-rest-sdk';\nimport { scenario } from './scenario.mjs';\nexport default { async fetch() { return Response.json(await scenario(sdk, ${hostLiteral})); } };\n`,
  );
  return dir;
}

const { expected } = (await import(join(repoRoot, 'test', 'runtimes', 'scenario.mjs'))) as { expected: Record<string, unknown> };
const installed = installRuntimes();
if (!installed && ci) process.exit(1);

// The emulator from its tarball, on Node 22 when that is installed (it supports Node 20 and 22).
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { cwd: repoRoot, stdio: 'ignore' });
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-emulator.ts'], { cwd: repoRoot, stdio: 'ignore' });
let emulator: ListeningProcess | undefined;
let dir: string | undefined;
let passed = 0;
let failed = 0;
let skipped = 0;
const started = performance.now();
try {
  dir = project('http://127.0.0.1:0');
  const emulatorNode = existsSync(node22) ? node22 : process.execPath;
  emulator = await startListening(emulatorNode, [join(dir, 'node_modules', 'authing-rest-emulator', 'dist', 'cli.js'), '--memory', '--port', '0'], { cwd: dir });
  const emulatorOn = existsSync(node22) ? run(node22, ['--version'], repoRoot).trim() : process.version;
  // Point the entry files at the emulator's port.
  for (const file of ['run.mjs', 'run.cjs', 'worker.mjs']) {
    writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8').replace('http://127.0.0.1:0', emulator.url));
  }
  console.log(`SDK and emulator from their tarballs; the emulator on Node ${emulatorOn} at ${emulator.url}\n`);
  console.log('| runtime | version | result | time |');
  console.log('|---|---|---|---:|');
  for (const runtime of runtimes) {
    if (!existsSync(runtime.binary)) {
      skipped++;
      console.log(`| ${runtime.name} | – | skipped: not installed (\`npm run test:runtimes\` with the npm registry reachable installs it into .cache/runtimes) | |`);
      continue;
    }
    const start = performance.now();
    let outcome: string;
    try {
      const output = (await runtime.exec(dir)).trim().split('\n').pop()!;
      const result = JSON.parse(output) as Record<string, unknown>;
      const wrong = Object.entries(expected).filter(([key, value]) => result[key] !== value);
      outcome = wrong.length ? `FAILED: ${wrong.map(([key]) => `${key}=${JSON.stringify(result[key])}`).join(', ')}` : `passed (SDK ${result.version})`;
    } catch (error) {
      const { stderr, stdout, message } = error as { stderr?: string; stdout?: string; message?: string };
      outcome = `FAILED: ${(stderr || stdout || message || String(error)).trim().split('\n').slice(-3).join(' ')}`;
    }
    if (outcome.startsWith('passed')) passed++;
    else failed++;
    console.log(`| ${runtime.name} | ${runtime.version()} | ${outcome} | ${((performance.now() - start) / 1000).toFixed(1)} s |`);
  }
} finally {
  await emulator?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}
console.log(`\nThe matrix took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed || (ci && skipped) ? 1 : 0;
