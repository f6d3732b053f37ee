/**
 * Where a client keeps its user's token. Each client owns its store: nothing is shared between
 * clients, so one client per request on a server never leaks a token between users. The browser's
 * store, `localStorageStore`, is in the browser entry (`authing-rest-sdk/browser`).
 */

/**
 * A value, or a promise of it: stores may be synchronous (memory, localStorage) or not (cookies, KV).
 * @category Token storage
 */
export type MaybePromise<T> = T | Promise<T>;

/**
 * Keeps one token. Implement it to store tokens in cookies, a session, secure storage, ... The three
 * optional members make a session last better where the store can offer them: `watch` tells the client of
 * changes made elsewhere (another tab), and the clock skew lets a reloaded page judge a token's age by the
 * service's clock before it has heard from the service.
 * @category Token storage
 */
export interface TokenStore {
  /** The stored token, or null/undefined when there is none. */
  get(): MaybePromise<string | null | undefined>;
  /** Stores `token`, replacing any other. */
  set(token: string): MaybePromise<void>;
  /** Forgets the token. */
  remove(): MaybePromise<void>;
  /**
   * Calls `onChange` with the new token (null: removed), and the token it replaced when the store knows
   * it, when another tab or process changes it; returns the function that stops watching.
   */
  watch?(onChange: (token: string | null, replaced?: string | null) => void): () => void;
  /** The service's clock minus this device's, in milliseconds, as last stored. */
  getClockSkew?(): MaybePromise<number | null | undefined>;
  /** Stores the service's clock minus this device's, beside the token. */
  setClockSkew?(milliseconds: number): MaybePromise<void>;
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
