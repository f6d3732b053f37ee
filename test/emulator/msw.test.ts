/**
 * The emulator behind Mock Service Worker in Node (`setupServer`): an SDK client with no `host` and no
 * `fetch` option, as an app creates it, talks to the emulator at Authing's default origin; the test reads
 * the SMS code from the emulator object. Requests to other origins pass by untouched.
 */
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from 'authing-rest-emulator';
import { emulatorHandlers } from 'authing-rest-emulator/msw';
import { AuthenticationClient, isAuthingApiError } from '../../src/index.ts';
import { bundledSpecPath } from '../support/spec.ts';

let emulator: Emulator;
let server: ReturnType<typeof setupServer>;
beforeAll(async () => {
  emulator = await createEmulator({ specPath: bundledSpecPath });
  server = setupServer(...emulatorHandlers(emulator));
  server.listen({ onUnhandledRequest: 'error' });
});
afterAll(() => {
  server.close();
  emulator.close();
});

describe('emulatorHandlers with setupServer', () => {
  it('serves an unchanged client: register by SMS code, RSA login, the user, a profile update, a wrong password, logout', async () => {
    const phone = '13600000001';
    const authing = new AuthenticationClient({ userPoolId: 'POOL' });
    await authing.sendSmsCode({ phone });
    const { code } = emulator.outbox({ recipient: phone })[0]!;
    await authing.registerByPhoneCode({ phone, code, password: 'passw0rd' });

    const user = await authing.loginByPhonePassword({ phone, password: 'passw0rd' }); // RSA: the key from /api/v2/.well-known
    expect(user.phone).toBe(phone);
    expect((await authing.getCurrentUser()).id).toBe(user.id);
    expect((await authing.updateProfile({ nickname: 'Ada' })).nickname).toBe('Ada');

    const wrong = await new AuthenticationClient({ userPoolId: 'POOL' }).loginByPhonePassword({ phone, password: 'wrong-password' }).catch((error: unknown) => error);
    expect(isAuthingApiError(wrong) && wrong.code).toBe(2333);

    await authing.logout();
    expect(await authing.getToken()).toBeNull();
  });

  it('answers at the origin it is given; each emulator keeps its own users', async () => {
    const local = await createEmulator({ specPath: bundledSpecPath });
    server.use(...emulatorHandlers(local, { origin: 'http://localhost:4020' }));
    try {
      const authing = new AuthenticationClient({ userPoolId: 'POOL', host: 'http://localhost:4020' });
      await authing.registerByUsername({ username: 'elsewhere', password: 'passw0rd' });
      await expect(authing.loginByUsername({ username: 'elsewhere', password: 'passw0rd' })).resolves.toMatchObject({ username: 'elsewhere' });
      // The first emulator, at the default origin, has no such user.
      await expect(new AuthenticationClient({ userPoolId: 'POOL' }).loginByUsername({ username: 'elsewhere', password: 'passw0rd' })).rejects.toMatchObject({ code: 2004 });
    } finally {
      server.resetHandlers();
      local.close();
    }
  });

  it('answers under an origin with a path, the path taken off, and passes by what is outside it', async () => {
    const local = await createEmulator({ specPath: bundledSpecPath });
    server.use(...emulatorHandlers(local, { origin: 'http://localhost:4021/authing/' }));
    try {
      const authing = new AuthenticationClient({ userPoolId: 'POOL', host: 'http://localhost:4021/authing' });
      await authing.registerByUsername({ username: 'prefixed', password: 'passw0rd' });
      await expect(authing.loginByUsername({ username: 'prefixed', password: 'passw0rd' })).resolves.toMatchObject({ username: 'prefixed' });
      // Outside the prefix nothing answers: the suite's 'error' strategy turns it into a network error.
      const outside = await fetch('http://localhost:4021/authing-v2/api/v2/.well-known').then(() => 'answered', () => 'unhandled');
      expect(outside).toBe('unhandled');
    } finally {
      server.resetHandlers();
      local.close();
    }
  });

  it.each(['core.authing.cn', 'ftp://core.authing.cn', 'https://core.authing.cn/?pool=1', ''])('refuses origin %j, saying what it takes', (origin) => {
    expect(() => emulatorHandlers(emulator, { origin })).toThrow(
      `emulatorHandlers: origin takes the client's host, an http(s) URL such as https://core.authing.cn or https://example.com/authing, not ${JSON.stringify(origin)}`,
    );
  });

  it('refuses a 5 MB body with 413 behind MSW, as on every path; JSON sent as text/plain with 400 2231', async () => {
    const authing = new AuthenticationClient({ userPoolId: 'POOL', maxRetries: 0 });
    await authing.registerByUsername({ username: 'msw-big', password: 'passw0rd', forceLogin: true });
    const error = await authing.updateProfile({ nickname: 'n'.repeat(5_000_000) }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 413, message: 'The body exceeds 1048576 bytes' });
    expect((await authing.getCurrentUser()).nickname).toBeNull();
    const asText = await fetch('https://core.authing.cn/api/v2/sms/send', { method: 'POST', headers: { 'content-type': 'text/plain', 'x-authing-userpool-id': 'POOL' }, body: '{"phone":"13800000009"}' });
    expect(asText.status).toBe(400);
    expect(await asText.json()).toMatchObject({ code: 2231 });
  });
});
