/**
 * Where a client keeps its user's token. Each client owns its store: nothing is shared between
 * clients, so one client per request on a server never leaks a token between users.
 */

/**
 * A value, or a promise of it: stores may be synchronous (memory, localStorage) or not (cookies, KV).
 * @category Token storage
 */
export type MaybePromise<T> = T | Promise<T>;

/**
 * Keeps one token. Implement it to store tokens in cookies, a session, secure storage, ...
 * @category Token storage
 */
export interface TokenStore {
  /** The stored token, or null/undefined when there is none. */
  get(): MaybePromise<string | null | undefined>;
  /** Stores `token`, replacing any other. */
  set(token: string): MaybePromise<void>;
  /** Forgets the token. */
  remove(): MaybePromise<void>;
}

/**
 * A store in the client's memory; the default. The token is lost when the client is.
 * @category Token storage
 */
export function memoryStore(): TokenStore {
  let token: string | undefined;
  return {
    get: () => token,
    set: (value) => {
      token = value;
    },
    remove: () => {
      token = undefined;
    },
  };
}

/**
 * A store in the browser's `localStorage`, under `key`, so the user stays signed in across reloads.
 * `localStorage` is looked up on each use, not at creation, so creating it is safe on a server.
 * @category Token storage
 */
export function localStorageStore(key = 'authing.token', storage?: Storage): TokenStore {
  const target = () => storage ?? globalThis.localStorage;
  return {
    get: () => target().getItem(key),
    set: (value) => target().setItem(key, value),
    remove: () => target().removeItem(key),
  };
}
