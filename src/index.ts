/**
 * A typed, tiny SDK for Authing's v2 user-authentication REST API.
 *
 * @packageDocumentation
 * @mergeModuleWith <project>
 */
export { AuthenticationClient } from './client.js';
export type { AuthenticationClientOptions } from './options.js';
export {
  AuthingError,
  AuthingApiError,
  AuthingHttpError,
  AuthingInvalidResponseError,
  AuthingNetworkError,
  AuthingTimeoutError,
  AuthingAbortError,
  AuthingSessionError,
  AuthingInputError,
  AuthingMiddlewareError,
  BODY_EXCERPT_LIMIT,
} from './errors.js';
export { ERROR_BRAND, type AuthingErrorKind } from './brand.js';
export { ErrorCodes, type ErrorCodeNames } from '../generated/error-codes.js';
export type { MockExamples } from '../generated/mock-examples.js';
export {
  isAuthingError,
  isAuthingApiError,
  isAuthingHttpError,
  isAuthingInvalidResponseError,
  isAuthingNetworkError,
  isAuthingTimeoutError,
  isAuthingAbortError,
  isAuthingSessionError,
  isAuthingInputError,
  isAuthingMiddlewareError,
} from './guards.js';
export { memoryStore, type TokenStore, type MaybePromise } from './token-store.js';
export type { AuthEvent, AuthListener, AuthState } from './session.js';
export type { PasswordEncryption } from './password.js';
export type { DecodedUdv, UdvInputValue, UdvValueTypes } from './udv.js';
export type * from './params.js';
export { SDK_NAME, SDK_VERSION } from './version.js';
export type { ApiClient } from './operation.js';
export type { Middleware, MiddlewareCallbackParams } from 'openapi-fetch';
export type { paths, components, operations } from '../generated/schema.js';
export type * from './models.js';
