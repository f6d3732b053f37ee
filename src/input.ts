/** Checks of what callers pass in: each failure is an `AuthingInputError` naming the field, thrown before anything is sent. */
import { isRecord } from './envelope.js';
import { AuthingInputError } from './errors.js';
import { SECRET_FIELD } from './redaction.js';

/** Throws an `AuthingInputError` for `field`. */
export function inputError(field: string, message: string): never {
  throw new AuthingInputError(field, message);
}

/**
 * What a value is, for a message: a string quoted (its first 40 characters), a number, boolean or null as
 * written, anything else by its kind. A secret (a password, code or token) only by its kind.
 */
export const describeValue = (value: unknown, secret?: boolean): string =>
  value === '' ? 'an empty string'
  : value == null || (!secret && /^[nb]/.test(typeof value)) ? String(value)
  : !secret && typeof value === 'string' ? JSON.stringify(value.slice(0, 40))
  : Array.isArray(value) ? 'an array'
  : `a ${typeof value}`;

/** Throws an `AuthingInputError` unless `value` is a non-empty string; `field` is the caller's name for it. */
export function requireText(name: string, field: string, value: unknown): void {
  if (typeof value !== 'string' || !value) inputError(field, `${name}: ${field} is required: a non-empty string, got ${describeValue(value, SECRET_FIELD.test(field))}`);
}

/** `params`, checked to be an object: every POST method takes one. */
export function paramsOf(name: string, params: unknown): Record<string, unknown> {
  if (!isRecord(params)) inputError('params', `${name} needs an object of parameters, got ${describeValue(params)}`);
  return params;
}

/** A per-attempt limit in milliseconds, for the client and for one call: positive, and within what `setTimeout` accepts. */
export const isTimeout = (ms: unknown) => (ms as number) > 0 && (ms as number) < 2 ** 31;

/** An absolute http(s) URL. */
export const isHttpUrl = (text: unknown) => {
  try {
    return typeof text === 'string' && /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
};
