/**
 * The emulator speaks what Authing's own clients send and read: the token status answered bare at
 * /api/v2/users/login/check-status, the removeUdv GraphQL mutation at /graphql/v2, login custom data as a
 * real array (and as the older `params`), bindPhone's code under both names, and the four languages.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from 'authing-rest-emulator';
import { AuthingApiError } from '../../src/index.ts';
import { graphqlDocuments } from '../../generated/graphql.ts';
import { advanceClock, EMULATOR_URL, encryptedPassword, latestCode, postDeveloper, startEmulator } from '../support/emulator.ts';
import { testClient } from '../support/clients.ts';

const password = 'passw0rd';
let emulator: Emulator;
beforeEach(async () => {
  emulator = await startEmulator();
});
afterEach(() => emulator.close());

/** A raw JSON POST to the emulator, as another client would send it. */
async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await emulator.fetch(`${EMULATOR_URL}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-authing-userpool-id': 'POOL', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

describe('check-status: the token status, bare', () => {
  it('answers a valid token with code 200 and status true, at the top level', async () => {
    const client = testClient(emulator);
    const user = await client.registerByEmail({ email: 'valid@example.com', password, forceLogin: true });
    const { status, body } = await post('/api/v2/users/login/check-status', { token: user.token });
    expect(status).toBe(200);
    expect(body).toMatchObject({ code: 200, status: true, data: { id: user.id, userPoolId: 'POOL' } });
    expect(body.exp - body.iat).toBe(14 * 24 * 3600);
    await expect(client.checkLoginStatus()).resolves.toMatchObject({ code: 200, status: true });
  });

  it('answers an expired token with status false and 2206, which the SDK resolves with', async () => {
    const client = testClient(emulator);
    await client.registerByEmail({ email: 'expired@example.com', password, forceLogin: true });
    await advanceClock(emulator, 15 * 24 * 3600 * 1000);
    await expect(client.checkLoginStatus()).resolves.toMatchObject({ code: 2206, status: false, exp: null });
  });

  it('answers status false for a token whose user was deleted by a reset, and whose email another user has since', async () => {
    const client = testClient(emulator);
    const user = await client.registerByEmail({ email: 'gone@example.com', password, forceLogin: true });
    await postDeveloper(emulator, 'reset');
    await expect(client.checkLoginStatus()).resolves.toMatchObject({ code: 2207, status: false });
    // The SDK ends a session whose stored token a check finds dead.
    expect(await client.getToken()).toBeNull();
    const successor = await testClient(emulator).registerByEmail({ email: 'gone@example.com', password, forceLogin: true });
    expect(successor.id).not.toBe(user.id);
    await expect(client.checkLoginStatus({ token: user.token! })).resolves.toMatchObject({ status: false });
    await client.setToken(user.token!);
    await expect(client.getCurrentUser()).rejects.toMatchObject({ code: 2020 });
  });

  it('answers a forged token with status false', async () => {
    await expect(testClient(emulator).checkLoginStatus({ token: 'a.b.c' })).resolves.toMatchObject({ code: 2207, status: false });
  });

  it("checks a token in its own pool when no pool header comes (the web Guard's request), and in the header's pool when one does", async () => {
    const user = await testClient(emulator).registerByEmail({ email: 'guard@example.com', password, forceLogin: true });
    const bare = await emulator.fetch(`${EMULATOR_URL}/api/v2/users/login/check-status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: user.token }),
    });
    expect(await bare.json()).toMatchObject({ code: 200, status: true, data: { id: user.id, userPoolId: 'POOL' } });
    expect((await post('/api/v2/users/login/check-status', { token: user.token }, { 'x-authing-userpool-id': 'OTHER' })).body).toMatchObject({ code: 2207, status: false });
    // Every other operation still needs the header.
    const me = await emulator.fetch(`${EMULATOR_URL}/api/v2/users/me`, { headers: { authorization: `Bearer ${user.token}` } });
    expect(me.status).toBe(401);
  });
});

describe('/graphql/v2: the removeUdv mutation', () => {
  it('removes the value through the SDK and answers the remaining ones', async () => {
    const client = testClient(emulator);
    await client.registerByEmail({ email: 'udv@example.com', password, forceLogin: true, customData: { city: 'Beijing', age: 22 } });
    const remaining = await client.removeUdv({ key: 'age' });
    expect(remaining).toEqual([{ key: 'city', dataType: 'STRING', value: 'Beijing', label: 'City' }]);
    expect(await client.listUdv()).toEqual(remaining);
  });

  it('accepts the document as the Python SDK lays it out (other spaces and line breaks)', async () => {
    const client = testClient(emulator);
    const user = await client.registerByEmail({ email: 'python@example.com', password, forceLogin: true, customData: { age: 3 } });
    const pythonLayout = graphqlDocuments.removeUdv.replace(/ \{ key dataType value label \} \}$/, ' {\n    key\n    dataType\n    value\n    label\n  }\n}').replace(') {', ') {\n  ');
    expect(pythonLayout).not.toBe(graphqlDocuments.removeUdv);
    const { body } = await post('/graphql/v2', { query: pythonLayout, variables: { targetType: 'USER', targetId: user.id, key: 'age' } }, { authorization: `Bearer ${user.token}` });
    expect(body).toEqual({ data: { removeUdv: [] } });
  });

  it('refuses any other GraphQL document with a GraphQL error saying what it answers', async () => {
    const user = await testClient(emulator).registerByEmail({ email: 'other@example.com', password, forceLogin: true });
    const { status, body } = await post('/graphql/v2', { query: '{ user { id } }', variables: {} }, { authorization: `Bearer ${user.token}`, 'x-authing-lang': 'en-US' });
    expect(status).toBe(200);
    expect(body.data).toBeNull();
    expect(body.errors[0].message.code).toBe(2231);
    expect(body.errors[0].message.message).toMatch(/answers only the removeUdv mutation/);
  });

  it("answers another user's id with a GraphQL error, and a missing token with the 401 envelope", async () => {
    const user = await testClient(emulator).registerByEmail({ email: 'mine@example.com', password, forceLogin: true });
    const variables = { targetType: 'USER', targetId: 'someone-else', key: 'age' };
    const foreign = await post('/graphql/v2', { query: graphqlDocuments.removeUdv, variables }, { authorization: `Bearer ${user.token}` });
    expect(foreign.body.errors[0].message).toMatchObject({ code: 2020 });
    const anonymous = await post('/graphql/v2', { query: graphqlDocuments.removeUdv, variables });
    expect(anonymous).toMatchObject({ status: 401, body: { code: 2020 } });
  });

  it('reaches the SDK caller as AuthingApiError for an expired token', async () => {
    const client = testClient(emulator);
    await client.registerByEmail({ email: 'late@example.com', password, forceLogin: true });
    await advanceClock(emulator, 15 * 24 * 3600 * 1000);
    const error = await client.removeUdv({ key: 'age' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthingApiError);
    expect(error).toMatchObject({ code: 2206 });
  });
});

describe('custom data at login', () => {
  it('stores the real customData array the SDK sends, and the older params string', async () => {
    const client = testClient(emulator);
    await client.registerByEmail({ email: 'login-data@example.com', password });
    await client.loginByEmail({ email: 'login-data@example.com', password, customData: { city: 'Shanghai' } });
    expect(await client.listUdv()).toEqual([{ key: 'city', dataType: 'STRING', value: 'Shanghai', label: 'City' }]);

    const older = await post('/api/v2/login/account', { account: 'login-data@example.com', password: await encryptedPassword(emulator, password), params: '[{"key":"age","value":30}]' });
    expect(older.body.code).toBe(200);
    expect((await client.listUdv()).map(({ key }) => key).sort()).toEqual(['age', 'city']);
  });

  it('answers the user with its custom data when a login asks withCustomData: true, and without when false', async () => {
    const client = testClient(emulator);
    await client.registerByEmail({ email: 'with-data@example.com', password, customData: { city: 'Wuhan' } });
    const asked = await post('/api/v2/login/account', { account: 'with-data@example.com', password: await encryptedPassword(emulator, password), withCustomData: true });
    expect(asked.body.data.customData).toEqual([{ key: 'city', dataType: 'STRING', value: 'Wuhan', label: 'City' }]);
    const notAsked = await post('/api/v2/login/account', { account: 'with-data@example.com', password: await encryptedPassword(emulator, password), withCustomData: false });
    expect(notAsked.body.data).not.toHaveProperty('customData');
  });

  it('refuses an unknown key in a login\'s customData with 2231', async () => {
    const client = testClient(emulator);
    await client.registerByEmail({ email: 'unknown-key@example.com', password });
    await expect(client.loginByEmail({ email: 'unknown-key@example.com', password, customData: { shoeSize: 44 } })).rejects.toMatchObject({ code: 2231 });
  });
});

describe('bindPhone takes the code as phoneCode or code', () => {
  it.each(['phoneCode', 'code'])('binds with %s', async (field) => {
    const user = await testClient(emulator).registerByEmail({ email: `bind-${field}@example.com`, password, forceLogin: true });
    await post('/api/v2/sms/send', { phone: '13900000001' });
    const code = latestCode(emulator, '13900000001');
    const { body } = await post('/api/v2/users/phone/bind', { phone: '13900000001', [field]: code }, { authorization: `Bearer ${user.token}` });
    expect(body).toMatchObject({ code: 200, data: { phone: '13900000001', phoneVerified: true } });
  });
});

describe('languages', () => {
  it.each([
    ['zh-CN', /[\u4e00-\u9fff]/],
    ['zh-TW', /[\u4e00-\u9fff]/],
    ['en-US', /^[\x20-\x7e]+$/],
    ['ja-JP', /^[\x20-\x7e]+$/],
  ] as const)('answers %s: Chinese for zh-CN and zh-TW, English for en-US and ja-JP', async (lang, expected) => {
    const client = testClient(emulator, { lang });
    const error = await client.loginByEmail({ email: 'nobody@example.com', password }).catch((caught: AuthingApiError) => caught);
    expect(error).toMatchObject({ code: 2004 });
    expect((error as AuthingApiError).message).toMatch(expected);
  });
});
