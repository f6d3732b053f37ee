/**
 * Each of the 24 methods through AuthenticationClient against the contract mock: the minimal and the
 * full call are both accepted by its request validation, and the answer parses.
 */
import { testClient } from '../support/clients.ts';
import { describe, expect, it } from 'vitest';
import { AuthenticationClient, isAuthingApiError } from '../../src/index.ts';
import { methodCalls } from '../support/calls.ts';
import { apiBaseUrl, apiIsMock, contractClient, loginToken } from '../support/contract.ts';

/** Against a stateful server (the emulator, a real pool), a token of a user registered for the test. */
async function signedInToken(): Promise<string> {
  if (apiIsMock) return loginToken;
  const credentials = { email: `contract-${crypto.randomUUID()}@example.com`, password: 'passw0rd' };
  const client = testClient(apiBaseUrl);
  await client.registerByEmail(credentials);
  return (await client.loginByEmail(credentials)).token!;
}

describe.each(methodCalls)('$name', ({ name, signedIn, minimal, full }) => {
  it.each([
    ['only the required parameters', minimal],
    ['every parameter', full],
  ])('with %s: accepted, and the answer parses', async (_label, call) => {
    const { client, responses, violations } = contractClient(signedIn ? { token: await signedInToken() } : {});
    let result: unknown;
    try {
      result = await call(client);
    } catch (error) {
      // A stateful server may refuse the seed's values (a code never sent, a user that exists): a business
      // error in the envelope still honours the contract. The mock must answer every call with data.
      if (apiIsMock || !isAuthingApiError(error) || error.status !== 200) throw error;
      expect(violations()).toEqual([]);
      return;
    }
    expect(violations()).toEqual([]);
    expect(responses.length).toBeGreaterThan(0);
    for (const response of responses) expect(response.status, name).toBe(200);
    if (name === 'logout') expect(result).toBeUndefined();
    else if (name === 'sendSmsCode') expect(result === null || typeof result === 'object').toBe(true);
    else if (['listUdv', 'setUdv', 'removeUdv'].includes(name)) expect(Array.isArray(result)).toBe(true);
    else expect(result).toEqual(expect.any(Object));
  });
});
