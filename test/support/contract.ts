/** A client for the server under contract test, recording what that server said about each request. */
import { inject } from 'vitest';
import type { AuthenticationClientOptions } from '../../src/index.ts';
import { testClient } from './clients.ts';

export const apiBaseUrl = inject('apiBaseUrl');
export const apiIsMock = inject('apiIsMock');

/** A token Prism accepts (any bearer does); a JWT whose `sub` is the example user. */
export { loginToken } from './tokens.ts';

export function contractClient(options: Partial<AuthenticationClientOptions> = {}) {
  const responses: Response[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    responses.push(response);
    return response;
  };
  const client = testClient(apiBaseUrl, { appId: 'APP_ID', fetch: recordingFetch, ...options });
  return {
    client,
    responses,
    /** Request-validation complaints of the mock, from its `sl-violations` headers. */
    violations: () => responses.flatMap((response) => JSON.parse(response.headers.get('sl-violations') ?? '[]')),
  };
}
