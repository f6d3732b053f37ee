/**
 * Requests exactly as Authing's own clients put them on the wire (headers, body, or none), sent raw to the
 * server under contract test: the mock, and in `npm test` the emulator too. Each is one the spec's
 * `x-authing-sources` cites; none may be refused for its form (401 for a missing header, 2231 for a
 * body the spec does not take).
 */
import { testClient } from '../support/clients.ts';
import { describe, expect, it } from 'vitest';
import { AuthenticationClient } from '../../src/index.ts';
import { encrypt, parsePublicKey } from '../../src/rsa.ts';
import { apiBaseUrl, apiIsMock, loginToken } from '../support/contract.ts';

/** Headers as Authing's Android Guard sends them (`Guardian.java`): no SDK version, its own request-from. */
const androidHeaders = {
  'content-type': 'application/json; charset=utf-8',
  'x-authing-userpool-id': 'POOL',
  'x-authing-app-id': 'APP_ID',
  'x-authing-request-from': 'Guard-Android@1.5.6',
  'x-authing-lang': 'zh-CN',
};
/** Headers as Authing's Flutter SDK sends them (`client.dart`): a content type on every request, body or not. */
const flutterHeaders = {
  'content-type': 'application/json',
  'x-authing-userpool-id': 'POOL',
  'x-authing-app-id': 'APP_ID',
  'x-authing-request-from': 'sdk-flutter',
  'x-authing-sdk-version': '1.1.11',
  'x-authing-lang': 'en-US',
};
/** Headers as Authing's web Guard sends them to the API (`guardHttp.ts`). */
const guardHeaders = {
  'content-type': 'application/json',
  'x-authing-userpool-id': 'POOL',
  'x-authing-app-id': '',
  'x-authing-sdk-version': '5.3.0',
  'x-authing-request-from': 'Guard@5.3.0',
};

async function post(path: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${apiBaseUrl}${path}`, { method: 'POST', headers, body: body === undefined ? undefined : JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}

/** A user and their token: any token for the stateless mock, a registered user's against a stateful server. */
async function signedIn(): Promise<{ email: string; password: string; token: string }> {
  const credentials = { email: `clients-${crypto.randomUUID()}@example.com`, password: 'passw0rd' };
  if (apiIsMock) return { ...credentials, token: loginToken };
  const client = testClient(apiBaseUrl);
  await client.registerByEmail(credentials);
  return { ...credentials, token: (await client.loginByEmail(credentials)).token! };
}

describe("requests as Authing's clients send them", () => {
  it("web Guard's token check: only Content-Type and { token }, no x-authing-* header", async () => {
    const { token } = await signedIn();
    const answer = await post('/api/v2/users/login/check-status', { 'content-type': 'application/json' }, { token });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ code: 200, status: true });
  });

  it("Android Guard's email code: scene VERIFY_CODE, GetEmailCodeButton's default", async () => {
    const answer = await post('/api/v2/email/send', androidHeaders, { email: `clients-${crypto.randomUUID()}@example.com`, scene: 'VERIFY_CODE' });
    expect(answer).toMatchObject({ status: 200, body: { code: 200 } });
  });

  it("web Guard's email codes: every scene it sends", async () => {
    for (const scene of ['REGISTER_VERIFY_CODE', 'LOGIN_VERIFY_CODE', 'MFA_VERIFY_CODE', 'INFORMATION_COMPLETION_VERIFY_CODE', 'RESET_PASSWORD_VERIFY_CODE', 'SELF_UNLOCKING_VERIFY_CODE']) {
      const answer = await post('/api/v2/email/send', guardHeaders, { email: `clients-${crypto.randomUUID()}@example.com`, scene });
      expect(answer, scene).toMatchObject({ status: 200, body: { code: 200 } });
    }
  });

  it("Flutter's unbindPhone and refresh-token: a JSON content type and no body at all", async () => {
    const { token } = await signedIn();
    const headers = { ...flutterHeaders, authorization: `Bearer ${token}` };
    const unbind = await post('/api/v2/users/phone/unbind', headers);
    expect(unbind.status).toBe(200);
    // The mock answers its example; the emulator's user has no phone to unbind (2217), which is an answer to the request, not a refusal of its form.
    expect(unbind.body.code).toBe(apiIsMock ? 200 : 2217);
    const refresh = await post('/api/v2/users/refresh-token', headers);
    expect(refresh).toMatchObject({ status: 200, body: { code: 200, data: { token: expect.any(String) } } });
  });

  it("web Guard's password login: captchaCode, customData as a list, autoRegister and withCustomData: false", async () => {
    const { email, password } = await signedIn();
    const { publicKey } = (await (await fetch(`${apiBaseUrl}/api/v2/.well-known`, { headers: guardHeaders })).json()).data;
    const body = {
      account: email,
      password: encrypt(parsePublicKey(publicKey), password),
      captchaCode: 'x7k2',
      customData: [{ key: 'city', value: 'Hangzhou' }],
      autoRegister: false,
      withCustomData: false,
    };
    // A proxy's client address, so that failed logins of other suites on this server ask no CAPTCHA of this one.
    const answer = await post('/api/v2/login/account', { ...guardHeaders, 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250)}` }, body);
    expect(answer).toMatchObject({ status: 200, body: { code: 200, data: { token: expect.any(String) } } });
  });

  it("Android Guard's SMS code: phone and phoneCountryCode, no scene; the web Guard's: scene and captchaCode", async () => {
    const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    expect(await post('/api/v2/sms/send', androidHeaders, { phone, phoneCountryCode: '+86' })).toMatchObject({ status: 200, body: { code: 200 } });
    expect(await post('/api/v2/sms/send', guardHeaders, { phone, phoneCountryCode: '+86', scene: 'login', captchaCode: 'x7k2' })).toMatchObject({ status: 200, body: { code: 200 } });
  });
});
