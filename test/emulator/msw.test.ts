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
});
