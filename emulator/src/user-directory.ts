/**
 * The users as the developer page and endpoints see them: found by any identifier, read whole (profile,
 * custom data, whether they have a password, when they last signed in), deleted, signed out everywhere.
 * Reads go to the store; writes go through the state's transactions.
 */
import type { State, User, UserDefinedData } from './state.js';
import type { Store } from './store.js';

/** A user in a list: enough to find them. */
export interface UserSummary {
  id: string;
  email: string | null;
  username: string | null;
  phone: string | null;
  nickname: string | null;
  lastLogin: string | null;
  loginsCount: number;
  hasPassword: boolean;
}

/** A user read whole. */
export interface UserDetails {
  user: User;
  hasPassword: boolean;
  /** The user's user-defined data, as listUdv answers it. */
  customData: UserDefinedData[];
  /** When the user was last signed out everywhere, or null. */
  signedOutAt: string | null;
}

/** A page of users, newest first. */
export interface UserPage {
  users: UserSummary[];
  /** How many users match, over all pages. */
  total: number;
}

const summaryOf = (user: User, passwordHash: unknown): UserSummary => ({
  id: user.id,
  email: user.email ?? null,
  username: user.username ?? null,
  phone: user.phone ?? null,
  nickname: user.nickname ?? null,
  lastLogin: user.lastLogin ?? null,
  loginsCount: Number(user.loginsCount ?? 0),
  hasPassword: passwordHash !== null && passwordHash !== undefined,
});

/** The user directory over `store`, writing through `state`. */
export function userDirectory(store: Store, state: State) {
  return {
    /** Users whose email, username or phone contains `query` (without regard to ASCII letter case; all, without one), newest first. */
    list({ query = '', limit = 50, offset = 0 }: { query?: string; limit?: number; offset?: number } = {}): UserPage {
      // LIKE's own wildcards in the query are matched as themselves.
      const pattern = `%${query.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
      const where = "email LIKE ?1 ESCAPE '\\' OR username LIKE ?1 ESCAPE '\\' OR phone LIKE ?1 ESCAPE '\\'";
      const total = Number(store.get(`SELECT count(*) AS total FROM users WHERE ${where}`, [pattern])?.total ?? 0);
      const rows = store.all(`SELECT data, password_hash FROM users WHERE ${where} ORDER BY rowid DESC LIMIT ?2 OFFSET ?3`, [pattern, limit, offset]);
      return { users: rows.map((row) => summaryOf(JSON.parse(row.data as string) as User, row.password_hash)), total };
    },
    /** The user with `id`, read whole, or undefined. */
    read(id: string): UserDetails | undefined {
      const stored = state.userById(id);
      if (!stored) return undefined;
      const signedOutAt = state.signedOutAt(id);
      return {
        user: stored.user,
        hasPassword: stored.passwordHash !== null,
        customData: state.udvList(id),
        signedOutAt: signedOutAt === undefined ? null : new Date(signedOutAt).toISOString(),
      };
    },
    /** Deletes the user with `id` and their data; false when there was none. */
    delete(id: string): boolean {
      return state.write(() => {
        if (!state.userById(id)) return false;
        for (const table of ['udv', 'sign_outs']) store.run(`DELETE FROM ${table} WHERE user_id = ?`, [id]);
        store.run('DELETE FROM users WHERE id = ?', [id]);
        return true;
      });
    },
    /** Refuses every token issued to `id` until now (`nowMs`, the emulator's time); false when there is no such user. */
    signOutEverywhere(id: string, nowMs: number): boolean {
      return state.write(() => {
        if (!state.userById(id)) return false;
        store.run('INSERT INTO sign_outs (user_id, at) VALUES (?, ?) ON CONFLICT (user_id) DO UPDATE SET at = excluded.at', [id, nowMs]);
        return true;
      });
    },
  };
}

/** The user directory of an emulator. */
export type UserDirectory = ReturnType<typeof userDirectory>;
