/**
 * The package as users get it: `npm pack`, installed into fresh projects, imported as ESM and required
 * as CommonJS (publint and Are the Types Wrong: users.test.ts).
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pack, projectWith, run, tarballFile, tarballFiles } from '../support/packages.ts';
import { decryptPassword, testPublicKey } from '../support/rsa.ts';
import { repoRoot } from '../support/spec.ts';

let work: string;
let tarball: string;

/**
 * Logs in through a stub fetch, so that the lazy encryption module loads, reads the user through the
 * client's typed openapi-fetch client (with a middleware), reads user-defined data (the lazy codec
 * module), and prints what happened.
 */
const program = (load: string) => `
${load}
(async () => {
  const sent = [];
  const client = new sdk.AuthenticationClient({
    userPoolId: 'POOL',
    publicKey: process.env.PEM,
    fetch: async (request) => {
      sent.push(request.method === 'GET' ? request.headers.get('authorization') : await request.clone().json());
      if (request.headers.has('x-fail')) return new Response(JSON.stringify({ code: 2004, message: 'no such user', data: null }));
      if (request.url.endsWith('/udvs/get')) return new Response(JSON.stringify({ code: 200, message: 'ok', data: [{ key: 'age', dataType: 'NUMBER', value: '15' }] }));
      return new Response(JSON.stringify({ code: 200, message: 'ok', data: { id: 'u1', token: 'T1' } }), { headers: { 'content-type': 'application/json' } });
    },
  });
  const user = await client.loginByEmail({ email: 'a@b.c', password: 'passw0rd' });
  const error = await client.getCurrentUser({ headers: { 'x-fail': '1' } }).then(() => null, (caught) => caught);
  const traced = [];
  client.api.use({ onRequest: ({ schemaPath }) => void traced.push(schemaPath) });
  const viaApi = await client.api.GET('/api/v2/users/me');
  const udv = (await client.listUdv())[0].value;
  console.log(JSON.stringify({
    user: user.id,
    token: await client.getToken(),
    password: sent[0].password,
    version: sdk.SDK_VERSION,
    guards: [sdk.isAuthingError(error), sdk.isAuthingApiError(error), sdk.isAuthingNetworkError(error), error.code],
    api: [viaApi.data.data.id, sent[2], traced],
    udv,
    exports: Object.keys(sdk).length,
    browser: Object.keys(browser),
  }));
})();
`;

beforeAll(() => {
  tarball = pack();
  work = dirname(tarball);
}, 120_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function project(name: string, type: 'module' | 'commonjs', source: string): string {
  const dir = projectWith(work, name, type, [tarball]);
  writeFileSync(join(dir, 'main.js'), source);
  return run('node', ['main.js'], dir, { PEM: testPublicKey }).trim();
}

describe('the packed tarball', () => {
  it.each([
    ['ESM import', 'module', "import * as sdk from 'authing-rest-sdk';\nimport * as browser from 'authing-rest-sdk/browser';"],
    ['CommonJS require', 'commonjs', "const sdk = require('authing-rest-sdk');\nconst browser = require('authing-rest-sdk/browser');"],
  ] as const)('works through %s, encryption chunk included', (name, type, load) => {
    const result = JSON.parse(project(name.replace(/\W/g, '-').toLowerCase(), type, program(load)));
    expect(result).toMatchObject({ user: 'u1', token: 'T1', version: '0.1.0', guards: [true, true, false, 2004], api: ['u1', 'Bearer T1', ['/api/v2/users/me', '/api/v2/udvs/get']], udv: 15 });
    expect(decryptPassword(result.password)).toBe('passw0rd');
    expect(result.exports).toBeGreaterThan(20);
    expect(result.browser).toEqual(['localStorageStore']);
  }, 120_000);

  it('ships only dist/ and the package files', () => {
    const listing = tarballFiles(tarball);
    expect(listing.every((path) => /^(dist\/|package\.json$|README\.md$|LICENSE$)/.test(path))).toBe(true);
    expect(listing).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.cjs', 'dist/browser.js', 'dist/browser.cjs', 'dist/custom-data.js', 'dist/password.js', 'dist/rsa.js', 'dist/udv-codec.js', 'dist/session-renewal.js', 'LICENSE']));
  });

  it('depends at run time on openapi-fetch and the RSA library only (the emulator adds nothing)', () => {
    const manifest = JSON.parse(tarballFile(tarball, 'package.json'));
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['micro-rsa-dsa-dh', 'openapi-fetch']);
    expect(manifest.optionalDependencies).toBeUndefined();
    expect(manifest.peerDependencies).toBeUndefined();
  });
});

describe('the emulator package', () => {
  /** The packages the built files import at run time (bare specifiers, Node's built-ins aside), by package name. */
  function importedPackages(dir: string): string[] {
    const names = new Set<string>();
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
      const code = readFileSync(join(dir, file), 'utf8');
      for (const [, specifier] of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^import\s+)["']([^"'./][^"']*)["']/gm)) {
        // Only what names a package (minified code holds other strings after a `from`).
        if (specifier!.startsWith('node:') || !/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/|$)/.test(specifier!)) continue;
        names.add(specifier!.startsWith('@') ? specifier!.split('/').slice(0, 2).join('/') : specifier!.split('/')[0]!);
      }
    }
    return [...names].sort();
  }

  it('depends at run time on exactly what its dist/ imports (sql.js is built into the browser build), msw as an optional peer', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'emulator', 'package.json'), 'utf8'));
    const imported = importedPackages(join(repoRoot, 'emulator', 'dist'));
    expect(imported).toEqual([...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies)].sort());
    expect(manifest.peerDependenciesMeta.msw.optional).toBe(true);
    expect(imported).not.toContain('sql.js');
  });
});

