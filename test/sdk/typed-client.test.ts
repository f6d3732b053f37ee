/**
 * `client.api`: the typed openapi-fetch client that every method sends through, its middleware, and
 * its raw calls.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthingMiddlewareError, AuthingTimeoutError, isAuthingError, type Middleware } from '../../src/index.ts';
import { fakeClient } from '../support/fake-client.ts';
import { example, exampleRouter, hang, json } from '../support/fake-fetch.ts';
import { settleWithFakeTime } from '../support/fake-time.ts';
import { loginToken } from '../support/tokens.ts';

afterEach(() => {
  vi.useRealTimers();
});


describe('middleware on client.api', () => {
  it('sees every request: the methods and raw typed calls alike, and a header it adds reaches the server', async () => {
    const { client, wire } = fakeClient({}, { maxRetries: 0 });
    const seen: string[] = [];
    client.api.use({
      onRequest({ request, schemaPath }) {
        seen.push(`${request.method} ${schemaPath}`);
        request.headers.set('x-trace-id', `trace-${seen.length}`);
      },
    });
    await client.loginByEmail({ email: 'test@example.com', password: 'passw0rd' });
    await client.getCurrentUser();
    const { data } = await client.api.GET('/api/v2/users/me');
    expect(seen).toEqual(['POST /api/v2/login/account', 'GET /api/v2/users/me', 'GET /api/v2/users/me']);
    expect(wire.requests.map((request) => request.headers['x-trace-id'])).toEqual(['trace-1', 'trace-2', 'trace-3']);
    // The method's own token handling is unchanged: the login carries none, the reads the stored one.
    expect(wire.requests.map((request) => request.headers.authorization)).toEqual([undefined, `Bearer ${loginToken}`, `Bearer ${loginToken}`]);
    expect(data).toEqual(example('getCurrentUser'));
  });

  it('logs status and duration of each call from onResponse', async () => {
    const { client } = fakeClient({}, { maxRetries: 0, token: 'T' });
    const log: Array<[string, number]> = [];
    const started = new Map<string, number>();
    client.api.use({
      onRequest: ({ id }) => void started.set(id, performance.now()),
      onResponse: ({ id, response, schemaPath }) => void log.push([`${schemaPath} ${response.status}`, performance.now() - started.get(id)!]),
    });
    await client.refreshToken();
    expect(log).toEqual([['/api/v2/users/refresh-token 200', expect.any(Number)]]);
  });

  it('reads the body of every answer from onResponse, success and failure, and the method still gets it', async () => {
    const wrongPassword = { code: 2333, message: 'The password is wrong', data: null };
    const { client } = fakeClient({ 'POST /api/v2/password/update': () => json(wrongPassword) }, { maxRetries: 0, token: 'T' });
    const bodies: unknown[] = [];
    client.api.use({ onResponse: async ({ response }) => void bodies.push(await response.clone().json()) });
    const user = await client.getCurrentUser();
    await client.api.GET('/api/v2/users/me');
    await expect(client.updatePassword({ newPassword: 'n3w', oldPassword: 'WRONG' })).rejects.toMatchObject({ kind: 'api', code: 2333 });
    expect(bodies).toEqual([{ code: 200, message: expect.any(String), data: user }, example('getCurrentUser'), wrongPassword]);
  });

  it('rewrites a request in one place: the method sends what the middleware made of it', async () => {
    const { client, wire } = fakeClient({}, { maxRetries: 0, token: 'T' });
    client.api.use({ onRequest: ({ request }) => new Request(request.url.replace('core.authing.cn', 'eu.authing.test'), request) });
    await client.getCurrentUser();
    expect(wire.requests[0]!.url.href).toBe('https://eu.authing.test/api/v2/users/me');
  });

  it('reads the answer a middleware substituted, envelope and all', async () => {
    const { client } = fakeClient({}, { maxRetries: 0, token: 'T' });
    client.api.use({ onResponse: () => Response.json({ code: 2020, message: 'from middleware', data: null }) });
    await expect(client.getCurrentUser()).rejects.toMatchObject({ kind: 'api', code: 2020, message: 'from middleware' });
  });

  it.each([
    ['onRequest', { onRequest: () => { throw new Error('onRequest broke passw0rd'); } }],
    ['onResponse', { onResponse: () => { throw new Error('onResponse broke passw0rd'); } }],
    ['onRequest returning the wrong thing', { onRequest: () => 'not a request' as never }],
  ] as Array<[string, Middleware]>)('a middleware that fails (%s) ends as a typed AuthingMiddlewareError, secrets kept out', async (_name, middleware) => {
    const { client } = fakeClient({}, { maxRetries: 0 });
    client.api.use(middleware);
    const error = await client.loginByEmail({ email: 'test@example.com', password: 'passw0rd' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthingMiddlewareError);
    expect(isAuthingError(error)).toBe(true);
    expect(String((error as Error).cause)).not.toContain('passw0rd');
    expect(await client.getToken()).toBeNull();
  });

  it('keeps timeouts and retries with middleware present: one call for the middleware, each attempt on the wire', async () => {
    const { client, wire } = fakeClient(hang, { token: 'T', timeoutMs: 1000, maxRetries: 2 });
    let calls = 0;
    client.api.use({ onRequest: () => void calls++ });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    const { outcome } = await settleWithFakeTime(() => client.getCurrentUser());
    expect(outcome).toMatchObject({ status: 'rejected', reason: expect.any(AuthingTimeoutError) });
    expect(wire.requests).toHaveLength(3);
    expect(calls).toBe(1);
  });

  it('sends nothing more once ejected', async () => {
    const { client, wire } = fakeClient({}, { maxRetries: 0, token: 'T' });
    const tracer: Middleware = { onRequest: ({ request }) => void request.headers.set('x-trace-id', 'on') };
    client.api.use(tracer);
    client.api.eject(tracer);
    await client.getCurrentUser();
    expect(wire.requests[0]!.headers['x-trace-id']).toBeUndefined();
  });
});

describe('raw calls through client.api', () => {
  it('sends the client headers and the stored token to the client host', async () => {
    const { client, wire } = fakeClient({}, { maxRetries: 0, appId: 'APP', host: 'https://auth.example.test/', token: 'T' });
    const { data, error, response } = await client.api.GET('/api/v2/users/me');
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data).toEqual(example('getCurrentUser'));
    expect(wire.requests[0]!.url.href).toBe('https://auth.example.test/api/v2/users/me');
    expect(wire.requests[0]!.headers).toMatchObject({ 'x-authing-userpool-id': 'POOL', 'x-authing-app-id': 'APP', 'x-authing-request-from': 'sdk', authorization: 'Bearer T' });
  });

  it("keeps the request's own Authorization and headers over the client's", async () => {
    const { client, wire } = fakeClient({}, { maxRetries: 0, token: 'T', headers: { 'x-tenant': 'client' } });
    await client.api.POST('/api/v2/users/login/check-status', { body: { token: 'T' }, headers: { Authorization: 'Bearer OTHER', 'X-Tenant': 'call' } });
    expect(wire.requests[0]!.headers).toMatchObject({ authorization: 'Bearer OTHER', 'x-tenant': 'call', 'content-type': 'application/json' });
  });

  it('returns a business error as the envelope in `data` (HTTP 200), narrowed by its code', async () => {
    const { client } = fakeClient(exampleRouter({ 'POST /api/v2/sms/send': () => Response.json({ code: 2000, message: 'slow down', data: null }) }), { maxRetries: 0 });
    const { data, error } = await client.api.POST('/api/v2/sms/send', { body: { phone: '18812345678' } });
    expect(error).toBeUndefined();
    expect(data).toEqual({ code: 2000, message: 'slow down', data: null });
  });

  it('keeps the stored token out of the errors it throws', async () => {
    const { client } = fakeClient(
      async (request) => {
        throw new TypeError(`refused ${(request as Request).headers.get('authorization')}`);
      },
      { token: 'SECRET-TOKEN-1', maxRetries: 0 },
    );
    const error = await client.api.GET('/api/v2/users/me').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'network' });
    expect(String((error as Error).cause)).not.toContain('SECRET-TOKEN-1');
  });

  it("applies the client's timeout, and retries GETs", async () => {
    const { client, wire } = fakeClient(hang, { token: 'T', timeoutMs: 1000, maxRetries: 1 });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    const { outcome } = await settleWithFakeTime(() => client.api.GET('/api/v2/users/me'));
    expect(outcome).toMatchObject({ status: 'rejected', reason: expect.any(AuthingTimeoutError) });
    expect(wire.requests).toHaveLength(2);
  });

  it('sends no Authorization when signed out', async () => {
    const { client, wire } = fakeClient({}, { maxRetries: 0 });
    await client.api.POST('/api/v2/sms/send', { body: { phone: '18812345678' } });
    expect(wire.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('hands back a non-envelope answer as openapi-fetch does, read in full within the deadline', async () => {
    const { client } = fakeClient(async () => new Response('teapot', { status: 418, headers: { 'x-answer': 'yes' } }), { maxRetries: 0 });
    const { error, response } = await client.api.GET('/api/v2/users/me');
    expect(response.status).toBe(418);
    expect(response.headers.get('x-answer')).toBe('yes');
    expect(error).toBe('teapot');
  });
});
