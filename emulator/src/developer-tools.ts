/**
 * The emulator's developer tools, in process: what the developer endpoints under /__emulator/ do over
 * HTTP (developer.ts), for tests and stories that should not need HTTP to read an SMS code.
 */
import { fieldWithInvisibleCharacter, INVISIBLE_CHARACTER_RULE, normaliseIdentifiers } from './identifiers.js';
import { MAX_DEPTH, nestedDeeperThan } from './limits.js';
import type { RequestLog, RequestLogEntry } from './request-log.js';
import type { EmulatorExport } from './snapshot.js';
import type { State, StoredUser, User } from './state.js';
import { isUdvDataType, type UdvDataType } from './udv-data-types.js';
import type { UserDetails, UserDirectory, UserPage } from './user-directory.js';

/** A message the emulator "sent": an SMS or email code, or the answer to a CAPTCHA it demanded. */
export interface OutboxMessage {
  channel: 'sms' | 'email' | 'captcha';
  /** The phone number, email address, or (for a CAPTCHA) the client IP. */
  recipient: string;
  /** The flow the code is for (`''`: any SMS flow). */
  scene: string;
  code: string;
  /** When it was sent, by the emulator's clock (ISO 8601). */
  sentAt: string;
}

/** Users and user-defined fields to add: the body of `POST /__emulator/seed`, and of the `--seed` file. */
export interface Seed {
  /** Users to create: identifiers, an optional password (6 characters or more) and any User fields. */
  users?: Array<Record<string, unknown>>;
  /** User-defined fields to define (or redefine). */
  fields?: Array<{ key: string; dataType: UdvDataType; label?: string | null }>;
}

/** The emulator's clock: its time and how far it runs ahead of real time. */
export interface ClockReading {
  now: string;
  offsetMs: number;
}

/** The developer tools of an emulator. */
export interface DeveloperTools {
  /** The messages sent (to `recipient` only, when given), newest first. */
  outbox(filter?: { recipient?: string }): OutboxMessage[];
  /** Forgets every user, code, message and failure, and sets the clock back to real time. */
  reset(): void;
  /**
   * Adds users and fields, all or nothing; users that exist as seeded are left alone. Resolves to the
   * users' ids. @throws {@link SeedError} naming what is wrong.
   */
  seed(seed: Seed): Promise<string[]>;
  /** Reads the clock. */
  clock(): ClockReading;
  /**
   * Moves the clock by `ms` (back too), so that codes and tokens expire; never before real time nor more
   * than 100 years ahead. @throws RangeError otherwise.
   */
  advanceClock(ms: number): ClockReading;
  /** Users whose email, username or phone contains `query` (every user without one), newest first, a page at a time. */
  users(filter?: { query?: string; limit?: number; offset?: number }): UserPage;
  /** The user with `id` read whole (profile, custom data, whether it has a password), or undefined. */
  user(id: string): UserDetails | undefined;
  /**
   * Changes fields of the user with `id` (a `password` is hashed), checked as a seed is: it must still fit
   * the spec's User, its identifiers stay unique. @throws {@link UserEditError} naming what is wrong.
   */
  editUser(id: string, fields: Record<string, unknown>): Promise<UserDetails>;
  /** Deletes the user with `id` and their data; false when there was none. */
  deleteUser(id: string): boolean;
  /** Refuses every token issued to the user with `id` so far; false when there is no such user. */
  signOutEverywhere(id: string): boolean;
  /** The last requests of the API, newest first (at most 200), secrets shown only as their kind. */
  requests(limit?: number): RequestLogEntry[];
  /** The whole state, to write to a file and {@link import} later (keys and clock included). */
  export(): EmulatorExport;
  /**
   * Replaces the whole state with one {@link export} wrote; checked whole first, written in one
   * transaction. @throws {@link ImportError} naming what is wrong, having changed nothing.
   */
  import(state: unknown): void;
}

/** A change of a user the emulator refuses, with the reason. */
export class UserEditError extends Error {}

/** What the tools work on. */
export interface Dependencies {
  state: State;
  directory: UserDirectory;
  log: RequestLog;
  /** The emulator's export and import (which also change the keys the emulator signs and decrypts with). */
  exportState: () => EmulatorExport;
  importState: (state: unknown) => void;
  hash: (password: string) => Promise<string>;
  verify: (password: string, hash: string | null) => Promise<boolean>;
  /** Violations of a user against the spec's User schema, as `location: message` lines. */
  checkUser: (user: Record<string, unknown>) => string[];
}

const UNIQUE = ['email', 'username', 'phone'] as const;
/** Fields the emulator sets itself: a seed or an edit that gives one is refused. */
const RESERVED = ['id', 'arn', 'userPoolId', 'passwordHash', 'password_hash', 'token', 'tokenExpiredAt', 'createdAt', 'updatedAt', 'signedUp', 'lastLogin', 'loginsCount'];

/** A seed the emulator refuses, with the reason. */
export class SeedError extends Error {}

/**
 * A user's fields as a seed or an edit gives them, checked alike: an object, none that the emulator sets
 * itself, nested no deeper than the limit, a password of 6 characters or more, identifiers free of control
 * and invisible characters (then put in their stored form, as registrations store them). `name()` is what a
 * reason calls them (`users[0]`), `name(field)` one of them (`users[0].password`); `refuse` throws.
 */
function checkedUserFields(fields: unknown, name: (field?: string) => string, refuse: (reason: string) => never): { password: string | undefined; profile: Record<string, unknown> } {
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) refuse(`${name()} must be an object, not ${JSON.stringify(fields)}`);
  const reserved = RESERVED.filter((field) => field in fields);
  if (reserved.length) refuse(`${name()}: the emulator sets ${reserved.join(', ')} itself: leave ${reserved.length > 1 ? 'them' : 'it'} out`);
  if (nestedDeeperThan(fields, MAX_DEPTH)) refuse(`${name()} nests objects or arrays deeper than ${MAX_DEPTH} levels`);
  const { password, ...profile } = fields as Record<string, unknown>;
  if (password !== undefined && (typeof password !== 'string' || password.length < 6)) refuse(`${name('password')} must be a string of 6 characters or more`);
  const hidden = fieldWithInvisibleCharacter(profile);
  if (hidden) refuse(`${name(hidden)} ${INVISIBLE_CHARACTER_RULE}`);
  normaliseIdentifiers(profile);
  return { password: password as string | undefined, profile };
}

export function developerTools({ state, directory, log, exportState, importState, hash, verify, checkUser }: Dependencies): DeveloperTools {
  /** A seed's user as a registration would store it: its fields must also fit the spec's User (a user that breaks it would break every answer about them later). */
  function seededUser(user: unknown, index: number): Record<string, unknown> {
    const where = `users[${index}]`;
    const { password, profile } = checkedUserFields(user, (field) => (field ? `${where}.${field}` : where), (reason) => {
      throw new SeedError(reason);
    });
    const violations = checkUser({ id: 'seeded', ...profile });
    if (violations.length) throw new SeedError(`${where} does not fit the spec's User: ${violations.map((line) => line.replace(/^\//, `${where}.`)).join('; ')}`);
    return password === undefined ? profile : { ...profile, password };
  }

  /** Creates the seed's users and fields, leaving alone users that exist as seeded; all or nothing. */
  async function seed(body: Seed): Promise<string[]> {
    const users: Array<Record<string, unknown>> = (Array.isArray(body.users) ? body.users : []).map(seededUser);
    const existing = users.map((user): StoredUser | undefined => UNIQUE.map((field) => (user[field] ? state.userBy(field, String(user[field])) : undefined)).find(Boolean));
    const unchanged = await Promise.all(
      users.map(async (user, index) => {
        const found = existing[index];
        if (!found) return false;
        const { password, ...profile } = user;
        const same =
          Object.entries(profile).every(([field, value]) => JSON.stringify(found.user[field as keyof User] ?? null) === JSON.stringify(value ?? null)) &&
          (password === undefined || (typeof password === 'string' && (await verify(password, found.passwordHash))));
        if (!same) throw new SeedError(`a different user already has ${UNIQUE.filter((field) => user[field]).map((field) => `${field} ${user[field]}`).join(', ')}`);
        return true;
      }),
    );
    const hashes = await Promise.all(users.map((user) => (typeof user.password === 'string' ? hash(user.password) : null)));
    return state.write(() => {
      for (const field of Array.isArray(body.fields) ? body.fields : []) {
        if (typeof field?.key !== 'string' || !isUdvDataType(field.dataType)) throw new SeedError(`invalid field ${JSON.stringify(field)}`);
        state.defineUdf(field.key, field.dataType, field.label ?? null);
      }
      return users.map((user, index) => {
        if (unchanged[index]) return existing[index]!.user.id;
        const { password: _password, ...profile } = user;
        for (const unique of UNIQUE) {
          if (state.taken(profile[unique] as string)) throw new SeedError(`a user with ${unique} ${profile[unique]} exists (as an email, username or phone)`);
        }
        return state.createUser(profile as Partial<User>, hashes[index] ?? null, new Date(state.now()).toISOString(), 'seed').id;
      });
    });
  }

  /** The user with `id` changed by `fields`, checked as a seed's user is, and stored. */
  async function editUser(id: string, fields: Record<string, unknown>): Promise<UserDetails> {
    const { password, profile } = checkedUserFields(fields, (field) => field ?? 'the change', (reason) => {
      throw new UserEditError(reason);
    });
    const current = state.userById(id);
    if (!current) throw new UserEditError(`no user ${id}`);
    const violations = checkUser({ ...current.user, ...profile });
    if (violations.length) throw new UserEditError(`the user would not fit the spec's User: ${violations.join('; ')}`);
    const passwordHash = typeof password === 'string' ? await hash(password) : undefined;
    state.write(() => {
      for (const unique of UNIQUE) {
        if (typeof profile[unique] === 'string' && state.taken(profile[unique] as string, id)) throw new UserEditError(`another user has ${profile[unique]} (as an email, username or phone)`);
      }
      state.updateUser(id, (stored) => ({ ...stored.user, ...(profile as Partial<User>), updatedAt: new Date(state.now()).toISOString() }));
      if (passwordHash) state.setPasswordHash(id, passwordHash);
    });
    return directory.read(id)!;
  }

  const clock = (): ClockReading => ({ now: new Date(state.now()).toISOString(), offsetMs: state.clockOffsetMs() });
  return {
    outbox: ({ recipient } = {}) =>
      state.outbox(recipient).map((row) => ({
        channel: row.channel as OutboxMessage['channel'],
        recipient: row.recipient as string,
        scene: row.scene as string,
        code: row.code as string,
        sentAt: new Date(row.sent_at as number).toISOString(),
      })),
    reset: () => state.reset(),
    seed,
    clock,
    advanceClock: (ms) => {
      if (typeof ms !== 'number' || !state.moveClock(ms)) throw new RangeError('advanceClock takes milliseconds that keep the clock between real time and 100 years ahead');
      return clock();
    },
    users: (filter) => directory.list(filter),
    user: (id) => directory.read(id),
    editUser,
    deleteUser: (id) => directory.delete(id),
    signOutEverywhere: (id) => directory.signOutEverywhere(id, state.now()),
    requests: (limit) => log.recent(limit),
    export: exportState,
    import: importState,
  };
}
