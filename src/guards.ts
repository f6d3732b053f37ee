/**
 * Type guards for the SDK's errors. They test a brand stored under a global symbol rather than
 * `instanceof`, so they hold across two copies of the package (duplicated installs, bundles,
 * realms), and they import no class, so importing only a guard costs a few bytes.
 */
import type {
  AuthingAbortError,
  AuthingApiError,
  AuthingError,
  AuthingHttpError,
  AuthingInputError,
  AuthingInvalidResponseError,
  AuthingMiddlewareError,
  AuthingNetworkError,
  AuthingSessionError,
  AuthingTimeoutError,
} from './errors.js';
import { ERROR_BRAND, type AuthingErrorKind } from './brand.js';

const kindOf = (value: unknown): AuthingErrorKind | undefined =>
  typeof value === 'object' && value !== null ? (value as { [ERROR_BRAND]?: AuthingErrorKind })[ERROR_BRAND] : undefined;

const guard =
  <T>(kind: AuthingErrorKind) =>
  (value: unknown): value is T =>
    kindOf(value) === kind;

/**
 * True for any error thrown by this SDK.
 * @category Errors
 */
export const isAuthingError = (value: unknown): value is AuthingError => kindOf(value) !== undefined;
/**
 * True when the service answered with a business error (`code` other than 200).
 * @category Errors
 */
export const isAuthingApiError = guard<AuthingApiError>('api');
/**
 * True when the answer was a non-2xx HTTP response outside the envelope.
 * @category Errors
 */
export const isAuthingHttpError = guard<AuthingHttpError>('http');
/**
 * True when the request could not reach the service or the connection broke.
 * @category Errors
 */
export const isAuthingNetworkError = guard<AuthingNetworkError>('network');
/**
 * True when an attempt took longer than `timeoutMs`.
 * @category Errors
 */
export const isAuthingTimeoutError = guard<AuthingTimeoutError>('timeout');
/**
 * True when the caller aborted the call through its `signal`.
 * @category Errors
 */
export const isAuthingAbortError = guard<AuthingAbortError>('abort');
/**
 * True when the call needs a signed-in user and there is none.
 * @category Errors
 */
export const isAuthingSessionError = guard<AuthingSessionError>('session');
/**
 * True when a 2xx answer was not JSON or not the envelope.
 * @category Errors
 */
export const isAuthingInvalidResponseError = guard<AuthingInvalidResponseError>('invalid-response');
/**
 * True when the SDK refused the caller's input or options before sending anything.
 * @category Errors
 */
export const isAuthingInputError = guard<AuthingInputError>('input');
/**
 * True when a middleware of the typed client threw.
 * @category Errors
 */
export const isAuthingMiddlewareError = guard<AuthingMiddlewareError>('middleware');
