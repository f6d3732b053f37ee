/** Turns an answer into the envelope's `data`, or into the typed error it amounts to. */
import type { Route } from '../generated/routes.js';
import { AuthingApiError, AuthingHttpError, AuthingInvalidResponseError, BODY_EXCERPT_LIMIT } from './errors.js';
import { redact } from './redaction.js';
import { retryAfterMs } from './transport.js';

/**
 * Turns an answer of another form into the envelope it stands for, or gives it back unchanged when it is
 * not of that form. removeUdv's GraphQL answer has one, loaded with the UDV codec.
 */
export type ToEnvelope = (body: Record<string, unknown>) => unknown;

/** How to read one operation's answer. */
export interface Reading {
  route: Route;
  /** What no error may repeat: the request's passwords, codes and token. */
  secrets: () => string[];
  toEnvelope?: ToEnvelope | undefined;
}

/** A plain object (not null, not an array). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The validation messages a contract mock or the emulator put in `sl-violations`; empty for anything else. */
function violations(response: Response): string[] {
  try {
    const parsed = JSON.parse(response.headers.get('sl-violations') ?? '[]') as Array<{ message?: unknown; location?: unknown }>;
    return parsed.map((entry) => `${Array.isArray(entry.location) ? entry.location.join('.') + ': ' : ''}${entry.message}`);
  } catch {
    return [];
  }
}

/** An answer as openapi-fetch read it: a success's body as text, or a failure's body already parsed when it is JSON. */
export type ReadAnswer = { text: string } | { parsed: unknown };

/**
 * The result of a success answer whose shape fits the route's: the envelope's `data`, or the answer
 * itself (`bare`: listUdv's array, checkLoginStatus's token status); an answer of another form (GraphQL)
 * is read as the envelope `toEnvelope` makes of it. Otherwise throws AuthingApiError (a business error),
 * AuthingHttpError (non-2xx outside the envelope) or AuthingInvalidResponseError. Each body is parsed once:
 * a failure's by openapi-fetch already, a success's here.
 */
export function readEnvelope(answer: ReadAnswer, response: Response, { route, secrets, toEnvelope }: Reading): unknown {
  const { data: shape, answer: form = 'envelope' } = route;
  const { status, ok } = response;
  let body = 'parsed' in answer ? answer.parsed : parseOrText(answer.text);
  const fits = (result: unknown) =>
    shape === 'list' ? Array.isArray(result) : shape === 'object-or-null' ? result === null || isRecord(result) : isRecord(result) && shape.every((field) => field in result);
  if (ok && form === 'bare' && fits(body)) return body;
  if (toEnvelope && isRecord(body)) body = toEnvelope(body);
  if (isRecord(body) && typeof body.code === 'number' && !(body.code === 200 && !ok)) {
    if (body.code !== 200) {
      throw new AuthingApiError(body.code, redact(String(body.message ?? ''), secrets()), body.data ?? null, status, violations(response));
    }
    const result = body.data ?? null;
    if (fits(result)) return result;
  }
  // Only an answer that is none of these needs its text again, for the error's excerpt.
  const text = 'text' in answer ? answer.text : typeof answer.parsed === 'string' ? answer.parsed : (JSON.stringify(answer.parsed) ?? '');
  const excerpt = redact(text, secrets()).slice(0, BODY_EXCERPT_LIMIT);
  if (!ok) {
    const detail = isRecord(body) && typeof body.detail === 'string' ? redact(body.detail, secrets()) : undefined;
    throw new AuthingHttpError(status, excerpt, { retryAfterMs: retryAfterMs(response.headers.get('retry-after')), detail });
  }
  throw new AuthingInvalidResponseError(status, excerpt, `the body is not ${form === 'graphql' ? 'a GraphQL answer' : form === 'bare' ? 'the answer' : 'the { code, message, data } envelope'} of the expected shape`);
}

/** The JSON value of `text`, or the text itself when it is not JSON (reported with an excerpt). */
function parseOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
