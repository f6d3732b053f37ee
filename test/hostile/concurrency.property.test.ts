/**
 * Races, with fast-check's scheduler deciding the order in which the server's answers arrive. The
 * deterministic cases (100 concurrent key fetches and refreshes, listeners calling back, two clients)
 * are in test/sdk/session.test.ts and test/sdk/password.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AuthenticationClient, type AuthEvent } from '../../src/index.ts';
import { example, exampleRouter, fakeFetch } from '../support/fake-fetch.ts';
import { testPublicKey } from '../support/rsa.ts';
import { loginToken } from '../support/tokens.ts';

const RUNS = 1000;
const token = loginToken;

const calls: Record<string, (client: AuthenticationClient) => Promise<unknown>> = {
  loginByEmail: (client) => client.loginByEmail({ email: 'a@b.c', password: 'passw0rd' }),
  refreshToken: (client) => client.refreshToken(),
  getCurrentUser: (client) => client.getCurrentUser(),
  updateProfile: (client) => client.updateProfile({ nickname: 'N' }),
  registerWithToken: (client) => client.registerByEmail({ email: 'a@b.c', password: 'passw0rd', forceLogin: true }),
  listUdv: (client) => client.listUdv(),
};

describe('races', () => {
  it(`logout racing calls in flight, answers in any order: the client ends signed out, and nothing signs it back in (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(fc.constantFrom(...Object.keys(calls)), { minLength: 1, maxLength: 6 }), async (scheduler, started) => {
        const registered = { ...example('registerByEmail').data, token: 'REGISTERED_TOKEN' };
        const router = exampleRouter({ 'POST /api/v2/register/email': () => new Response(JSON.stringify({ code: 200, message: 'ok', data: registered })) });
        const wire = fakeFetch(scheduler.scheduleFunction(async (request: Request, recorded, init) => router(request, recorded, init)));
        const client = new AuthenticationClient({ userPoolId: 'POOL', token, publicKey: testPublicKey, fetch: wire.fetch, maxRetries: 0 });
        const events: AuthEvent[] = [];
        client.onAuthStateChange((event) => void events.push(event));

        const inFlight = started.map((name) => calls[name]!(client).catch(() => undefined));
        const logout = client.logout().catch(() => undefined);
        await scheduler.waitFor(Promise.all([...inFlight, logout]));

        expect(await client.getToken()).toBeNull();
        const signedOut = events.lastIndexOf('SIGNED_OUT');
        expect(signedOut, `events ${events.join(',')}`).toBeGreaterThanOrEqual(0);
        expect(events.slice(signedOut + 1)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it(`concurrent refreshes, answered in any order, share one request and store its token (${RUNS} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.integer({ min: 2, max: 20 }), async (scheduler, count) => {
        let issued = 0;
        const wire = fakeFetch(
          scheduler.scheduleFunction(async () => new Response(JSON.stringify({ code: 200, message: 'ok', data: { token: `T${++issued}`, iat: 1, exp: 2 } }))),
        );
        const client = new AuthenticationClient({ userPoolId: 'POOL', token, fetch: wire.fetch });
        const results = await scheduler.waitFor(Promise.all(Array.from({ length: count }, () => client.refreshToken())));
        expect(wire.requests).toHaveLength(1);
        expect(new Set(results.map((result) => result.token))).toEqual(new Set(['T1']));
        expect(await client.getToken()).toBe('T1');
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
