/**
 * One call's trip over the wire: each attempt with a deadline of its own (body included), retries with
 * backoff for idempotent operations, the caller's abort signal, and every failure a typed error.
 */
import { Deadlines, type Deadline } from './deadlines.js';
import { AuthingAbortError, AuthingError, AuthingNetworkError, AuthingTimeoutError } from './errors.js';
import { redact, scrubCause } from './redaction.js';

/** Backoff before retry n (0-based) is BASE × 2^n, capped, minus up to 25% jitter. */
const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 8_000;
/** A `Retry-After` longer than this is not waited for: the answer is returned as it is. */
const RETRY_AFTER_LIMIT_MS = 60_000;

/**
 * Whether an answer of an idempotent call is worth another attempt, by its status. Business errors come
 * with HTTP 200, so they are never retried; neither is any status not named here.
 */
export function shouldRetry(status: number): boolean {
  switch (status) {
    // The server gave up waiting for the request.
    case 408:
    // Rate limited: the answer's Retry-After, if any, says when to come back.
    case 429:
    // The service, or a proxy in front of it, is unavailable for now.
    case 502:
    case 503:
    case 504:
      return true;
    default:
      return false;
  }
}

/** Milliseconds a `Retry-After` header asks for (seconds or an HTTP date), or undefined when absent or malformed. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header?.trim()) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds < 0 ? undefined : seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const backoffMs = (retry: number) => Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** retry) * (1 - Math.random() / 4);

/** Settings of one call. */
export interface CallPolicy {
  timeoutMs: number;
  /** Whether a failed attempt may be sent again (up to the transport's `maxRetries`). */
  idempotent: boolean;
  signal?: AbortSignal | undefined;
  /** What no error may repeat: the request's passwords, codes and token. */
  secrets: () => string[];
}

/** Settings of a client's transport. */
export interface TransportSettings {
  fetch: typeof fetch;
  /** Further attempts allowed after the first, for idempotent calls. */
  maxRetries: number;
}

/**
 * Where a request went and why it got no answer, for a network error's message: the method, the URL
 * without its query, and the platform's reason (Node: `connect ECONNREFUSED 127.0.0.1:4010`, the fetch
 * error's cause; browsers say only `Failed to fetch`, whatever the cause). Secrets are taken out.
 */
function networkDetail(request: Request, error: unknown, secrets: string[]): string {
  const failure = error as { message?: unknown; cause?: { message?: unknown; code?: unknown } } | undefined;
  // Node's cause says why; when it tried several addresses (localhost: ::1, then 127.0.0.1) only its code does.
  const reason = String(failure?.cause?.message || failure?.cause?.code || failure?.message || '').split('\n')[0]!.slice(0, 200);
  return redact(`${request.method} ${request.url.split('?')[0]}${reason ? `: ${reason}` : ''}`, secrets);
}

/**
 * One attempt of a call: sent with the abort signal of its deadline (shared with back-to-back attempts, or
 * its own when the caller may abort it), which the caller's signal aborts too. Its deadline stays watched
 * until the answer's body has been read, then released.
 */
class Attempt {
  readonly #deadlines: Deadlines;
  readonly #deadline: Deadline;
  readonly #callerSignal: AbortSignal | undefined;

  constructor(deadlines: Deadlines, timeoutMs: number, callerSignal: AbortSignal | undefined) {
    this.#deadlines = deadlines;
    this.#callerSignal = callerSignal;
    this.#deadline = deadlines.join(timeoutMs, !!callerSignal);
    callerSignal?.addEventListener('abort', this.#onCallerAbort);
  }

  readonly #onCallerAbort = () => this.#deadline.controller.abort(this.#callerSignal!.reason);

  /** Sends `request` with this attempt's signal. A fetch that resolves to nothing is a network failure too. */
  async send(fetch: typeof globalThis.fetch, request: Request): Promise<Response> {
    const response = await fetch(request, { signal: this.#deadline.controller.signal });
    // The attempt's failure() makes it the network error it is.
    if (!response) throw new TypeError('the fetch gave no response');
    return response;
  }

  /** Stops watching the deadline and the caller's signal. */
  release(): void {
    this.#deadlines.leave(this.#deadline);
    this.#callerSignal?.removeEventListener('abort', this.#onCallerAbort);
  }

  /** The typed error `error` amounts to: the caller's abort, this attempt's deadline, or the network. */
  failure(error: unknown, request: Request, policy: CallPolicy): AuthingError {
    if (error instanceof AuthingError) return error;
    if (this.#callerSignal?.aborted) return new AuthingAbortError(this.#callerSignal.reason);
    if (this.#deadline.controller.signal.aborted) return new AuthingTimeoutError(policy.timeoutMs);
    return new AuthingNetworkError(error, networkDetail(request, error, policy.secrets()));
  }
}

/** Waits `ms`, or rejects with AuthingAbortError as soon as the caller aborts. */
const sleep = (ms: number, signal: AbortSignal | undefined) =>
  new Promise<void>((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AuthingAbortError(signal!.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort);
  });

/**
 * One call's attempts under its policy: {@link fetch} is openapi-fetch's `fetch` for that call. The answer
 * comes back unread, its deadline watched until the call {@link release}s it, so that whoever reads the
 * body (openapi-fetch, a middleware) reads it within the deadline.
 */
export class Exchange {
  readonly #settings: TransportSettings;
  readonly #deadlines: Deadlines;
  readonly #policy: CallPolicy;
  /** The attempt whose answer is being read. */
  #pending: { attempt: Attempt; request: Request; response: Response } | undefined;

  constructor(settings: TransportSettings, deadlines: Deadlines, policy: CallPolicy) {
    this.#settings = settings;
    this.#deadlines = deadlines;
    this.#policy = policy;
  }

  /** Sends `request`, with retries; anything it throws is a typed error that repeats none of the policy's secrets. */
  readonly fetch = async (request: Request): Promise<Response> => {
    const { signal } = this.#policy;
    const maxRetries = this.#policy.idempotent ? this.#settings.maxRetries : 0;
    // Only a request that may be sent again needs a spare copy of its body.
    const spare = maxRetries && request.body ? request.clone() : undefined;
    for (let retry = 0; ; retry++) {
      if (signal?.aborted) throw new AuthingAbortError(signal.reason);
      const mayRetry = retry < maxRetries;
      const attempt = new Attempt(this.#deadlines, this.#policy.timeoutMs, signal);
      let delay = backoffMs(retry);
      try {
        const response = await attempt.send(this.#settings.fetch, retry === 0 || !spare ? request : spare.clone());
        const asked = retryAfterMs(response.headers.get('retry-after'));
        // A Retry-After of more than a minute is not waited for: the answer is the error.
        if (!mayRetry || !shouldRetry(response.status) || (asked ?? 0) > RETRY_AFTER_LIMIT_MS) {
          this.#pending = { attempt, request, response };
          return response;
        }
        if (asked !== undefined) delay = Math.max(delay, asked);
        // An answer not read: its connection is released.
        response.body?.cancel().catch(() => {});
        attempt.release();
      } catch (error) {
        attempt.release();
        const failure = this.#failure(attempt, error, request);
        // Timeouts and network failures are retried; an abort, or anything the SDK raised itself, is not.
        if (!mayRetry || !(failure instanceof AuthingTimeoutError || failure instanceof AuthingNetworkError)) throw failure;
      }
      await sleep(delay, signal);
    }
  };

  /**
   * The typed error of a failure while the answer's body was read (its deadline passed, the caller aborted,
   * the connection broke off), or undefined when the body was not being read: then a middleware threw.
   */
  readFailure(error: unknown): AuthingError | undefined {
    const pending = this.#pending;
    return pending?.response.bodyUsed ? this.#failure(pending.attempt, error, pending.request) : undefined;
  }

  /** The body of the answer {@link fetch} returned, read here, within the deadline (raw calls, whose callers may read it later). */
  read(response: Response): Promise<string> {
    return response.text().then(
      (text) => (this.release(), text),
      (error: unknown) => {
        const failure = this.readFailure(error) ?? error;
        this.release();
        throw failure;
      },
    );
  }

  /** Stops watching the deadline: the answer has been read, or will not be. */
  release(): void {
    this.#pending?.attempt.release();
    this.#pending = undefined;
  }

  #failure(attempt: Attempt, error: unknown, request: Request): AuthingError {
    return scrubCause(attempt.failure(error, request, this.#policy), this.#policy.secrets());
  }
}
