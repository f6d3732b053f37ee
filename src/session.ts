/**
 * A client's session: its token (in the token store), the user it last saw, and the listeners of
 * auth events. Every change bumps an epoch, so an answer to a call started before a sign-out or a
 * `setToken` cannot bring the old session back.
 */
import type { SessionEffect } from '../generated/routes.js';
import { AuthingInvalidResponseError } from './errors.js';
import type { User } from './models.js';
import type { MaybePromise, TokenStore } from './token-store.js';

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

  /**
   * The token, as soon as the store gives it: synchronously from a synchronous store (memory,
   * localStorage), so a call made with one waits for nothing before it is sent.
   */
  token(): MaybePromise<string | null> {
    const pending = this.#pendingToken;
    if (pending !== undefined) {
      this.#pendingToken = undefined;
      const storing = this.#store.set(pending);
      return storing ? storing.then(() => pending) : pending;
    }
    const stored = this.#store.get();
    // A token is a string: anything else the store answers with is its promise (of whichever library).
    return typeof stored === 'object' && stored ? stored.then((token) => token || null) : stored || null;
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
  apply(effect: SessionEffect, data: unknown, epoch: number): MaybePromise<void> {
    const answer = data as (User & { token?: unknown }) | null;
    const token = typeof answer?.token === 'string' && answer.token ? answer.token : null;
    if (effect === 'replace' && !token) throw new AuthingInvalidResponseError(200, '', 'the refreshed token is missing');
    if (epoch !== this.#epoch || effect === 'keep' || (effect === 'set' && !token)) return;
    if (effect === 'clear') return this.reset(null);
    // Remembering the user stores nothing: done at once, as every getCurrentUser does it.
    if (effect === 'cache-user') this.#user = answer;
    else return this.#change(effect, answer, token);
  }

  /** Stores a new or refreshed token, or remembers an updated user, then announces it. */
  async #change(effect: 'set' | 'replace' | 'update-user', answer: User | null, token: string | null): Promise<void> {
    if (effect !== 'update-user') {
      this.#pendingToken = undefined;
      await this.#store.set(token!);
    }
    if (effect !== 'replace') this.#user = answer;
    this.#emit(effect === 'set' ? 'SIGNED_IN' : effect === 'replace' ? 'TOKEN_REFRESHED' : 'USER_UPDATED', effect === 'update-user' ? await this.token() : token);
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

