/**
 * Every method's exact request on the wire: HTTP method and path (as the spec says), headers, body,
 * and passwords that decrypt to what the caller passed.
 */
import { describe, expect, it } from 'vitest';
import { AuthenticationClient, SDK_NAME, SDK_VERSION } from '../../src/index.ts';
import { operations } from '../../generated/operations.ts';
import { example, exampleRouter, fakeFetch } from '../support/fake-fetch.ts';
import { decryptPassword, testPublicKey } from '../support/rsa.ts';
import { repoRoot, specOperations } from '../support/spec.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const token: string = example('loginByAccount').data.token;
const userId = '60b7c8d9e1f2a30012345678';
const email = 'test@example.com';
const phone = '18812345678';

interface WireCase {
  name: string;
  signedIn: boolean;
  call: (client: AuthenticationClient) => Promise<unknown>;
  body?: Record<string, unknown>;
  query?: Record<string, string>;
}

const cases: WireCase[] = [
  {
    name: 'registerByEmail',
    signedIn: false,
    call: (c) => c.registerByEmail({ email, password: 'passw0rd', profile: { nickname: 'Nick' }, forceLogin: true, generateToken: false, clientIp: '203.0.113.7' }),
    body: { email, password: 'passw0rd', profile: { nickname: 'Nick' }, forceLogin: true, generateToken: false, clientIp: '203.0.113.7' },
  },
  {
    name: 'registerByUsername',
    signedIn: false,
    call: (c) => c.registerByUsername({ username: 'bob', password: 'passw0rd', profile: { nickname: 'Nick' } }),
    body: { username: 'bob', password: 'passw0rd', profile: { nickname: 'Nick' } },
  },
  {
    name: 'registerByPhoneCode',
    signedIn: false,
    call: (c) => c.registerByPhoneCode({ phone, code: '1234', password: 'passw0rd', profile: { nickname: 'Nick' } }),
    body: { phone, code: '1234', password: 'passw0rd', profile: { nickname: 'Nick' } },
  },
  { name: 'sendSmsCode', signedIn: false, call: (c) => c.sendSmsCode({ phone, scene: 'register' }), body: { phone, scene: 'register' } },
  {
    name: 'loginByEmail',
    signedIn: false,
    call: (c) => c.loginByEmail({ email, password: 'passw0rd', autoRegister: true, captchaCode: 'x7k2', clientIp: '203.0.113.7' }),
    body: { account: email, password: 'passw0rd', autoRegister: true, captchaCode: 'x7k2', clientIp: '203.0.113.7' },
  },
  {
    name: 'loginByUsername',
    signedIn: false,
    call: (c) => c.loginByUsername({ username: 'bob', password: 'passw0rd', autoRegister: true }),
    body: { account: 'bob', password: 'passw0rd', autoRegister: true },
  },
  { name: 'loginByPhoneCode', signedIn: false, call: (c) => c.loginByPhoneCode({ phone, code: '1234' }), body: { phone, code: '1234' } },
  {
    name: 'loginByPhonePassword',
    signedIn: false,
    call: (c) => c.loginByPhonePassword({ phone, password: 'passw0rd', captchaCode: 'x7k2' }),
    body: { account: phone, password: 'passw0rd', captchaCode: 'x7k2' },
  },
  { name: 'checkLoginStatus', signedIn: false, call: (c) => c.checkLoginStatus({ token: 'TOKEN' }), body: { token: 'TOKEN' } },
  { name: 'sendEmail', signedIn: false, call: (c) => c.sendEmail({ email, scene: 'RESET_PASSWORD' }), body: { email, scene: 'RESET_PASSWORD' } },
  {
    name: 'resetPasswordByPhoneCode',
    signedIn: false,
    call: (c) => c.resetPasswordByPhoneCode({ phone, code: '1234', newPassword: 'passw0rd' }),
    body: { phone, code: '1234', newPassword: 'passw0rd' },
  },
  {
    name: 'resetPasswordByEmailCode',
    signedIn: false,
    call: (c) => c.resetPasswordByEmailCode({ email, code: '1234', newPassword: 'passw0rd' }),
    body: { email, code: '1234', newPassword: 'passw0rd' },
  },
  { name: 'updateProfile', signedIn: true, call: (c) => c.updateProfile({ nickname: 'Nick', company: 'Example Ltd' }), body: { nickname: 'Nick', company: 'Example Ltd' } },
  {
    name: 'updatePassword',
    signedIn: true,
    call: (c) => c.updatePassword({ newPassword: 'passw0rd', oldPassword: '123456!' }),
    body: { newPassword: 'passw0rd', oldPassword: '123456!' },
  },
  {
    name: 'updatePhone',
    signedIn: true,
    call: (c) => c.updatePhone({ phone: '15899999999', phoneCode: '1234', oldPhone: '15888888888', oldPhoneCode: '5678' }),
    body: { phone: '15899999999', phoneCode: '1234', oldPhone: '15888888888', oldPhoneCode: '5678' },
  },
  {
    name: 'updateEmail',
    signedIn: true,
    call: (c) => c.updateEmail({ email: 'test1@example.com', emailCode: '1234', oldEmail: 'test2@example.com', oldEmailCode: '5678' }),
    body: { email: 'test1@example.com', emailCode: '1234', oldEmail: 'test2@example.com', oldEmailCode: '5678' },
  },
  { name: 'refreshToken', signedIn: true, call: (c) => c.refreshToken(), body: {} },
  { name: 'bindPhone', signedIn: true, call: (c) => c.bindPhone({ phone, phoneCode: '1234' }), body: { phone, phoneCode: '1234' } },
  { name: 'unbindPhone', signedIn: true, call: (c) => c.unbindPhone(), body: {} },
  { name: 'getCurrentUser', signedIn: true, call: (c) => c.getCurrentUser() },
  { name: 'logout', signedIn: true, call: (c) => c.logout(), query: { app_id: 'APP_ID' } },
  { name: 'listUdv', signedIn: true, call: (c) => c.listUdv(), body: { targetType: 'USER', targetId: userId } },
  { name: 'setUdv', signedIn: true, call: (c) => c.setUdv({ key: 'age', value: 15 }), body: { targetType: 'USER', targetId: userId, key: 'age', value: '15' } },
  { name: 'removeUdv', signedIn: true, call: (c) => c.removeUdv({ key: 'age' }), body: { targetType: 'USER', targetId: userId, key: 'age' } },
];

const PASSWORD_FIELDS = ['password', 'newPassword', 'oldPassword'];

function newClient(signedIn: boolean) {
  const wire = fakeFetch(exampleRouter());
  const client = new AuthenticationClient({
    userPoolId: 'USER_POOL_ID',
    appId: 'APP_ID',
    lang: 'en-US',
    host: 'https://core.example.test',
    publicKey: testPublicKey,
    fetch: wire.fetch,
    ...(signedIn ? { token } : {}),
  });
  return { client, wire };
}

describe('requests on the wire', () => {
  it('covers all 24 documented methods', () => {
    const documented = Object.keys(operations).filter((name) => name !== 'getWellKnown');
    expect(documented).toHaveLength(24);
    expect(cases.map((entry) => entry.name).sort()).toEqual(documented.sort());
  });

  it.each(cases)('$name', async ({ name, signedIn, call, body, query }) => {
    const { client, wire } = newClient(signedIn);
    await call(client);
    expect(wire.requests).toHaveLength(1);
    const [request] = wire.requests;

    const spec = specOperations().find(({ operation }) => operation['x-sdk-methods'].includes(name))!;
    expect(`${request!.method} ${request!.url.pathname}`).toBe(`${spec.method} ${spec.path}`);
    expect(request!.url.origin).toBe('https://core.example.test');
    expect(Object.fromEntries(request!.url.searchParams)).toEqual(query ?? {});

    expect(request!.headers).toMatchObject({
      'x-authing-userpool-id': 'USER_POOL_ID',
      'x-authing-app-id': 'APP_ID',
      'x-authing-request-from': 'sdk',
      'x-authing-sdk-version': `${SDK_NAME}:${SDK_VERSION}`,
      'x-authing-lang': 'en-US',
    });
    const needsToken = operations[name as keyof typeof operations][2] !== 'none' && signedIn;
    expect(request!.headers.authorization).toBe(needsToken ? `Bearer ${token}` : undefined);

    if (body === undefined) {
      expect(request!.body).toBeUndefined();
      expect(request!.headers['content-type']).toBeUndefined();
      return;
    }
    expect(request!.headers['content-type']).toBe('application/json');
    const sent = { ...request!.body };
    for (const field of PASSWORD_FIELDS) {
      if (field in sent) {
        expect(sent[field], `${field} is encrypted`).not.toBe(body[field]);
        expect(sent[field]).toMatch(/^[A-Za-z0-9+/]+=*$/);
        sent[field] = decryptPassword(sent[field]);
      }
    }
    expect(sent).toEqual(body);
  });
});

describe('headers', () => {
  it('does not send empty header values', async () => {
    const wire = fakeFetch(exampleRouter());
    const client = new AuthenticationClient({ userPoolId: 'POOL', appId: '', fetch: wire.fetch, encryptPassword: 'none', headers: { 'x-extra': '' } });
    await client.sendEmail({ email, scene: 'VERIFY_EMAIL' });
    expect(Object.keys(wire.requests[0]!.headers).sort()).toEqual(
      ['content-type', 'x-authing-request-from', 'x-authing-sdk-version', 'x-authing-userpool-id'].sort(),
    );
  });

  it('adds the client headers and the per-call headers', async () => {
    const wire = fakeFetch(exampleRouter());
    const client = new AuthenticationClient({ userPoolId: 'POOL', fetch: wire.fetch, headers: { 'x-tenant': 'a' } });
    await client.sendSmsCode({ phone }, { headers: { 'x-request-id': 'r1' } });
    expect(wire.requests[0]!.headers).toMatchObject({ 'x-tenant': 'a', 'x-request-id': 'r1' });
  });

  it('announces the package name and version of package.json', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    expect(`${SDK_NAME}:${SDK_VERSION}`).toBe(`${pkg.name}:${pkg.version}`);
  });

  it('sends passwords as typed with encryptPassword: none, and through a custom function', async () => {
    const plain = fakeFetch(exampleRouter());
    await new AuthenticationClient({ userPoolId: 'POOL', fetch: plain.fetch, encryptPassword: 'none' }).loginByEmail({ email, password: 'passw0rd' });
    expect(plain.requests[0]!.body.password).toBe('passw0rd');

    const custom = fakeFetch(exampleRouter());
    const client = new AuthenticationClient({ userPoolId: 'POOL', fetch: custom.fetch, encryptPassword: async (password) => `enc(${password})` });
    await client.loginByEmail({ email, password: 'passw0rd' });
    expect(custom.requests[0]!.body.password).toBe('enc(passw0rd)');
  });
});
