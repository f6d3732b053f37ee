/**
 * `npm run build`: the package's dist/.
 *   dist/index.js     ESM, for browsers, bundlers and Node
 *   dist/index.cjs    CommonJS, for require()
 *   dist/browser.js   the browser entry (localStorageStore), ESM; dist/browser.cjs, CommonJS
 *   dist/password.js  password encryption and the pool's key, ESM, loaded lazily by both on the first password (import() works from CJS)
 *   dist/rsa.js       RSA PKCS#1 v1.5 encryption, ESM, loaded lazily by password.js
 *   dist/udv-codec.js the user-defined-data codec, ESM, loaded lazily by both
 *   dist/session-renewal.js  what refreshes and ends sessions, ESM, loaded lazily by both when a token needs it
 *   dist/openapi.json the bundled spec
 *   dist/types/       declarations for ESM (.d.ts) and dist/types-cjs/ for CommonJS (.d.cts)
 * Dependencies stay external: users' bundlers dedupe them.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { bundledSpecPath, bundleSpec } from './lib/bundle.ts';
import { repoRoot } from './lib/paths.ts';

const dist = join(repoRoot, 'dist');
rmSync(dist, { recursive: true, force: true });

const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
/**
 * Our sources are ESM in a "type: module" package, so esbuild gives their default imports Node's
 * semantics (the whole module.exports) even in the CJS build, where openapi-fetch's CJS file exports its
 * client as `exports.default`. This shim hands the CJS build that `default` instead.
 */
const cjsDefaultImport = (name: string): Plugin => ({
  name: 'cjs-default-import',
  setup(context) {
    context.onResolve({ filter: new RegExp(`^${name}$`) }, (args) =>
      args.namespace === 'cjs-default' ? { path: name, external: true } : { path: name, namespace: 'cjs-default' },
    );
    context.onLoad({ filter: /.*/, namespace: 'cjs-default' }, () => ({ contents: `module.exports = require('${name}').default;`, loader: 'js' }));
  },
});

const shared: BuildOptions = {
  bundle: true,
  platform: 'neutral',
  target: 'es2022',
  // The dependencies, and our own lazily loaded encryption module, are imported at run time.
  external: [...Object.keys(pkg.dependencies), './rsa.js', './udv-codec.js', './session-renewal.js', './password.js', './custom-data.js'],
  logLevel: 'warning',
  legalComments: 'none',
};
await Promise.all([
  build({ ...shared, entryPoints: [join(repoRoot, 'src/index.ts')], format: 'esm', outfile: join(dist, 'index.js') }),
  build({ ...shared, entryPoints: [join(repoRoot, 'src/index.ts')], format: 'cjs', outfile: join(dist, 'index.cjs'), plugins: [cjsDefaultImport('openapi-fetch')] }),
  build({ ...shared, entryPoints: [join(repoRoot, 'src/browser.ts')], format: 'esm', outfile: join(dist, 'browser.js') }),
  build({ ...shared, entryPoints: [join(repoRoot, 'src/browser.ts')], format: 'cjs', outfile: join(dist, 'browser.cjs') }),
  // Lazily loaded by both builds (import() works from CommonJS too).
  ...['custom-data', 'password', 'rsa', 'udv-codec', 'session-renewal'].map((chunk) => build({ ...shared, entryPoints: [join(repoRoot, `src/${chunk}.ts`)], format: 'esm', outfile: join(dist, `${chunk}.js`) })),
]);

execFileSync(join(repoRoot, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.build.json'], { cwd: repoRoot, stdio: 'inherit' });

// The bundled spec ships too: users can generate other clients from it or run their own mock.
bundleSpec();
cpSync(bundledSpecPath, join(dist, 'openapi.json'));

// tsc does not copy hand-made or generated .d.ts inputs.
cpSync(join(repoRoot, 'generated', 'schema.d.ts'), join(dist, 'types', 'generated', 'schema.d.ts'));

// CommonJS consumers need .d.cts files whose relative imports name .cjs files.
const esmTypes = join(dist, 'types');
const cjsTypes = join(dist, 'types-cjs');
cpSync(esmTypes, cjsTypes, { recursive: true });
const renameTree = (dir: string) => {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) renameTree(path);
    else if (path.endsWith('.d.ts')) {
      writeFileSync(path, readFileSync(path, 'utf8').replace(/(from\s+|import\()(['"])(\.{1,2}\/[^'"]+)\.js\2/g, '$1$2$3.cjs$2'));
      renameSync(path, path.replace(/\.d\.ts$/, '.d.cts'));
    }
  }
};
renameTree(cjsTypes);
console.log('built dist/');
