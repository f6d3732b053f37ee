/**
 * What keeps a session alive, loaded only when a token needs it (the common call never does): a token in
 * the last quarter of its life is refreshed before it is used, one refresh at a time; a refresh that fails
 * for a passing reason leaves the still-valid token in place and waits before the next try (so a service
 * that is down sees a few refreshes a minute from a client, not one per call); an expired token is never
 * sent: the session ends instead. A chunk of its own: it imports nothing of the main entry at run time
 * (the errors it needs come from the caller, so there is one copy of each error class).
 */
import type { ChunkErrors } from './chunk-errors.js';
import type { RefreshToken } from './models.js';
import type { AuthState, Session } from './session.js';
import type { TokenAge } from './token-life.js';

/** The first wait after a failed refresh, doubled after each further failure, up to the cap. */
const FIRST_WAIT_MS = 5_000;
const WAIT_CAP_MS = 5 * 60_000;

/** A client's refreshes: the one in flight, and when the next may start after failures. */
export interface RenewalState {
  refreshing?: Promise<RefreshToken> | undefined;
  retryAt: number;
  waitMs: number;
}

/** What a call that needs the token brings to its renewal. */
export interface Renewal {
  session: Session;
  state: RenewalState;
  errors: ChunkErrors;
  /** Sends the refresh (shared by every call that finds the token due at once). */
  refresh: () => Promise<RefreshToken>;
  /** The method the token is for, for messages. */
  name: string;
  token: string;
  age: Exclude<TokenAge, 'fresh'>;
  /** The session's epoch when the call started. */
  epoch: number;
}

/** Waits longer after each failed refresh; as long as a 429 or 503's `Retry-After` asks, when longer. */
function backOff(state: RenewalState, askedMs: number): void {
  state.waitMs = Math.min(WAIT_CAP_MS, state.waitMs ? state.waitMs * 2 : FIRST_WAIT_MS);
  state.retryAt = Date.now() + Math.max(state.waitMs, askedMs);
}

/**
 * The token a call should send, for a token that is not fresh: a refreshed one when it is due (or the
 * same, still valid, when the refresh fails for a passing reason or waits after one). An expired token,
 * or one the service refuses to refresh, ends the session: the call then sends nothing.
 * @throws {@link AuthingSessionError}
 */
export async function usableToken({ session, state, errors, refresh, name, token, age, epoch }: Renewal): Promise<string> {
  if (age === 'expired') {
    await session.end(epoch);
    return errors.session(`${name} needs a signed-in user, but the session expired: sign in again (nothing was sent)`);
  }
  if (Date.now() < state.retryAt) return token;
  try {
    const refreshed = await refresh();
    state.waitMs = 0;
    state.retryAt = 0;
    return refreshed.token;
  } catch (error) {
    const code = errors.refusalOf(error);
    // The refresh's own call ended the session already.
    if (code) errors.session(`${name} needs a signed-in user, but the service refused to refresh the session (${code}): sign in again`);
    backOff(state, errors.retryAfterOf(error));
    return token;
  }
}

/** Reads and checks the stored session at start: an expired token dropped, a due one refreshed. */
export async function checkInitialSession(renewal: Omit<Renewal, 'name' | 'token' | 'age'>, autoRefresh: boolean): Promise<AuthState> {
  const { session, epoch } = renewal;
  await session.recallClock();
  const token = await session.token();
  const age = token ? session.ageOf(token) : undefined;
  if (token && age === 'expired') await session.end(epoch);
  else if (token && age === 'due' && autoRefresh) await usableToken({ ...renewal, name: 'initialSession', token, age }).catch(() => undefined);
  return session.announceInitial(await session.token());
}
