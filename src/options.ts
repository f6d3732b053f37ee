/** The options an {@link AuthenticationClient} is made with. */
import type { Lang } from './models.js';
import type { PasswordEncryption } from './password.js';
import type { TokenStore } from './token-store.js';

/**
 * Options of {@link AuthenticationClient}. Only `userPoolId` is required.
 * @category Client
 */
export interface AuthenticationClientOptions {
  /** Id of the user pool; sent as `x-authing-userpool-id` on every request. */
  userPoolId: string;
  /** Id of the application; sent as `x-authing-app-id`, and names the app to sign out of. */
  appId?: string;
  /** Base URL of the service. Default `https://core.authing.cn`. */
  host?: string;
  /** Language of the service's messages, sent as `x-authing-lang`: `zh-CN`, `zh-TW`, `en-US` or `ja-JP`. */
  lang?: Lang;
  /** A token to start signed in with. */
  token?: string;
  /** The pool's RSA public key (PEM); skips fetching it from `/api/v2/.well-known`. */
  publicKey?: string;
  /** How passwords are sent. Default `'rsa'`. */
  encryptPassword?: PasswordEncryption;
  /** Where the token is kept. Default: in this client's memory ({@link memoryStore}). */
  storage?: TokenStore;
  /** The `fetch` to send requests with: for tests, proxies and other runtimes. Default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Limit for each attempt of a call, in milliseconds, reading the answer's body included. Default 10 000. */
  timeoutMs?: number;
  /** Further attempts for idempotent operations after a network error, timeout or 408/429/502/503/504. Default 2. */
  maxRetries?: number;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /**
   * Refresh the token before a call that needs it, when it is in the last quarter of its life (judged by
   * the service's clock). Default true; `false` sends the token as it is until the service refuses it.
   * Either way an expired token is never sent, and a token the service refuses (2206, 2207, 2020) ends the session.
   */
  autoRefresh?: boolean;
}
