/**
 * A client's session: its token (in the token store), the user it last saw, and the listeners of
 * auth events. Every change bumps an epoch, so an answer to a call started before a sign-out or a
 * `setToken` cannot bring the old session back.
 */
import type { SessionEffect } from '../generated/routes.js';
import { AuthingInvalidResponseError } from './errors.js';
import type { User } from './models.js';
import type { TokenStore } from './token-store.js';

/**
 * What changed in the session.
 * @category Client
 */
export type AuthEvent = 'SIGNED_IN' | 'SIGNED_OUT' | 'TOKEN_REFRESHED' | 'USER_UPDATED';

/**
 * The session after an event.
 * @category Client
 */
export interface AuthState {
  /** The stored token, or null when signed out. */
  token: string | null;
  /** The user the client last received, or null when it has not seen one in this session. */
  user: User | null;
}

/**
 * Called after the session changed and the new state was stored. Errors it throws are contained.
 * @category Client
 */
export type AuthListener = (event: AuthEvent, state: AuthState) => unknown;

export class Session {
  readonly #store: TokenStore;
  #pendingToken: string | undefined;
  #user: User | null = null;
  #epoch = 0;
  readonly #listeners = new Set<AuthListener>();

  constructor(store: TokenStore, initialToken: string | undefined) {
    this.#store = store;
    // Written on first use, not now: constructing a client touches no storage.
    this.#pendingToken = initialToken || undefined;
  }

  /** Changes whenever the session is replaced or ended. */
  get epoch(): number {
    return this.#epoch;
  }

  get user(): User | null {
    return this.#user;
  }

  async token(): Promise<string | null> {
    if (this.#pendingToken !== undefined) {
      const token = this.#pendingToken;
      this.#pendingToken = undefined;
      await this.#store.set(token);
      return token;
    }
    return (await this.#store.get()) || null;
  }

  subscribe(listener: AuthListener): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  /**
   * What a successful answer's `data` does to the session (the route's `session`), unless the session
   * changed since `epoch`, when the call started: `set` signs in when it carries a token, `replace` stores
   * a refreshed token, `update-user` and `cache-user` remember the user (the first announces it), `clear`
   * signs out.
   */
  async apply(effect: SessionEffect, data: unknown, epoch: number): Promise<void> {
    const answer = data as (User & { token?: unknown }) | null;
    const token = typeof answer?.token === 'string' && answer.token ? answer.token : null;
    if (effect === 'replace' && !token) throw new AuthingInvalidResponseError(200, '', 'the refreshed token is missing');
    if (epoch !== this.#epoch || effect === 'keep' || (effect === 'set' && !token)) return;
    if (effect === 'clear') return this.reset(null);
    if (effect === 'set' || effect === 'replace') {
      this.#pendingToken = undefined;
      await this.#store.set(token!);
    }
    if (effect !== 'replace') this.#user = answer;
    if (effect !== 'cache-user') this.#emit(effect === 'set' ? 'SIGNED_IN' : effect === 'replace' ? 'TOKEN_REFRESHED' : 'USER_UPDATED', effect === 'update-user' ? await this.token() : token);
  }

  /** Starts a new session from a token given by the caller, or ends it when `token` is null. */
  async reset(token: string | null): Promise<void> {
    this.#epoch++;
    this.#pendingToken = undefined;
    this.#user = null;
    if (token) await this.#store.set(token);
    else await this.#store.remove();
    this.#emit(token ? 'SIGNED_IN' : 'SIGNED_OUT', token);
  }

  #emit(event: AuthEvent, token: string | null): void {
    const state: AuthState = { token, user: this.#user };
    for (const listener of [...this.#listeners]) {
      try {
        // A listener's promise is not awaited: a listener that calls back into the client cannot deadlock it.
        Promise.resolve(listener(event, state)).catch(reportListenerError);
      } catch (error) {
        reportListenerError(error);
      }
    }
  }
}

/** Reports without throwing: `reportError` where the platform has it (browsers, Deno), else nothing. */
function reportListenerError(error: unknown): void {
  (globalThis as { reportError?: (error: unknown) => void }).reportError?.(error);
}
