/**
 * The last requests of the API, newest first, for "why was my request refused?": method, path, operation,
 * status, the service's code and message, the violations that made it a 2231, how long it took, and the
 * body with its secrets shown only as their kind. In memory only, and bounded.
 */
import { MAX_DEPTH } from './limits.js';

/** One request of the API, as the log keeps it. */
export interface RequestLogEntry {
  /** When it arrived, by the emulator's clock (ISO 8601). */
  at: string;
  method: string;
  path: string;
  /** The operation it reached, or null for a path or method the API lacks. */
  operationId: string | null;
  status: number;
  /** The service's code (200 for a success) and its message. */
  code: number;
  message: string;
  /** Why the request's body was refused (`sl-violations`), as `location: message` lines. */
  violations: string[];
  durationMs: number;
  /** The JSON body sent, passwords, codes and tokens replaced by their kind (`[password]`); null without one. */
  body: unknown;
  /** Whether the request carried a token (it is never shown). */
  withToken: boolean;
}

/** How many requests the log keeps: enough for a session of clicking, bounded whatever the load. */
export const REQUEST_LOG_SIZE = 200;

/** What a secret field is shown as, by its name. */
function secretKind(field: string): string | undefined {
  if (/password/i.test(field)) return '[password]';
  if (/^token$|accessToken|refreshToken/i.test(field)) return '[token]';
  if (/^code$|Code$/.test(field)) return '[code]';
  return undefined;
}

/** `value` with every secret field's value replaced by its kind; what nests deeper than {@link MAX_DEPTH} is cut. */
export function maskSecrets(value: unknown, depth = 0): unknown {
  if (!value || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) return `(nested deeper than ${MAX_DEPTH} levels)`;
  if (Array.isArray(value)) return value.map((item) => maskSecrets(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([field, inner]) => [field, inner !== null && inner !== undefined ? (secretKind(field) ?? maskSecrets(inner, depth + 1)) : inner]));
}

/** The longest body the log shows; a longer one is shown by its length, so that 200 entries stay small whatever is sent. */
export const SHOWN_BODY_LIMIT = 64 * 1024;

/**
 * A body's text as the log shows it: its JSON with the secrets masked (what nests deeper than the emulator
 * takes is cut); null when empty. Text that is not JSON, or too long, is shown by its length only: masking
 * needs the JSON, and unmasked text may hold a password.
 */
export function shownBody(text: string): unknown {
  if (!text) return null;
  if (text.length > SHOWN_BODY_LIMIT) return `(${text.length} characters: longer than the log shows)`;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return `(not JSON, ${text.length} characters: not shown, as it may hold a password)`;
  }
  return maskSecrets(value);
}

/** The log: a ring of the last {@link REQUEST_LOG_SIZE} entries. */
export class RequestLog {
  readonly #entries: RequestLogEntry[] = [];

  record(entry: RequestLogEntry): void {
    this.#entries.unshift(entry);
    if (this.#entries.length > REQUEST_LOG_SIZE) this.#entries.length = REQUEST_LOG_SIZE;
  }

  /** The newest `limit` entries, newest first. */
  recent(limit = REQUEST_LOG_SIZE): RequestLogEntry[] {
    return this.#entries.slice(0, Math.max(0, limit));
  }

  clear(): void {
    this.#entries.length = 0;
  }
}
