/**
 * One SDK method's trip through the client's typed openapi-fetch client: openapi-fetch builds the
 * request and runs the middleware; the SDK's transport, handed in as that call's `fetch`, sends it with
 * the call's deadline and retries and reads the body; the envelope is then read and checked.
 */
import type { Client } from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import type { Route } from '../generated/routes.js';
import { readEnvelope, type ToEnvelope } from './envelope.js';
import { AuthingInputError, AuthingMiddlewareError } from './errors.js';
import { isAuthingError } from './guards.js';
import { scrubCause } from './redaction.js';
import type { Answer } from './transport.js';

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
  /** Sends the request openapi-fetch built: the SDK's transport, under this call's policy. */
  send: (request: Request) => Promise<Answer>;
}

/** A copy of `response` whose body is `text`, already read. */
export const withBody = (response: Response, text: string) => new Response(text || null, response);

/** Sends `call` through `api` and returns the success envelope's `data`; every failure is an `AuthingError`. */
export async function callOperation(api: ApiClient, { route, body, query, headers, secrets, send, toEnvelope }: OperationCall): Promise<unknown> {
  const [method, path] = route;
  let answer: Answer | undefined;
  /** The answer openapi-fetch got from the transport, and its body when that was read already. */
  let handed: Response | undefined;
  let handedText: string | undefined;
  try {
    const { error, response } = (await api.request(method, path as never, {
      body,
      bodySerializer: (value: object) => {
        try {
          return JSON.stringify(value);
        } catch {
          throw new AuthingInputError('params', 'The parameters cannot be encoded as JSON');
        }
      },
      params: { query },
      headers,
      // openapi-fetch leaves a success's body alone, so it is read once, below, within the deadline.
      parseAs: 'stream',
      fetch: async (request: Request) => {
        answer = await send(request);
        if (answer.response.ok) return (handed = answer.response);
        // openapi-fetch reads a failure's body itself: read it first, within the deadline.
        handedText = await answer.text();
        return (handed = withBody(answer.response, handedText));
      },
    } as never)) as { error?: unknown; response: Response };
    let text: string;
    if (response === handed) text = handedText ?? (await answer!.text());
    else {
      // A middleware answered in the transport's place: its body is local (the transport's is released below).
      // openapi-fetch has parsed a failure's body already; its JSON stands in for the text.
      text = response.ok ? await response.text() : JSON.stringify(error ?? '');
    }
    return readEnvelope(text, response, { route, secrets, toEnvelope });
  } catch (error) {
    // The transport's and the envelope's errors are typed already; anything else came from a middleware.
    throw isAuthingError(error) ? error : scrubCause(new AuthingMiddlewareError(error), secrets());
  } finally {
    answer?.release();
  }
}
