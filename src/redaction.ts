/**
 * Keeps the request's secrets (passwords as typed and as sent, verification codes, the token) out of
 * everything an error shows: messages, body excerpts and causes.
 */
import type { AuthingError } from './errors.js';

/** Body fields whose values must never appear in an error: passwords, verification codes, tokens. */
export const SECRET_FIELD = /assword|^code$|[a-z]Code$|^token$/;

/** The secret values of the request bodies (as the caller gave them and as sent) and its token. */
export function secretsOf(bodies: Array<Record<string, unknown> | undefined>, token: string | null): string[] {
  return bodies
    .flatMap((fields) => Object.entries(fields ?? {}))
    .filter(([field, value]) => SECRET_FIELD.test(field) && typeof value === 'string')
    .map(([, value]) => value as string)
    .concat(token ?? []);
}

/** Replaces every secret in `text`. */
export function redact(text: string, secrets: string[]): string {
  for (const secret of secrets) if (secret.length >= 3) text = text.split(secret).join('[REDACTED]');
  return text;
}

/**
 * Replaces an error's cause when anything in its cause chain repeats a secret: a custom fetch or a
 * proxy may quote the request in the errors it throws.
 */
export function scrubCause(error: AuthingError, secrets: string[]): AuthingError {
  let text = '';
  for (let cause = error.cause as { message?: unknown; stack?: unknown; cause?: unknown } | undefined, depth = 0; cause != null && depth < 8; depth++) {
    text += `${String(cause.message ?? cause)}\n${String(cause.stack ?? '')}\n`;
    cause = typeof cause === 'object' ? (cause.cause as typeof cause) : undefined;
  }
  if (redact(text, secrets) !== text) {
    const cause = error.cause as { message?: unknown };
    Object.defineProperty(error, 'cause', { value: new Error(redact(String(cause?.message ?? cause), secrets)), configurable: true, writable: true });
  }
  return error;
}
