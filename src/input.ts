/** Checks of what callers pass in: each failure is an `AuthingInputError` naming the field, thrown before anything is sent. */
import { isRecord } from './envelope.js';
import { AuthingInputError } from './errors.js';

/** Throws an `AuthingInputError` for `field`. */
export function inputError(field: string, message: string): never {
  throw new AuthingInputError(field, message);
}

/** Throws an `AuthingInputError` unless `value` is a non-empty string; `field` is the caller's name for it. */
export function requireText(name: string, field: string, value: unknown): void {
  if (typeof value !== 'string' || !value) inputError(field, `${name}: ${field} is required and must be a non-empty string, got ${value === '' ? 'an empty string' : typeof value}`);
}

/** `params`, checked to be an object: every POST method takes one. */
export function paramsOf(name: string, params: unknown): Record<string, unknown> {
  if (!isRecord(params)) inputError('params', `${name} needs an object of parameters`);
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
