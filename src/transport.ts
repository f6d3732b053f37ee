/**
 * One call's trip over the wire: a timeout per attempt, retries with backoff for idempotent
 * operations, the caller's abort signal, and the mapping of failures to typed errors.
 *
 * The attempt's deadline stays watched until the caller has read the body ({@link Call.done}), so a
 * body that stalls half-way times out too.
 */
import type { Deadline, Deadlines } from './deadlines.js';
import { AuthingAbortError, AuthingError, AuthingNetworkError, AuthingTimeoutError } from './errors.js';

/** Statuses worth another attempt of an idempotent operation. */
const RETRYABLE_STATUSES = new Set([408, 429, 502, 503, 504]);
/** Backoff before retry n (0-based) is BASE × 2^n, capped, minus up to 25% jitter. */
const BACKOFF_BASE_MS = 500;
const BACKOFF_CAP_MS = 8_000;
/** A `Retry-After` longer than this is not waited for: the answer is returned as it is. */
const RETRY_AFTER_LIMIT_MS = 60_000;

/** Settings of one call. */
export interface CallPolicy {
  timeoutMs: number;
  /** Further attempts allowed after the first; used only when `idempotent`. */
  maxRetries: number;
  idempotent: boolean;
  signal?: AbortSignal | undefined;
}

/** What the caller gets: a `fetch` for openapi-fetch, and the means to end the call. */
export interface Call {
  fetch: (request: Request) => Promise<Response>;
  /** Stops watching the current attempt's deadline and the caller's signal; call once the body was read. */
  done(): void;
  /** Maps anything thrown while the body was read to a typed error. */
  fail(error: unknown): AuthingError;
}

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
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** Milliseconds a `Retry-After` header asks for (seconds or an HTTP date), or undefined when absent or malformed. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds < 0 ? undefined : seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const backoffMs = (retry: number) => Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** retry) * (1 - Math.random() / 4);

/**
 * Starts a call through `baseFetch` under `policy`, its attempts' deadlines watched by `deadlines`.
 * Creating it does no I/O and starts no timer.
 */
export function startCall(baseFetch: typeof fetch, policy: CallPolicy, deadlines: Deadlines): Call {
  const { timeoutMs, signal } = policy;
  const maxRetries = policy.idempotent ? policy.maxRetries : 0;
  let deadline: Deadline | undefined;
  let controller: AbortController | undefined;
  let timedOut = false;
  const onCallerAbort = () => controller?.abort(signal!.reason);

  const done = () => {
    if (deadline) deadlines.remove(deadline);
    signal?.removeEventListener('abort', onCallerAbort);
  };

  const fail = (error: unknown): AuthingError => {
    done();
    if (error instanceof AuthingError) return error;
    if (signal?.aborted) return new AuthingAbortError(signal.reason);
    if (timedOut) return new AuthingTimeoutError(timeoutMs);
    return new AuthingNetworkError(error);
  };

  const attempt = (request: Request) => {
    controller = new AbortController();
    timedOut = false;
    const attemptController = controller;
    deadline = deadlines.add(timeoutMs, () => {
      timedOut = true;
      attemptController.abort();
    });
    signal?.addEventListener('abort', onCallerAbort, { once: true });
    return baseFetch(request, { signal: controller.signal });
  };

  const callFetch = async (request: Request): Promise<Response> => {
    // Only a request that may be sent again needs a spare copy of its body.
    const spare = maxRetries > 0 && request.body !== null ? request.clone() : undefined;
    for (let retry = 0; ; retry++) {
      if (signal?.aborted) throw new AuthingAbortError(signal.reason);
      let response: Response | undefined;
      let failure: AuthingError | undefined;
      try {
        response = await attempt(retry === 0 || !spare ? request : spare.clone());
      } catch (error) {
        failure = fail(error);
      }
      const mayRetry = retry < maxRetries && !(failure instanceof AuthingAbortError);
      if (response && !(mayRetry && RETRYABLE_STATUSES.has(response.status))) return response;
      if (!mayRetry) throw failure ?? new AuthingNetworkError(undefined);
      let delay = backoffMs(retry);
      if (response) {
        const asked = retryAfterMs(response.headers.get('retry-after'));
        if (asked !== undefined && asked > RETRY_AFTER_LIMIT_MS) return response;
        if (asked !== undefined) delay = Math.max(delay, asked);
        done();
        // An answer we will not read: release its connection.
        response.body?.cancel().catch(() => {});
      }
      await sleep(delay, signal);
    }
  };

  return { fetch: callFetch, done, fail };
}
