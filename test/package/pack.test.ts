/**
 * The package as users get it: `npm pack`, installed into fresh projects, imported as ESM and required
 * as CommonJS, and checked by publint and Are the Types Wrong.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptPassword, testPublicKey } from '../support/rsa.ts';
import { repoRoot } from '../support/spec.ts';

const bin = (name: string) => join(repoRoot, 'node_modules', '.bin', name);
const run = (command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000, env: { ...process.env, ...env } });

let work: string;
let tarball: string;

/**
 * Logs in through a stub fetch, so that the lazy encryption module loads, reads the user through the
 * typed openapi-fetch client of the `/api` subpath, and prints what happened.
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
      if (request.headers.has('x-fail')) return new Response(JSON.stringify({ code: 2020, message: 'not signed in', data: null }));
      return new Response(JSON.stringify({ code: 200, message: 'ok', data: { id: 'u1', token: 'T1' } }), { headers: { 'content-type': 'application/json' } });
    },
  });
  const user = await client.loginByEmail({ email: 'a@b.c', password: 'passw0rd' });
  const error = await client.getCurrentUser({ headers: { 'x-fail': '1' } }).then(() => null, (caught) => caught);
  const viaApi = await api.createApiClient(client).GET('/api/v2/users/me');
  console.log(JSON.stringify({
    user: user.id,
    token: await client.getToken(),
    password: sent[0].password,
    version: sdk.SDK_VERSION,
    guards: [sdk.isAuthingError(error), sdk.isAuthingApiError(error), sdk.isAuthingNetworkError(error), error.code],
    api: [viaApi.data.data.id, sent[2]],
    exports: Object.keys(sdk).length,
  }));
})();
`;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'authing-pack-'));
  // dist/ was built by the global setup; --ignore-scripts keeps prepack from rebuilding it under other tests.
  run('npm', ['pack', '--ignore-scripts', '--pack-destination', work, '--silent'], repoRoot);
  tarball = join(work, readdirSync(work).find((file) => file.endsWith('.tgz'))!);
}, 120_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

function project(name: string, type: 'module' | 'commonjs', source: string): string {
  const dir = join(work, name);
  run('mkdir', ['-p', dir], work);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, private: true, type }));
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--silent', tarball], dir);
  writeFileSync(join(dir, 'main.js'), source);
  return run('node', ['main.js'], dir, { PEM: testPublicKey }).trim();
}

describe('the packed tarball', () => {
  it.each([
    ['ESM import', 'module', "import * as sdk from 'authing-rest-sdk'; import * as api from 'authing-rest-sdk/api';"],
    ['CommonJS require', 'commonjs', "const sdk = require('authing-rest-sdk'); const api = require('authing-rest-sdk/api');"],
  ] as const)('works through %s, encryption chunk included', (name, type, load) => {
    const result = JSON.parse(project(name.replace(/\W/g, '-').toLowerCase(), type, program(load)));
    expect(result).toMatchObject({ user: 'u1', token: 'T1', version: '0.1.0', guards: [true, true, false, 2020], api: ['u1', 'Bearer T1'] });
    expect(decryptPassword(result.password)).toBe('passw0rd');
    expect(result.exports).toBeGreaterThan(20);
  }, 120_000);

  it('ships only dist/ and the package files', () => {
    const listing = run('tar', ['-tzf', tarball], work).trim().split('\n');
    expect(listing.every((path) => /^package\/(dist\/|package\.json$|README\.md$|LICENSE$)/.test(path))).toBe(true);
    expect(listing).toContain('package/dist/index.js');
    expect(listing).toContain('package/dist/index.cjs');
    expect(listing).toContain('package/dist/rsa.js');
    expect(listing).toContain('package/dist/api.js');
    expect(listing).toContain('package/dist/api.cjs');
  });

  it('depends at run time on openapi-fetch (for the /api subpath) and the RSA library only (the emulator adds nothing)', () => {
    const manifest = JSON.parse(run('tar', ['-xzOf', tarball, 'package/package.json'], work));
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['micro-rsa-dsa-dh', 'openapi-fetch']);
    expect(manifest.optionalDependencies).toBeUndefined();
    expect(manifest.peerDependencies).toBeUndefined();
  });

  it('passes publint', () => {
    expect(run(bin('publint'), ['run', tarball, '--strict'], repoRoot)).toMatch(/All good/);
  }, 60_000);

  it('passes Are the Types Wrong for Node 16+ resolution and bundlers', () => {
    // node10 resolution cannot see subpath exports such as ./openapi.json; the main entry passes it too.
    const report = JSON.parse(run(bin('attw'), [tarball, '--profile', 'node16', '--format', 'json'], repoRoot));
    const problems = (report.analysis.problems ?? []) as Array<{ resolutionKind?: string }>;
    expect(problems.filter((problem) => problem.resolutionKind !== 'node10')).toEqual([]);
  }, 60_000);
});
