/**
 * The emulator's browser build (emulator/dist/browser.js, which the package's `browser` export condition
 * picks): self-contained, with nothing of Node's in it, and the same emulator: its Web Crypto keys, RSA
 * decryption in BigInt arithmetic, PBKDF2 hashes, HMAC tokens and sql.js state, driven through the SDK in
 * this process (Node has the same web APIs). The flows of test/emulator/flows.test.ts run on it too; the
 * page itself: test/browser/emulator-msw.test.ts.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from 'authing-rest-emulator';
import { AuthenticationClient, isAuthingApiError } from '../../src/index.ts';
import { startEmulatorOn } from '../support/emulator.ts';
import { repoRoot } from '../support/spec.ts';

type Metafile = { inputs: Record<string, { imports: Array<{ path: string }> }>; outputs: Record<string, { imports: unknown[]; bytes: number }> };

const metafile = (): Metafile => JSON.parse(readFileSync(join(repoRoot, 'build', 'emulator-browser.meta.json'), 'utf8'));
const codeOf = (error: unknown) => (isAuthingApiError(error) ? error.code : error);

let emulator: Emulator;
let client: () => AuthenticationClient;
beforeAll(async () => {
  emulator = await startEmulatorOn('web', { userPoolId: 'browser-pool' });
  client = () => new AuthenticationClient({ userPoolId: 'POOL', host: 'https://core.authing.cn', fetch: emulator.fetch });
}, 30_000);
afterAll(() => emulator?.close());

/**
 * The browser build's budget, gzip -9 of the minified file: a development tool's, loaded in development
 * only (SQLite's WebAssembly, inlined, is four fifths of it; the spec and ajv most of the rest).
 */
const BROWSER_BUILD_GZIP_BUDGET = 540_000;

describe('the browser build', () => {
  it(`stays within ${BROWSER_BUILD_GZIP_BUDGET} bytes gzip, SQLite's WebAssembly the most of it`, () => {
    const code = readFileSync(join(repoRoot, 'emulator', 'dist', 'browser.js'));
    const gzip = gzipSync(code, { level: 9 }).length;
    expect(gzip).toBeLessThanOrEqual(BROWSER_BUILD_GZIP_BUDGET);
    const { inputs } = metafile() as unknown as { inputs: Record<string, { bytes: number }> };
    const wasm = inputs['node_modules/sql.js/dist/sql-wasm-browser.wasm']!.bytes;
    // Inlined as base64 (4/3 of its bytes), it is most of the minified file.
    expect((wasm * 4) / 3 / code.length).toBeGreaterThan(0.6);
  });

  it('is one file that imports nothing, with nothing of Node in it', () => {
    const { inputs, outputs } = metafile();
    expect(Object.keys(outputs)).toEqual(['emulator/dist/browser.js']);
    expect(outputs['emulator/dist/browser.js']!.imports).toEqual([]);
    const node = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    const imported = Object.values(inputs).flatMap((input) => input.imports.map((entry) => entry.path));
    expect(imported.filter((path) => node.has(path))).toEqual([]);
    expect(Object.keys(inputs).filter((path) => /node-sqlite3-wasm|platform\/node/.test(path))).toEqual([]);
    // SQLite's WebAssembly and the spec are inside it.
    expect(Object.keys(inputs)).toEqual(expect.arrayContaining(['node_modules/sql.js/dist/sql-wasm-browser.wasm', 'emulator/openapi.json']));
  });

  it('registers by SMS code, logs in with an RSA-encrypted password, updates the profile, refuses a wrong password, logs out', async () => {
    const phone = '13700000001';
    const authing = client();
    await authing.sendSmsCode({ phone });
    const { code } = emulator.outbox({ recipient: phone })[0]!;
    await authing.registerByPhoneCode({ phone, code, password: 'pässw0rd ✓' });
    const user = await authing.loginByPhonePassword({ phone, password: 'pässw0rd ✓' });
    expect(user).toMatchObject({ phone, userPoolId: 'browser-pool' });
    expect((await authing.getCurrentUser()).id).toBe(user.id);
    expect((await authing.updateProfile({ nickname: 'Ada' })).nickname).toBe('Ada');
    expect(codeOf(await client().loginByPhonePassword({ phone, password: 'pässw0rd' }).catch((error: unknown) => error))).toBe(2333);
    await authing.logout();
    expect(codeOf(await authing.checkLoginStatus({ token: user.token! }))).toMatchObject({ status: false });
  });

  it('signs its tokens: a forged or altered one is refused, a genuine one checks out', async () => {
    const authing = client();
    const user = await authing.registerByUsername({ username: 'token-check', password: 'passw0rd' });
    const { token } = await authing.loginByUsername({ username: 'token-check', password: 'passw0rd' });
    await expect(authing.checkLoginStatus({ token: token! })).resolves.toMatchObject({ status: true });
    const [header, payload] = token!.split('.');
    const forged = `${header}.${payload}.${'A'.repeat(43)}`;
    await expect(client().checkLoginStatus({ token: forged })).resolves.toMatchObject({ status: false });
    const other = `${header}.${Buffer.from(JSON.stringify({ sub: 'someone-else', jti: 'x', iat: 1, exp: 4e9 })).toString('base64url')}.${token!.split('.')[2]}`;
    await expect(client().checkLoginStatus({ token: other })).resolves.toMatchObject({ status: false });
    expect(user.id).toBeTruthy();
  });

  it('refuses a password the SDK did not encrypt with its key, as the service does', async () => {
    const withoutRsa = new AuthenticationClient({ userPoolId: 'POOL', host: 'https://core.authing.cn', fetch: emulator.fetch, encryptPassword: 'none' });
    const refused = await withoutRsa.registerByUsername({ username: 'plain-text', password: 'passw0rd' }).catch((error: unknown) => error);
    expect(isAuthingApiError(refused)).toBe(true);
  });

  it('seeds users whose passwords log in, keeps one identifier space, and forgets everything on reset()', async () => {
    await emulator.seed({ users: [{ email: 'seeded@example.com', username: 'seeded', password: 'passw0rd' }] });
    await expect(client().loginByEmail({ email: 'seeded@example.com', password: 'passw0rd' })).resolves.toMatchObject({ username: 'seeded' });
    expect(codeOf(await client().registerByUsername({ username: 'seeded@example.com', password: 'passw0rd' }).catch((error: unknown) => error))).toBe(2026);
    emulator.reset();
    expect(codeOf(await client().loginByEmail({ email: 'seeded@example.com', password: 'passw0rd' }).catch((error: unknown) => error))).toBe(2004);
  });
});
