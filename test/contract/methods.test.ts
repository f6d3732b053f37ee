/**
 * Each of the 24 methods through AuthenticationClient against the contract mock: the minimal and the
 * full call are both accepted by its request validation, and the answer parses.
 */
import { describe, expect, it } from 'vitest';
import { methodCalls } from '../support/calls.ts';
import { contractClient, loginToken } from '../support/contract.ts';

describe.each(methodCalls)('$name', ({ name, signedIn, minimal, full }) => {
  it.each([
    ['only the required parameters', minimal],
    ['every parameter', full],
  ])('with %s: accepted, and the answer parses', async (_label, call) => {
    const { client, responses, violations } = contractClient(signedIn ? { token: loginToken } : {});
    const result = await call(client);
    expect(violations()).toEqual([]);
    expect(responses.length).toBeGreaterThan(0);
    for (const response of responses) expect(response.status, name).toBe(200);
    if (name === 'logout') expect(result).toBeUndefined();
    else if (name === 'sendSmsCode') expect(result === null || typeof result === 'object').toBe(true);
    else if (['listUdv', 'setUdv', 'removeUdv'].includes(name)) expect(Array.isArray(result)).toBe(true);
    else expect(result).toEqual(expect.any(Object));
  });
});
