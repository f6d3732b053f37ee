/**
 * Every named example of every operation, selected with `Prefer: example=<name>`, reaches the caller as
 * the SDK promises: errors as AuthingApiError with the example's code, other outcomes as data.
 * Then the 401 path, and invalid requests that the mock refuses with its validation messages.
 */
import { describe, expect, it } from 'vitest';
import { AuthingApiError, AuthingSessionError } from '../../src/index.ts';
import { methodCalls } from '../support/calls.ts';
import { apiBaseUrl, apiIsMock, contractClient, loginToken } from '../support/contract.ts';
import { specOperations, successStatusExamples } from '../support/spec.ts';

const callsByName = new Map(methodCalls.map((calls) => [calls.name, calls]));

const namedExamples = specOperations()
  .filter(({ operation }) => operation['x-sdk-methods'].length > 0)
  .flatMap(({ operation }) =>
    successStatusExamples(operation)
      .filter(([name]) => name !== 'success')
      .map(([name, example]) => ({ operationId: operation.operationId, method: operation['x-sdk-methods'][0]!, name, value: example.value as any, answer: operation['x-authing-answer'] })),
  );

describe.runIf(apiIsMock)('named examples', () => {
  it('covers many examples', () => {
    expect(namedExamples.length).toBeGreaterThan(70);
  });

  it.each(namedExamples)('$operationId: $name', async ({ method, name, value, answer }) => {
    const calls = callsByName.get(method)!;
    const { client } = contractClient(calls.signedIn ? { token: loginToken } : {});
    const outcome = calls.minimal(client, { headers: { Prefer: `example=${name}` } });
    // A token status is an answer whatever its code: an invalid token resolves with status false.
    if (answer === 'bare' && 'status' in value) {
      await expect(outcome).resolves.toEqual(value);
      return;
    }
    if (value.code === 200) {
      await expect(outcome).resolves.toEqual(value.data);
      return;
    }
    const error = await outcome.then(
      () => undefined,
      (caught) => caught,
    );
    // A GraphQL error carries Authing's code and message in its `message`.
    const expected = answer === 'graphql' ? value.errors[0].message : value;
    expect(error).toBeInstanceOf(AuthingApiError);
    expect(error).toMatchObject({ code: expected.code, message: expected.message, status: 200 });
  });

  it.runIf(apiIsMock)('the pre-flight\'s error reaches the call that needed the key', async () => {
    const { client } = contractClient({ userPoolId: `POOL-${crypto.randomUUID()}` });
    // Prefer on the key fetch alone, by a middleware: the client's own headers do not reach it.
    client.api.use({ onRequest: ({ request }) => void (request.url.endsWith('/api/v2/.well-known') && request.headers.set('prefer', 'example=userPoolNotFound')) });
    await expect(client.loginByEmail({ email: 'test@example.com', password: 'passw0rd' })).rejects.toMatchObject({ code: 2224 });
  });

  it.runIf(apiIsMock)("a misspelt example's 404 says in its message which example the mock lacks", async () => {
    const { client } = contractClient();
    const error = await client.loginByEmail({ email: 'test@example.com', password: 'passw0rd' }, { headers: { Prefer: 'example=loginExpired' } }).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'http', status: 404 });
    expect((error as Error).message).toMatch(/^HTTP 404 without an Authing envelope: .*exampleKey: loginExpired does not exist/);
  });

  it.runIf(apiIsMock)('a client-wide Prefer selects the example of each call, and leaves the key fetch alone', async () => {
    const { client } = contractClient({ userPoolId: `POOL-${crypto.randomUUID()}`, headers: { Prefer: 'example=credentialsIncorrect' } });
    await expect(client.loginByEmail({ email: 'test@example.com', password: 'passw0rd' })).rejects.toMatchObject({ code: 2333 });
  });
});

describe('the 401 path', () => {
  it.runIf(apiIsMock)('an authenticated operation answered 401 surfaces as AuthingApiError 2020 with status 401', async () => {
    const { client } = contractClient({ token: loginToken });
    await expect(client.getCurrentUser({ headers: { Prefer: 'code=401' } })).rejects.toMatchObject({ kind: 'api', code: 2020, status: 401 });
  });

  it('a request without a token is refused by the mock with the 401 envelope', async () => {
    const { client } = contractClient();
    const { error, response } = await client.api.GET('/api/v2/users/me');
    expect(response.status).toBe(401);
    expect(error).toMatchObject({ code: 2020 });
  });

  it('an operation without a token, sent without the pool id, is refused 401 2020 (the userPoolMissing example)', async () => {
    const response = await fetch(`${apiBaseUrl}/api/v2/login/account`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ account: 'test@example.com', password: 'passw0rd' }),
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 2020 });
  });

  it('the SDK itself does not send it: AuthingSessionError, no request', async () => {
    const { client, responses } = contractClient();
    await expect(client.getCurrentUser()).rejects.toBeInstanceOf(AuthingSessionError);
    expect(responses).toHaveLength(0);
  });
});

describe('invalid requests', () => {
  it('a number where the spec wants a string, through client.api, is refused with the validation messages', async () => {
    const { client } = contractClient();
    const { error, response } = await client.api.POST('/api/v2/sms/send', { body: { phone: 18812345678 as unknown as string } });
    expect(response.status).toBe(400);
    expect(error).toMatchObject({ code: 2231 });
    expect(response.headers.get('sl-violations')).toContain('phone');
  });

  it('an unknown enum value from a JavaScript caller surfaces as AuthingApiError carrying the violations', async () => {
    const { client } = contractClient();
    const error = await client.sendSmsCode({ phone: '18812345678', scene: 'nope' as never }).catch((caught) => caught);
    expect(error).toBeInstanceOf(AuthingApiError);
    expect(error).toMatchObject({ code: 2231, status: 400 });
    expect(error.violations.join('\n')).toMatch(/scene/);
  });

  it.each(['unionid', 'openid'])('a field a user may not change (%s) is refused by updateProfile with 2231, naming it', async (field) => {
    const { client } = contractClient({ token: loginToken });
    const error = await client.updateProfile({ nickname: 'Nick', [field]: 'forged' } as never).catch((caught) => caught);
    expect(error).toMatchObject({ code: 2231, status: 400 });
    expect(error.violations.join('\n')).toContain(field);
  });

  it('a body field of the wrong type is refused too', async () => {
    const { client } = contractClient();
    const error = await client.registerByEmail({ email: 'test@example.com', password: 'passw0rd', forceLogin: 'yes' as never }).catch((caught) => caught);
    expect(error).toMatchObject({ kind: 'api', status: 400 });
    expect(error.violations.join('\n')).toMatch(/forceLogin/);
  });
});

describe('CORS, as a browser on another origin sends it', () => {
  it('answers the preflight and the request with the headers the browser needs', async () => {
    const origin = 'http://localhost:5173';
    const preflight = await fetch(`${apiBaseUrl}/api/v2/users/me`, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization, content-type, x-authing-userpool-id' },
    });
    expect(preflight.status).toBeLessThan(300);
    const allowedOrigin = preflight.headers.get('access-control-allow-origin');
    expect([origin, '*']).toContain(allowedOrigin);
    const allowedHeaders = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const header of ['authorization', 'content-type', 'x-authing-userpool-id']) {
      expect(allowedHeaders === '*' || allowedHeaders.includes(header), header).toBe(true);
    }

    const actual = await fetch(`${apiBaseUrl}/api/v2/users/me`, {
      headers: { Origin: origin, authorization: `Bearer ${loginToken}`, 'x-authing-userpool-id': 'POOL' },
    });
    expect(actual.status).toBe(200);
    expect([origin, '*']).toContain(actual.headers.get('access-control-allow-origin'));
  });
});
