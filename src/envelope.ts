/** Turns an answer into the envelope's `data`, or into the typed error it amounts to. */
import type { Route } from '../generated/routes.js';
import { AuthingApiError, AuthingHttpError, AuthingInvalidResponseError, BODY_EXCERPT_LIMIT } from './errors.js';
import { redact } from './redaction.js';

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

/**
 * The result of a success answer whose shape fits the route's: the envelope's `data`, the answer itself
 * (`bare`: listUdv's array, checkLoginStatus's token status) or the field of a GraphQL answer's `data`.
 * Otherwise throws AuthingApiError (a business error: an error envelope, or a GraphQL error carrying
 * Authing's `{ code, message }`), AuthingHttpError (non-2xx outside the envelope) or
 * AuthingInvalidResponseError. `text` is the answer's body.
 */
export function readEnvelope(text: string, response: Response, route: Route, secrets: () => string[]): unknown {
  const [, , , , , , shape, answer] = route;
  const { status, ok } = response;
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: reported below with an excerpt of the text.
  }
  const fits = (result: unknown) =>
    shape === 'list' ? Array.isArray(result) : shape === 'object-or-null' ? result === null || isRecord(result) : isRecord(result) && shape.every((field) => field in result);
  const apiError = (code: number, message: unknown, data: unknown) =>
    new AuthingApiError(code, redact(String(message ?? ''), secrets()), data ?? null, status, violations(response));
  if (ok && answer === 'bare' && fits(body)) return body;
  // A GraphQL answer has no top-level `code`; the error envelope (a 401 at the door, say) has one.
  if (answer === 'graphql' && isRecord(body) && !('code' in body)) {
    const first: unknown = Array.isArray(body.errors) ? body.errors[0] : undefined;
    const error = isRecord(first) ? first.message : undefined;
    if (isRecord(error) && typeof error.code === 'number') throw apiError(error.code, error.message, null);
    const result = ok && !first && isRecord(body.data) ? Object.values(body.data)[0] : undefined;
    if (fits(result)) return result;
  } else if (isRecord(body) && typeof body.code === 'number' && !(body.code === 200 && !ok)) {
    if (body.code !== 200) throw apiError(body.code, body.message, body.data);
    const result = body.data ?? null;
    if (fits(result)) return result;
  }
  const excerpt = redact(text, secrets()).slice(0, BODY_EXCERPT_LIMIT);
  if (!ok) throw new AuthingHttpError(status, excerpt);
  throw new AuthingInvalidResponseError(status, excerpt, answer === 'graphql' ? 'not a GraphQL answer with the expected data' : `not the expected ${answer === 'bare' ? 'answer' : 'envelope'}`);
}
