/**
 * A client's session: its token (in the token store), the user it last saw, the service's clock as seen
 * from this device, and the listeners of auth events. Every change bumps an epoch, so an answer to a call
 * started before a sign-out or a `setToken` cannot bring the old session back.
 */
import type { SessionEffect } from '../generated/routes.js';
import { AuthingInvalidResponseError } from './errors.js';
import type { User } from './models.js';
import { ageAt, claimsOf, lifeOf, type TokenAge, type TokenLife } from './token-life.js';
import type { MaybePromise, TokenStore } from './token-store.js';

/**
 * What changed in the session. `INITIAL_SESSION` comes once, when {@link AuthenticationClient.initialSession}
 * has read and checked the stored session; the others as they happen, here or (with `localStorageStore()`)
 * in another tab of the same origin.
 * @category Client
 */
export type AuthEvent = 'INITIAL_SESSION' | 'SIGNED_IN' | 'SIGNED_OUT' | 'TOKEN_REFRESHED' | 'USER_UPDATED';

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

/** The service's codes that end a session: the token expired (2206), is not valid (2207) or not known (2020). */
export const SESSION_ENDING_CODES = [2206, 2207, 2020];

export class Session {
  readonly #store: TokenStore;
  #pendingToken: string | undefined;
  #user: User | null = null;
  #epoch = 0;
  readonly #listeners = new Set<AuthListener>();
  /** The service's clock minus this device's, in milliseconds, learnt from the tokens the service issues. */
  #clockSkew = 0;
  /** Whether the skew was learnt here (a recalled one is older); the store's remembered skew, once read. */
  #clockLearnt = false;
  #recall: Promise<void> | undefined | false = false;
  /**
   * The last token this client saw (used, issued to it, or stored by another tab) and its life: one read
   * per token, not per call.
   */
  #known: { token: string; life: TokenLife | undefined } | undefined;
  /** Stops watching the store for changes made elsewhere (another tab), while anyone listens. */
  #unwatch: (() => void) | undefined;

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

  /** The age of `token` now, by the service's clock; undefined for a token whose claims give none. */
  ageOf(token: string): TokenAge | undefined {
    if (this.#known?.token !== token) this.#known = { token, life: lifeOf(token) };
    const { life } = this.#known;
    return life && ageAt(life, Date.now() + this.#clockSkew);
  }

  /**
   * Learns the service's clock from a token it has just issued: its `iat` is the service's time now, within
   * the request's latency and the claim's second. A device clock an hour off then changes nothing.
   */
  #learnClock(token: string): void {
    const life = lifeOf(token);
    this.#known = { token, life };
    if (life) {
      this.#clockSkew = life.issuedAt - Date.now();
      this.#clockLearnt = true;
    }
  }

  subscribe(listener: AuthListener): () => void {
    this.#listeners.add(listener);
    this.#unwatch ??= this.#store.watch?.((token, replaced) => this.#changedElsewhere(token, replaced));
    return () => {
      this.#listeners.delete(listener);
      if (!this.#listeners.size) {
        this.#unwatch?.();
        this.#unwatch = undefined;
      }
    };
  }

  /**
   * Takes a token another tab or process stored in place of `replaced` (when the store knows it, else the
   * token this client last saw), and tells the listeners: null is a sign-out; a token of the same user
   * (its `sub` claim), a refresh; any other token, a sign-in. This client's next call reads the stored
   * token anyway. A new token is the service's, just issued: it gives a fresh reading of the service's clock.
   */
  #changedElsewhere(token: string | null, replaced: string | null | undefined): void {
    const previous = replaced ?? this.#known?.token;
    const subject = (of: string) => String(claimsOf(of)?.sub ?? of);
    const event: AuthEvent = !token ? 'SIGNED_OUT' : previous && subject(previous) === subject(token) ? 'TOKEN_REFRESHED' : 'SIGNED_IN';
    this.#epoch++;
    if (event !== 'TOKEN_REFRESHED') this.#user = null;
    if (token) this.#learnClock(token);
    this.#emit(event, token);
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
      this.#learnClock(token!);
      await this.#store.set(token!);
      await this.#store.setClockSkew?.(this.#clockSkew);
    }
    if (effect !== 'replace') this.#user = answer;
    this.#emit(effect === 'set' ? 'SIGNED_IN' : effect === 'replace' ? 'TOKEN_REFRESHED' : 'USER_UPDATED', effect === 'update-user' ? await this.token() : token);
  }

  /**
   * The service's clock as the store remembers it from an earlier page or process, read once, before the
   * first token's age is judged: a promise to wait for only from an asynchronous store. A skew learnt here
   * since wins.
   */
  recallClock(): Promise<void> | undefined {
    if (this.#recall === false) {
      const remembered = this.#store.getClockSkew?.();
      this.#recall = typeof remembered === 'object' && remembered ? remembered.then((skew) => this.#useRecalled(skew)) : this.#useRecalled(remembered);
    }
    return this.#recall;
  }

  #useRecalled(skew: unknown): undefined {
    // Number.isFinite is false for anything but a finite number (an empty store's null included).
    if (Number.isFinite(skew) && !this.#clockLearnt) this.#clockSkew = skew as number;
    return undefined;
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

  /** Ends the session of `token` (expired, or refused by the service), unless it has changed since `epoch`. */
  async end(epoch: number): Promise<void> {
    if (epoch === this.#epoch) await this.reset(null);
  }

  /** Tells the listeners the session as read and checked at start. */
  announceInitial(token: string | null): AuthState {
    this.#emit('INITIAL_SESSION', token);
    return { token, user: this.#user };
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
