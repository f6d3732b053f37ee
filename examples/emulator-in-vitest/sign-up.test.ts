/**
 * An app's sign-up and sign-in, tested with Vitest against the Authing emulator behind Mock Service
 * Worker's `setupServer`: the client is created as the app creates it (no `host`, no `fetch` option), its
 * requests to https://core.authing.cn are answered by the emulator in this process, and the test reads
 * the SMS code from the emulator's outbox. No server, no port, no network.
 *
 *   npm install -D vitest msw authing-rest-emulator
 *   npx vitest
 */
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createEmulator } from 'authing-rest-emulator';
import { emulatorHandlers } from 'authing-rest-emulator/msw';
import { AuthenticationClient, ErrorCodes, isAuthingApiError } from 'authing-rest-sdk';

const emulator = await createEmulator();
const server = setupServer(...emulatorHandlers(emulator));

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
// Each test starts with no users, codes or sessions.
afterEach(() => emulator.reset());
afterAll(() => {
  server.close();
  emulator.close();
});

/** What the app under test does: sign up with a phone and the code texted to it. */
async function signUp(authing: AuthenticationClient, phone: string, readCode: () => string) {
  await authing.sendSmsCode({ phone });
  return authing.registerByPhoneCode({ phone, code: readCode(), password: 'passw0rd' });
}

describe('sign-up and sign-in', () => {
  it('signs up with an SMS code, signs in, and reads the user', async () => {
    const authing = new AuthenticationClient({ userPoolId: 'my-pool' });
    const phone = '13800000001';
    await signUp(authing, phone, () => emulator.outbox({ recipient: phone })[0]!.code);
    const user = await authing.loginByPhonePassword({ phone, password: 'passw0rd' });
    expect(await authing.getCurrentUser()).toMatchObject({ id: user.id, phone });
  });

  it('tells a wrong password apart from an unknown account', async () => {
    const authing = new AuthenticationClient({ userPoolId: 'my-pool' });
    await emulator.seed({ users: [{ phone: '13800000002', password: 'passw0rd' }] });
    const wrong = await authing.loginByPhonePassword({ phone: '13800000002', password: 'nope' }).catch((error: unknown) => error);
    expect(isAuthingApiError(wrong) && wrong.code).toBe(ErrorCodes.CREDENTIALS_INCORRECT);
    const unknown = await authing.loginByPhonePassword({ phone: '13800000003', password: 'passw0rd' }).catch((error: unknown) => error);
    expect(isAuthingApiError(unknown) && unknown.code).toBe(ErrorCodes.USER_NOT_FOUND);
  });
});
