/**
 * The SDK's errors for the code it loads in chunks of their own (password encryption, user-defined data,
 * session renewal): those chunks hold no copy of the error classes, so that `instanceof` holds, and build
 * and read errors through these functions of the main entry instead.
 */
import { AuthingInputError, AuthingInvalidResponseError, AuthingSessionError } from './errors.js';
import { isAuthingApiError, isAuthingHttpError } from './guards.js';
import { requireText } from './input.js';
import { SESSION_ENDING_CODES } from './session.js';

/** How a chunk throws and reads the SDK's errors. */
export interface ChunkErrors {
  /** Throws an AuthingInputError naming `field`. */
  input(field: string, message: string): never;
  /** Throws an AuthingInputError naming `field` unless `value` is a non-empty string; `name` is the method's. */
  requireText(name: string, field: string, value: unknown): void;
  /** Throws an AuthingInvalidResponseError of a 200 answer. */
  invalidResponse(message: string): never;
  /** Throws an AuthingSessionError. */
  session(message: string): never;
  /** The service's code when `error` refuses the session's token for good (2206, 2207, 2020); else undefined. */
  refusalOf(error: unknown): number | undefined;
  /** How long `error`'s answer asked to wait (`Retry-After`), in milliseconds; 0 when it did not. */
  retryAfterOf(error: unknown): number;
}

export const chunkErrors: ChunkErrors = {
  input(field, message) {
    throw new AuthingInputError(field, message);
  },
  requireText,
  invalidResponse(message) {
    throw new AuthingInvalidResponseError(200, '', message);
  },
  session(message) {
    throw new AuthingSessionError(message);
  },
  refusalOf: (error) => (isAuthingApiError(error) && SESSION_ENDING_CODES.includes(error.code) ? error.code : undefined),
  retryAfterOf: (error) => (isAuthingHttpError(error) && error.retryAfterMs) || 0,
};
