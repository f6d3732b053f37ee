/**
 * The cookie-backed server (server.ts) against the emulator served over HTTP, its tokens living 100 s:
 * a login sets an httpOnly cookie as long-lived as the token; a wrong password is a 401 with Authing's
 * code; a due token is refreshed on use and the new one written on the response; an expired one clears
 * the cookie; a logout clears it. The process's clock is moved (Date only), and the emulator's with it.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createEmulator, serve, type Emulator } from 'authing-rest-emulator';
import { createApp } from './server.ts';

const credentials = { email: 'cookie@example.com', password: 'passw0rd' };
let emulator: Emulator;
let emulatorServer: Server;
let app: Server;
let appUrl: string;

beforeAll(async () => {
  emulator = await createEmulator({ tokenTtlSeconds: 100 });
  await emulator.seed({ users: [credentials] });
  emulatorServer = await serve(emulator, '127.0.0.1', 0);
  app = createApp({ userPoolId: 'POOL', host: `http://127.0.0.1:${(emulatorServer.address() as AddressInfo).port}` });
  await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
  appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
});

afterEach(() => {
  vi.useRealTimers();
});

afterAll(async () => {
  await new Promise((resolve) => app.close(resolve));
  await new Promise((resolve) => emulatorServer.close(resolve));
  emulator.close();
});

/** One browser request: its status, JSON body, and the cookie the answer sets (its value and attributes). */
async function browse(method: string, path: string, { cookie, body }: { cookie?: string; body?: object } = {}) {
  const response = await fetch(`${appUrl}${path}`, { method, headers: { ...(cookie ? { cookie: `authing_token=${cookie}` } : {}), 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
  const setCookie = response.headers.get('set-cookie');
  const text = await response.text();
  return {
    status: response.status,
    body: text ? JSON.parse(text) : undefined,
    cookie: setCookie ? { value: decodeURIComponent(/^authing_token=([^;]*)/.exec(setCookie)![1]!), maxAge: Number(/Max-Age=(\d+)/.exec(setCookie)![1]), httpOnly: /HttpOnly/.test(setCookie) } : undefined,
  };
}

describe('the cookie-backed server example', () => {
  it('answers a wrong password with 401 and the code, setting no cookie', async () => {
    const answer = await browse('POST', '/login', { body: { ...credentials, password: 'wrong-pass' } });
    expect(answer).toMatchObject({ status: 401, body: { code: 2333 }, cookie: undefined });
  });

  it('signs in with an httpOnly cookie, refreshes a due token on use, clears an expired one', async () => {
    const login = await browse('POST', '/login', { body: credentials });
    expect(login).toMatchObject({ status: 200, body: { email: credentials.email }, cookie: { httpOnly: true } });
    expect(login.cookie!.maxAge).toBeGreaterThan(95);
    expect(login.cookie!.maxAge).toBeLessThanOrEqual(100);
    const first = login.cookie!.value;

    // Fresh: served as it is, no new cookie.
    expect(await browse('GET', '/me', { cookie: first })).toMatchObject({ status: 200, body: { email: credentials.email }, cookie: undefined });

    // 80 s later the token is due (its last quarter): refreshed before use, the new one on the response.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 80_000);
    const refreshed = await browse('GET', '/me', { cookie: first });
    expect(refreshed).toMatchObject({ status: 200, body: { email: credentials.email }, cookie: { httpOnly: true } });
    expect(refreshed.cookie!.value).not.toBe(first);
    expect(refreshed.cookie!.maxAge).toBeGreaterThan(95);

    // A browser that missed the new cookie comes back after the old token's end: nothing is sent, the cookie is cleared.
    vi.setSystemTime(Date.now() + 30_000);
    expect(await browse('GET', '/me', { cookie: first })).toMatchObject({ status: 401, body: { error: 'sign in first' }, cookie: { value: '', maxAge: 0 } });

    // The refreshed one still works, and a logout clears it.
    expect(await browse('GET', '/me', { cookie: refreshed.cookie!.value })).toMatchObject({ status: 200 });
    expect(await browse('POST', '/logout', { cookie: refreshed.cookie!.value })).toMatchObject({ status: 204, cookie: { value: '', maxAge: 0 } });
  });

  it('asks to sign in without a cookie, and refuses a body that is not JSON', async () => {
    expect(await browse('GET', '/me')).toMatchObject({ status: 401, body: { error: 'sign in first' } });
    const answer = await fetch(`${appUrl}/login`, { method: 'POST', body: 'email=a' });
    expect(answer.status).toBe(400);
    expect(await browse('POST', '/login', { body: { email: credentials.email } })).toMatchObject({ status: 400, body: { error: 'loginByEmail: password is required: a non-empty string, got undefined' } });
  });
});
