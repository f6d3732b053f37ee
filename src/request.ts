/**
 * The Request of a call, built the way openapi-fetch builds its own: base URL and path, a query string,
 * a JSON body with its content type, and header sets merged in order. The SDK's methods build theirs
 * here rather than through openapi-fetch's `createClient`, which alone would weigh 2.6 KB gzip in every
 * bundle; `createApiClient` (`authing-rest-sdk/api`) offers that client to those who want it.
 */
import { AuthingInputError } from './errors.js';

/** Header sets merged in order: a later value wins whatever its letter case; undefined and empty values are not sent. */
export type HeaderSets = ReadonlyArray<Readonly<Record<string, string | undefined>> | undefined>;

/** Merges `sets` into `headers`. @throws {@link AuthingInputError} for a name or value that HTTP does not allow. */
export function mergeHeaders(sets: HeaderSets, headers = new Headers()): Headers {
  for (const set of sets) {
    for (const [name, value] of Object.entries(set ?? {})) {
      try {
        if (value) headers.set(name, value);
      } catch {
        throw new AuthingInputError('headers', `Invalid header name or value: ${JSON.stringify(name)}`);
      }
    }
  }
  return headers;
}

/** What a call sends. */
export interface RequestParts {
  method: 'get' | 'post';
  /** Base URL and path. */
  url: string;
  query?: Record<string, string> | undefined;
  body?: object | undefined;
  headers: HeaderSets;
}

/** The Request of `parts`. @throws {@link AuthingInputError} for bad headers or a body that JSON cannot encode. */
export function buildRequest({ method, url, query, body, headers }: RequestParts): Request {
  let json: string | undefined;
  try {
    json = body && JSON.stringify(body);
  } catch {
    throw new AuthingInputError('params', 'The parameters cannot be encoded as JSON');
  }
  return new Request(query ? `${url}?${new URLSearchParams(query)}` : url, {
    method: method.toUpperCase(),
    headers: mergeHeaders(json ? [{ 'content-type': 'application/json' }, ...headers] : headers),
    body: json,
  });
}
