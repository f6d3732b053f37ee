/** `client.api`: the typed openapi-fetch client under the SDK, for any operation. */
import { describe, expect, it } from 'vitest';
import { AuthenticationClient } from '../../src/index.ts';
import { example, exampleRouter, fakeFetch } from '../support/fake-fetch.ts';

describe('client.api', () => {
  it('sends the client headers and the stored token', async () => {
    const wire = fakeFetch(exampleRouter());
    const client = new AuthenticationClient({ userPoolId: 'POOL', token: 'T', fetch: wire.fetch });
    const { data, response } = await client.api.GET('/api/v2/users/me');
    expect(response.status).toBe(200);
    expect(data).toEqual(example('getCurrentUser'));
    expect(wire.requests[0]!.headers).toMatchObject({ 'x-authing-userpool-id': 'POOL', authorization: 'Bearer T' });
  });

  it('keeps an Authorization header the caller set', async () => {
    const wire = fakeFetch(exampleRouter());
    const client = new AuthenticationClient({ userPoolId: 'POOL', token: 'T', fetch: wire.fetch });
    await client.api.POST('/api/v2/users/check-login-status', { body: {}, headers: { Authorization: 'Bearer OTHER' } });
    expect(wire.requests[0]!.headers.authorization).toBe('Bearer OTHER');
  });

  it('keeps the stored token out of the errors it throws', async () => {
    const client = new AuthenticationClient({ userPoolId: 'POOL', token: 'SECRET-TOKEN-1', fetch: async (request) => {
      throw new TypeError(`refused ${(request as Request).headers.get('authorization')}`);
    }, maxRetries: 0 });
    const error = await client.api.GET('/api/v2/users/me').catch((caught) => caught);
    expect(error).toMatchObject({ kind: 'network' });
    expect(String(error.cause)).not.toContain('SECRET-TOKEN-1');
  });

  it('sends no Authorization when signed out', async () => {
    const wire = fakeFetch(exampleRouter());
    const client = new AuthenticationClient({ userPoolId: 'POOL', fetch: wire.fetch });
    await client.api.POST('/api/v2/sms/send', { body: { phone: '18812345678' } });
    expect(wire.requests[0]!.headers.authorization).toBeUndefined();
  });
});
