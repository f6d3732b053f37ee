/** Turns an answer into the envelope's `data`, or into the typed error it amounts to. */
import type { DataShape } from '../generated/routes.js';
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
 * The `data` of a success envelope whose shape fits `shape`; else throws AuthingApiError (a business
 * error), AuthingHttpError (non-2xx outside the envelope) or AuthingInvalidResponseError.
 * `text` is the answer's body.
 */
export function readEnvelope(text: string, response: Response, shape: DataShape, secrets: () => string[]): unknown {
  const { status, ok } = response;
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: reported below with an excerpt of the text.
  }
  // listUdv answers a bare array on success.
  if (shape === 'list' && ok && Array.isArray(body)) return body;
  if (isRecord(body) && typeof body.code === 'number' && !(body.code === 200 && !ok)) {
    if (body.code !== 200) {
      throw new AuthingApiError(body.code, redact(String(body.message ?? ''), secrets()), body.data ?? null, status, violations(response));
    }
    const result = body.data ?? null;
    const fits =
      shape === 'list' ? Array.isArray(result) : shape === 'object-or-null' ? result === null || isRecord(result) : isRecord(result) && shape.every((field) => field in result);
    if (fits) return result;
  }
  const excerpt = redact(text, secrets()).slice(0, BODY_EXCERPT_LIMIT);
  if (!ok) throw new AuthingHttpError(status, excerpt);
  throw new AuthingInvalidResponseError(status, excerpt, 'not the expected envelope');
}
