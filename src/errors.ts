/**
 * The SDK's errors: one base class and a subclass per way a call can fail. Messages are the SDK's own
 * words or the service's message, never a request's password, verification code or token.
 */
import { ERROR_BRAND, type AuthingErrorKind } from './brand.js';
import type { ErrorCode } from './models.js';

/**
 * The longest excerpt of a response body an error keeps.
 * @category Errors
 */
export const BODY_EXCERPT_LIMIT = 512;

/**
 * Base class of every error this SDK throws. Test with {@link isAuthingError} across package copies.
 * @category Errors
 */
export class AuthingError extends Error {
  declare readonly [ERROR_BRAND]: AuthingErrorKind;
  /** What the error is about; each kind has its own subclass. */
  declare readonly kind: AuthingErrorKind;

  /** @internal */
  constructor(kind: AuthingErrorKind, name: string, message: string, fields?: object, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    // Plain strings, not `new.target.name`: minifiers rename classes.
    Object.defineProperty(this, 'name', { value: name, configurable: true, writable: true });
    Object.defineProperty(this, ERROR_BRAND, { value: kind });
    Object.assign(this, { kind }, fields);
  }
}

/**
 * The service answered with its envelope and a `code` other than 200: a business error such as a wrong
 * password (2333) or an expired code (2001). Usually HTTP 200; a mock's validation answers come as 400
 * or 401 with the same envelope.
 * @category Errors
 */
export class AuthingApiError extends AuthingError {
  /**
   * The envelope's `code`: one of {@link ErrorCode}, or a code this SDK does not know yet. Compare it by
   * name with {@link ErrorCodes}, whose page gives each code's meaning; each method's reference lists the
   * codes it answers with.
   */
  declare readonly code: ErrorCode | (number & {});
  /** The envelope's `data`, usually null. */
  declare readonly data: unknown;
  /** HTTP status of the answer. */
  declare readonly status: number;
  /** Request-validation messages a contract mock sent along (Prism's `sl-violations` header); empty otherwise. */
  declare readonly violations: readonly string[];

  /** @internal */
  constructor(code: number, message: string, data: unknown, status: number, violations: readonly string[]) {
    super('api', 'AuthingApiError', message || `Authing error ${code}`, { code, data, status, violations });
  }
}

/**
 * A non-2xx answer that is not the envelope, such as a proxy's HTML 502 page.
 * @category Errors
 */
export class AuthingHttpError extends AuthingError {
  /** HTTP status of the answer. */
  declare readonly status: number;
  /** The start of the response body, at most {@link BODY_EXCERPT_LIMIT} characters. */
  declare readonly body: string;
  /** How long the answer's `Retry-After` asks to wait, in milliseconds (a 429 or a 503's), when it has one. */
  declare readonly retryAfterMs: number | undefined;

  /**
   * @internal
   * `detail` is what a problem+json answer (RFC 9457: gateways, the contract mock) says went wrong.
   */
  constructor(status: number, body: string, { retryAfterMs, detail }: { retryAfterMs?: number | undefined; detail?: string | undefined } = {}) {
    super('http', 'AuthingHttpError', `HTTP ${status} without an Authing envelope${detail ? `: ${detail}` : ''}`, { status, body, retryAfterMs });
  }
}

/**
 * A 2xx answer whose body is not JSON, or is JSON but not the `{ code, message, data }` envelope of the expected shape.
 * @category Errors
 */
export class AuthingInvalidResponseError extends AuthingError {
  /** HTTP status of the answer. */
  declare readonly status: number;
  /** The start of the response body, at most {@link BODY_EXCERPT_LIMIT} characters. */
  declare readonly body: string;

  /** @internal */
  constructor(status: number, body: string, reason: string) {
    super('invalid-response', 'AuthingInvalidResponseError', `Invalid response (HTTP ${status}): ${reason}`, { status, body });
  }
}

/**
 * The request never got an answer: DNS, refused or reset connection, CORS, or a body cut off mid-way. The
 * message says where it went and why, as far as the platform tells (`connect ECONNREFUSED 127.0.0.1:4010`);
 * `cause` is the platform's error.
 * @category Errors
 */
export class AuthingNetworkError extends AuthingError {
  /** @internal */
  constructor(cause?: unknown, detail?: string) {
    super('network', 'AuthingNetworkError', `Network error: no complete answer${detail ? ` from ${detail}` : ''}`, undefined, cause);
  }
}

/**
 * An attempt took longer than `timeoutMs` (and no retry was left or allowed).
 * @category Errors
 */
export class AuthingTimeoutError extends AuthingError {
  /** The per-attempt limit that was exceeded, in milliseconds. */
  declare readonly timeoutMs: number;

  /** @internal */
  constructor(timeoutMs: number) {
    super('timeout', 'AuthingTimeoutError', `No complete answer within ${timeoutMs} ms`, { timeoutMs });
  }
}

/**
 * The caller aborted the call through the `signal` it passed.
 * @category Errors
 */
export class AuthingAbortError extends AuthingError {
  /** @internal */
  constructor(cause?: unknown) {
    super('abort', 'AuthingAbortError', 'The call was aborted', undefined, cause);
  }
}

/**
 * The call needs a signed-in user (or a user id) and the client has none; nothing was sent.
 * @category Errors
 */
export class AuthingSessionError extends AuthingError {
  /** @internal */
  constructor(message: string) {
    super('session', 'AuthingSessionError', message);
  }
}

/**
 * A middleware registered on the typed client (`client.api.use(...)`) threw, or returned something
 * openapi-fetch does not accept; `cause` is what it threw.
 * @category Errors
 */
export class AuthingMiddlewareError extends AuthingError {
  /** @internal */
  constructor(cause: unknown) {
    super('middleware', 'AuthingMiddlewareError', 'A middleware of the typed client failed', undefined, cause);
  }
}

/**
 * The SDK refused the caller's options or arguments before sending anything.
 * @category Errors
 */
export class AuthingInputError extends AuthingError {
  /** The option or parameter at fault. */
  declare readonly field: string;

  /** @internal */
  constructor(field: string, message: string) {
    super('input', 'AuthingInputError', message, { field });
  }
}
