/**
 * One call's trip over the wire: a timeout per attempt, retries with backoff for idempotent
 * operations, the caller's abort signal, and the mapping of failures to typed errors.
 *
 * The attempt's deadline stays watched until the body has been read (or released), so a body that
 * stalls half-way times out too.
 */
import type { Deadline, Deadlines } from './deadlines.js';
import { AuthingAbortError, AuthingError, AuthingNetworkError, AuthingTimeoutError } from './errors.js';
import { scrubCause } from './redaction.js';

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
  /** What no error may repeat: the request's passwords, codes and token. */
  secrets: () => string[];
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

/** An answer whose body is still to be read, within its attempt's deadline. */
export interface Answer {
  response: Response;
  /** Reads the body as text within the deadline (every failure a typed error), then stops watching it. */
  text(): Promise<string>;
  /** Stops watching the deadline without reading the body here. */
  release(): void;
}

/**
 * Sends `request` through `baseFetch` under `policy`, its attempts' deadlines watched by `deadlines`.
 * The last attempt's deadline stays watched until the answer's body is read or released. Anything
 * thrown becomes a typed error that repeats none of the policy's secrets.
 */
export async function exchange(baseFetch: typeof fetch, policy: CallPolicy, deadlines: Deadlines, request: Request): Promise<Answer> {
  const { timeoutMs, signal } = policy;
  const maxRetries = policy.idempotent ? policy.maxRetries : 0;
  // Only a request that may be sent again needs a spare copy of its body.
  const spare = maxRetries > 0 && request.body !== null ? request.clone() : undefined;
  let controller: AbortController | undefined;
  let deadline: Deadline | undefined;
  let timedOut = false;
  const onCallerAbort = () => controller?.abort(signal!.reason);
  const unwatch = () => {
    if (deadline) deadlines.remove(deadline);
    signal?.removeEventListener('abort', onCallerAbort);
  };
  const typed = (error: unknown) =>
    scrubCause(
      error instanceof AuthingError
        ? error
        : signal?.aborted
          ? new AuthingAbortError(signal.reason)
          : timedOut
            ? new AuthingTimeoutError(timeoutMs)
            : new AuthingNetworkError(error),
      policy.secrets(),
    );
  const answer = (response: Response): Answer => ({
    response,
    async text() {
      try {
        return await response.text();
      } catch (error) {
        throw typed(error);
      } finally {
        unwatch();
      }
    },
    release: unwatch,
  });
  let answered = false;
  try {
    for (let retry = 0; ; retry++) {
      if (signal?.aborted) throw new AuthingAbortError(signal.reason);
      const attempt = (controller = new AbortController());
      timedOut = false;
      deadline = deadlines.add(timeoutMs, () => {
        timedOut = true;
        attempt.abort();
      });
      signal?.addEventListener('abort', onCallerAbort, { once: true });
      let response: Response | undefined;
      let failure: unknown;
      try {
        response = await baseFetch(retry === 0 || !spare ? request : spare.clone(), { signal: attempt.signal });
      } catch (error) {
        failure = error;
      }
      const mayRetry = retry < maxRetries && !signal?.aborted;
      if (response && !(mayRetry && RETRYABLE_STATUSES.has(response.status))) {
        answered = true;
        return answer(response);
      }
      // A fetch that resolves to nothing is a network failure too.
      if (!mayRetry) throw failure ?? new AuthingNetworkError(undefined);
      let delay = backoffMs(retry);
      if (response) {
        const asked = retryAfterMs(response.headers.get('retry-after'));
        if (asked !== undefined && asked > RETRY_AFTER_LIMIT_MS) {
          answered = true;
          return answer(response);
        }
        if (asked !== undefined) delay = Math.max(delay, asked);
        // An answer we will not read: release its connection.
        response.body?.cancel().catch(() => {});
      }
      unwatch();
      await sleep(delay, signal);
    }
  } catch (error) {
    throw typed(error);
  } finally {
    if (!answered) unwatch();
  }
}
