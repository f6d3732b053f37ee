/**
 * One SDK method's trip through the client's typed openapi-fetch client: openapi-fetch builds the
 * request and runs the middleware; the SDK's transport, handed in as that call's `fetch`, sends it with
 * the call's deadline and retries; the envelope is then read and checked.
 */
import type { Client } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import type { Route } from '../generated/routes.js';
import { readEnvelope, type ToEnvelope } from './envelope.js';
import { AuthingInputError, AuthingMiddlewareError } from './errors.js';
import { isAuthingError } from './guards.js';
import { scrubCause } from './redaction.js';
import type { Exchange } from './transport.js';

/**
 * The typed openapi-fetch client of every path of the spec.
 * @category Raw typed API
 */
export type ApiClient = Client<paths>;

/** What one call sends, and how. */
export interface OperationCall {
  route: Route;
  body?: object | undefined;
  query?: Record<string, string> | undefined;
  headers: HeadersInit;
  /** What no error may repeat: the request's passwords, codes and token. */
  secrets: () => string[];
  /** Reads an answer of another form than the envelope (removeUdv's GraphQL) as the envelope. */
  toEnvelope?: ToEnvelope | undefined;
  /** How the request openapi-fetch built is sent and its answer read: the SDK's transport, under this call's policy. */
  exchange: Exchange;
}

function serializeBody(value: object): string {
  try {
    return JSON.stringify(value);
  } catch {
    throw new AuthingInputError('params', 'The parameters cannot be encoded as JSON');
  }
}

/** Sends `call` through `api` and returns the success envelope's `data`; every failure is an `AuthingError`. */
export async function callOperation(api: ApiClient, { route, body, query, headers, secrets, exchange, toEnvelope }: OperationCall): Promise<unknown> {
  let answer: { data?: string; error?: unknown; response: Response };
  try {
    answer = (await api.request(route.method, route.path as never, {
      body,
      bodySerializer: serializeBody,
      params: { query },
      headers,
      // A success's body comes as its text, parsed once in readEnvelope; openapi-fetch parses a failure's itself.
      parseAs: 'text',
      fetch: exchange.fetch,
    } as never)) as typeof answer;
  } catch (error) {
    // The transport's errors are typed already, and so is a body that broke off while it was read; anything else came from a middleware.
    throw isAuthingError(error) ? error : (exchange.readFailure(error) ?? scrubCause(new AuthingMiddlewareError(error), secrets()));
  } finally {
    exchange.release();
  }
  const { data, error, response } = answer;
  return readEnvelope(response.ok ? { text: data ?? '' } : { parsed: error }, response, { route, secrets, toEnvelope });
}
