/**
 * Every method's exact request on the wire: HTTP method and path (as the spec says), headers, body,
 * and passwords that decrypt to what the caller passed.
 */
import { describe, expect, it } from 'vitest';
import { SDK_NAME, SDK_VERSION } from '../../src/index.ts';
import { routes } from '../../generated/routes.ts';
import { PASSWORD_FIELDS } from '../../src/caller.ts';
import { fakeClient } from '../support/fake-client.ts';
import { exampleRouter } from '../support/fake-fetch.ts';
import { loginToken as token } from '../support/tokens.ts';
import { decryptPassword, testPublicKey } from '../support/rsa.ts';
import { repoRoot, specOperations } from '../support/spec.ts';
import { email, methodCalls, phone } from '../support/calls.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';


/** A client with every option that shapes the wire, passwords RSA-encrypted as by default. */
const newClient = (signedIn: boolean) =>
  fakeClient(exampleRouter(), {
    userPoolId: 'USER_POOL_ID',
    appId: 'APP_ID',
    lang: 'en-US',
    host: 'https://core.example.test',
    publicKey: testPublicKey,
    encryptPassword: 'rsa',
    ...(signedIn ? { token } : {}),
  });

describe('requests on the wire', () => {
  it('covers all 24 documented methods', () => {
    const documented = Object.keys(routes).filter((name) => name !== 'getWellKnown');
    expect(documented).toHaveLength(24);
    expect(methodCalls.map((entry) => entry.name).sort()).toEqual(documented.sort());
  });

  it.each(methodCalls)('$name', async ({ name, signedIn, full, fullBody: body, fullQuery: query }) => {
    const { client, wire } = newClient(signedIn);
    await full(client);
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
    const { token: tokenRule } = routes[name as keyof typeof routes];
    const needsToken = tokenRule === 'required' && signedIn;
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
    const { client, wire } = fakeClient({}, { appId: '', headers: { 'x-extra': '' } });
    await client.sendEmail({ email, scene: 'VERIFY_EMAIL' });
    expect(Object.keys(wire.requests[0]!.headers).sort()).toEqual(
      ['content-type', 'x-authing-request-from', 'x-authing-sdk-version', 'x-authing-userpool-id'].sort(),
    );
  });

  it('adds the client headers and the per-call headers', async () => {
    const { client, wire } = fakeClient({}, { headers: { 'x-tenant': 'a' } });
    await client.sendSmsCode({ phone }, { headers: { 'x-request-id': 'r1' } });
    expect(wire.requests[0]!.headers).toMatchObject({ 'x-tenant': 'a', 'x-request-id': 'r1' });
  });

  it.each(['getCurrentUser', 'logout', 'refreshToken', 'unbindPhone', 'listUdv'] as const)(
    '%s, which takes no parameters, takes its call options first or after {}, as the others do',
    async (name) => {
      for (const args of [[{ headers: { 'x-request-id': 'first' } }], [{}, { headers: { 'x-request-id': 'after' } }]] as const) {
        const { client, wire } = newClient(true);
        await (client[name] as (...args: unknown[]) => Promise<unknown>)(...args);
        expect(wire.requests.at(-1)!.headers['x-request-id']).toBe(args.length === 1 ? 'first' : 'after');
      }
    },
  );

  it('announces the package name and version of package.json', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    expect(`${SDK_NAME}:${SDK_VERSION}`).toBe(`${pkg.name}:${pkg.version}`);
  });

  it('sends passwords as typed with encryptPassword: none, and through a custom function', async () => {
    const plain = fakeClient({}, { encryptPassword: 'none' });
    await plain.client.loginByEmail({ email, password: 'passw0rd' });
    expect(plain.wire.requests[0]!.body.password).toBe('passw0rd');

    const custom = fakeClient({}, { encryptPassword: async (password) => `enc(${password})` });
    await custom.client.loginByEmail({ email, password: 'passw0rd' });
    expect(custom.wire.requests[0]!.body.password).toBe('enc(passw0rd)');
  });
});
