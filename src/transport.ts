/**
 * One call's trip over the wire: a timeout per attempt, retries with backoff for idempotent
 * operations, the caller's abort signal, and the mapping of failures to typed errors.
 *
 * The attempt's deadline stays watched until the body has been read (or released), so a body that
 * stalls half-way times out too.
 */
import { Deadlines, type Deadline } from './deadlines.js';
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

/** Milliseconds a `Retry-After` header asks for (seconds or an HTTP date), or undefined when absent or malformed. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header?.trim()) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return seconds < 0 ? undefined : seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const backoffMs = (retry: number) => Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** retry) * (1 - Math.random() / 4);

/** One call's way to the wire: openapi-fetch's `fetch` for that call, under the call's policy. */
export interface Exchange {
  /**
   * Sends `request`, with retries. The answer's own `text()` reads its body within the last attempt's
   * deadline (every failure a typed error), then stops watching it, whoever calls it: openapi-fetch reads
   * it once, no copy made. Anything thrown is a typed error that repeats none of the policy's secrets.
   */
  fetch(request: Request): Promise<Response>;
  /** Stops watching the deadline, for an answer whose body is not read. */
  release(): void;
}

/** A client's way to the wire: its `fetch`, its retry allowance, and one timer for its attempts' deadlines. */
export class Transport {
  readonly #settings: TransportSettings;
  readonly #deadlines = new Deadlines();

  constructor(settings: TransportSettings) {
    this.#settings = settings;
  }

  /** The way to the wire of one call under `policy`. */
  exchange(policy: CallPolicy): Exchange {
    const { timeoutMs, signal } = policy;
    const maxRetries = policy.idempotent ? this.#settings.maxRetries : 0;
    let deadline: Deadline | undefined;
    const onCallerAbort = () => deadline?.controller.abort(signal!.reason);
    const unwatch = () => {
      if (deadline) this.#deadlines.leave(deadline);
      deadline = undefined;
      signal?.removeEventListener('abort', onCallerAbort);
    };
    /** Throws the typed error `error` amounts to, once the attempt is no longer watched. */
    const fail: (error: unknown) => never = (error) => {
      const failure = scrubCause(
        error instanceof AuthingError
          ? error
          : signal?.aborted
            ? new AuthingAbortError(signal.reason)
            : deadline?.controller.signal.aborted
              ? new AuthingTimeoutError(timeoutMs)
              : new AuthingNetworkError(error),
        policy.secrets(),
      );
      unwatch();
      throw failure;
    };
    /** The answer's own `text()`, which {@link readWithinDeadline} calls. */
    let readBody: () => Promise<string>;
    /**
     * Installed as the answer's `text()`. Made once per call here, not inside the async `send`: made there,
     * it kept V8 from collecting each call's objects young until the optimizing compiler took over (on
     * Node 24, 8% of what the first 8,000 calls allocated survived the young generation's collections,
     * against the bare call's 4%), and those calls took 5-7% longer.
     */
    const readWithinDeadline = () => readBody().then((text) => (unwatch(), text), fail);
    const send = async (request: Request): Promise<Response> => {
      // Only a request that may be sent again needs a spare copy of its body.
      const spare = maxRetries && request.body ? request.clone() : undefined;
      let response: Response | undefined;
      try {
        for (let retry = 0; ; retry++) {
          if (signal?.aborted) throw new AuthingAbortError(signal.reason);
          // The caller aborts this attempt alone: it cannot share a signal with others.
          deadline = this.#deadlines.join(timeoutMs, !!signal);
          signal?.addEventListener('abort', onCallerAbort);
          response = undefined;
          let failure: unknown;
          try {
            response = await this.#settings.fetch(retry === 0 || !spare ? request : spare.clone(), { signal: deadline.controller.signal });
          } catch (error) {
            failure = error;
          }
          const mayRetry = retry < maxRetries && !signal?.aborted;
          if (response && !(mayRetry && RETRYABLE_STATUSES.has(response.status))) break;
          // A fetch that resolves to nothing is a network failure too.
          if (!mayRetry) throw failure ?? new AuthingNetworkError();
          let delay = backoffMs(retry);
          if (response) {
            const asked = retryAfterMs(response.headers.get('retry-after'));
            if (asked !== undefined && asked > RETRY_AFTER_LIMIT_MS) break;
            if (asked !== undefined) delay = Math.max(delay, asked);
            // An answer we will not read: release its connection.
            response.body?.cancel().catch(() => {});
          }
          unwatch();
          await sleep(delay, signal);
        }
      } catch (error) {
        fail(error);
      }
      // Whoever reads the body (openapi-fetch) reads it with the answer's own text(): within the deadline.
      readBody = response.text.bind(response);
      response.text = readWithinDeadline;
      return response;
    };
    return { fetch: send, release: unwatch };
  }
}
