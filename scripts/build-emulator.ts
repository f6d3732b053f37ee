/**
 * `npm run build:emulator`: the emulator package's dist/, as npm ships it.
 *   emulator/dist/index.js   ESM, Node: createEmulator, serve
 *   emulator/dist/browser.js ESM, browsers and Web Workers (the `browser` export condition): createEmulator
 *                            in memory, self-contained (the spec, ajv and SQLite's WebAssembly inlined)
 *   emulator/dist/cli.js     the `authing-rest-emulator` command
 *   emulator/dist/msw.js     `authing-rest-emulator/msw`: MSW request handlers (msw a peer dependency)
 *   emulator/dist/types/     declarations
 *   emulator/openapi.json    its copy of the bundled spec (read by default)
 * Its npm dependencies stay external; the private spec reader it shares with the SDK's generator is
 * bundled in, so the published package needs nothing from this repository.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { bundleSpec } from './lib/bundle.ts';
import { repoRoot } from './lib/paths.ts';

const root = join(repoRoot, 'emulator');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

bundleSpec();
await build({
  entryPoints: [join(root, 'src', 'index.ts'), join(root, 'src', 'cli.ts'), join(root, 'src', 'msw.ts')],
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: [...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies ?? {})],
  logLevel: 'warning',
  legalComments: 'none',
});
const browserBuild = await build({
  entryPoints: [join(root, 'src', 'browser.ts')],
  outfile: join(dist, 'browser.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  // Nothing for the app's bundler or server to resolve or serve: SQLite's WebAssembly and the spec come inlined.
  loader: { '.wasm': 'binary', '.json': 'json' },
  minify: true,
  metafile: true,
  logLevel: 'warning',
  legalComments: 'none',
});
// What went into the browser build, for its test (nothing of Node's; nothing left to import) and its size.
mkdirSync(join(repoRoot, 'build'), { recursive: true });
writeFileSync(join(repoRoot, 'build', 'emulator-browser.meta.json'), JSON.stringify(browserBuild.metafile));
execFileSync(join(repoRoot, 'node_modules', '.bin', 'tsc'), ['-p', join(root, 'tsconfig.build.json')], { cwd: repoRoot, stdio: 'inherit' });
// tsc emits no declarations of a declaration file: the spec's types go beside the ones that import them.
copyFileSync(join(root, 'src', 'generated', 'schema.d.ts'), join(dist, 'types', 'generated', 'schema.d.ts'));
console.log('built emulator/dist/');
