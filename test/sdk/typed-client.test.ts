/** `createApiClient` (`authing-rest-sdk/api`): the typed openapi-fetch client, sending through an `AuthenticationClient`. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../src/api.ts';
import { AuthenticationClient, AuthingTimeoutError } from '../../src/index.ts';
import { example, exampleRouter, fakeFetch, hang } from '../support/fake-fetch.ts';
import { settleWithFakeTime } from '../support/fake-time.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('createApiClient', () => {
  it('sends the client headers and the stored token to the client host', async () => {
    const wire = fakeFetch(exampleRouter());
    const client = new AuthenticationClient({ userPoolId: 'POOL', appId: 'APP', host: 'https://auth.example.test/', token: 'T', fetch: wire.fetch });
    const { data, error, response } = await createApiClient(client).GET('/api/v2/users/me');
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data).toEqual(example('getCurrentUser'));
    expect(wire.requests[0]!.url.href).toBe('https://auth.example.test/api/v2/users/me');
    expect(wire.requests[0]!.headers).toMatchObject({ 'x-authing-userpool-id': 'POOL', 'x-authing-app-id': 'APP', 'x-authing-request-from': 'sdk', authorization: 'Bearer T' });
  });

  it("keeps the request's own Authorization and headers over the client's", async () => {
    const wire = fakeFetch(exampleRouter());
    const client = new AuthenticationClient({ userPoolId: 'POOL', token: 'T', fetch: wire.fetch, headers: { 'x-tenant': 'client' } });
    await createApiClient(client).POST('/api/v2/users/check-login-status', { body: {}, headers: { Authorization: 'Bearer OTHER', 'X-Tenant': 'call' } });
    expect(wire.requests[0]!.headers).toMatchObject({ authorization: 'Bearer OTHER', 'x-tenant': 'call', 'content-type': 'application/json' });
  });

  it('returns a business error as `error`, with the envelope as the service sent it', async () => {
    const wire = fakeFetch(exampleRouter({ 'POST /api/v2/sms/send': () => Response.json({ code: 2000, message: 'slow down', data: null }) }));
    const client = new AuthenticationClient({ userPoolId: 'POOL', fetch: wire.fetch });
    const { data, error } = await createApiClient(client).POST('/api/v2/sms/send', { body: { phone: '18812345678' } });
    // Authing answers business errors with HTTP 200: openapi-fetch calls that `data`.
    expect(error).toBeUndefined();
    expect(data).toEqual({ code: 2000, message: 'slow down', data: null });
  });

  it('keeps the stored token out of the errors it throws', async () => {
    const client = new AuthenticationClient({
      userPoolId: 'POOL',
      token: 'SECRET-TOKEN-1',
      maxRetries: 0,
      fetch: async (request) => {
        throw new TypeError(`refused ${(request as Request).headers.get('authorization')}`);
      },
    });
    const error = await createApiClient(client).GET('/api/v2/users/me').catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'network' });
    expect(String((error as Error).cause)).not.toContain('SECRET-TOKEN-1');
  });

  it("applies the client's timeout, and retries GETs", async () => {
    const wire = fakeFetch(hang);
    const client = new AuthenticationClient({ userPoolId: 'POOL', token: 'T', fetch: wire.fetch, timeoutMs: 1000, maxRetries: 1 });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    const { outcome } = await settleWithFakeTime(() => createApiClient(client).GET('/api/v2/users/me'));
    expect(outcome).toMatchObject({ status: 'rejected', reason: expect.any(AuthingTimeoutError) });
    expect(wire.requests).toHaveLength(2);
  });

  it('sends no Authorization when signed out', async () => {
    const wire = fakeFetch(exampleRouter());
    const client = new AuthenticationClient({ userPoolId: 'POOL', fetch: wire.fetch });
    await createApiClient(client).POST('/api/v2/sms/send', { body: { phone: '18812345678' } });
    expect(wire.requests[0]!.headers.authorization).toBeUndefined();
  });
});

describe('AuthenticationClient.fetch', () => {
  it('hands back the answer byte for byte, read in full', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x00, 0x41]);
    const client = new AuthenticationClient({ userPoolId: 'POOL', fetch: async () => new Response(bytes, { status: 418, headers: { 'x-answer': 'yes' } }) });
    const response = await client.fetch(new Request('https://core.authing.cn/anything'));
    expect(response.status).toBe(418);
    expect(response.headers.get('x-answer')).toBe('yes');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes);
  });
});
