/**
 * `authing-rest-sdk/api`: the typed openapi-fetch client of the whole spec, for operations the
 * `AuthenticationClient` methods do not cover or for raw `{ data, error, response }` results. A
 * subpath of its own, so that bundles of the methods alone do not carry openapi-fetch.
 *
 * @packageDocumentation
 */
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import type { AuthenticationClient } from './client.js';

export type { Client } from 'openapi-fetch';
export type { paths } from '../generated/schema.js';

/**
 * A typed openapi-fetch client for every path of the spec that sends through `authing`: with its host
 * and headers, its stored token (unless a request sets `Authorization`), its timeout, and retries for
 * GET (see {@link AuthenticationClient.fetch}). Answers come back as openapi-fetch returns them: the
 * envelope is not unwrapped and a business error is `error`, not an exception.
 *
 * @example
 * ```ts
 * import { createApiClient } from 'authing-rest-sdk/api';
 * const api = createApiClient(authing);
 * const { data } = await api.GET('/api/v2/users/me');
 * ```
 */
export function createApiClient(authing: AuthenticationClient): Client<paths> {
  return createClient<paths>({ baseUrl: authing.host, fetch: (request) => authing.fetch(request) });
}
