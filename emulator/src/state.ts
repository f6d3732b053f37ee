/** Reads and writes the emulator's records: users, one-time codes, the outbox, login failures, user-defined data. */
import { identifierKey } from './identifiers.js';
import { randomInt } from './secrets.js';
import { readSnapshot, writeSnapshot, type EmulatorExport } from './snapshot.js';
import { USER_TABLES, type Store } from './store.js';

import type { components } from './generated/schema.js';

/** A user as the API returns it (the spec's User), without the password hash. */
export type User = components['schemas']['User'];
/** A user's value of a user-defined field, as listUdv answers it. */
export type UserDefinedData = components['schemas']['UserDefinedData'];

export interface StoredUser {
  user: User;
  passwordHash: string | null;
}

/** Fields that identify a user and are unique across the pool. */
export type AccountField = 'email' | 'username' | 'phone';

const NULL_PROFILE = [
  'arn', 'unionid', 'openid', 'nickname', 'photo', 'password', 'oauth', 'token', 'tokenExpiredAt', 'lastLogin', 'lastIP', 'device', 'browser',
  'company', 'name', 'givenName', 'familyName', 'middleName', 'profile', 'preferredUsername', 'website', 'birthdate', 'zoneinfo', 'locale',
  'address', 'formatted', 'streetAddress', 'locality', 'region', 'postalCode', 'city', 'province', 'country', 'externalId', 'phoneCountryCode',
] as const;

export const CODE_LIFETIME_MS = 60_000;
export const CODE_RESEND_MS = 60_000;
/** How far the clock may be moved from real time: far enough to expire anything, near enough for Date. */
export const CLOCK_LIMIT_MS = 100 * 365 * 24 * 3600 * 1000;

/** A request's write that a reset overtook: the request began before the state it would write into. */
export class StaleRequestError extends Error {
  constructor() {
    super('The emulator was reset while this request was in flight; nothing it would have written was kept');
  }
}

/** The logins of one client IP being checked now, and the wake-ups of those queued behind them. */
export interface LoginGate {
  checking: number;
  waiting: Array<() => void>;
}

export class State {
  readonly #store: Store;
  readonly #userPoolId: string;
  /** Fixed codes by recipient (`testCodes`): always that code, never rate-limited. */
  readonly #testCodes: ReadonlyMap<string, string>;
  /** Which state this is: a reset starts the next, and a request's writes land only in the one it began in. */
  #generation = 0;
  /** Logins being checked right now, by client IP: they count towards the CAPTCHA demand. */
  #loginGates = new Map<string, LoginGate>();

  constructor(store: Store, userPoolId: string, testCodes: ReadonlyMap<string, string> = new Map()) {
    this.#store = store;
    this.#userPoolId = userPoolId;
    this.#testCodes = testCodes;
  }

  /** The state a request begins in: pass it to {@link write}. */
  get generation(): number {
    return this.#generation;
  }

  /**
   * Runs `work` in one transaction: all of its writes or none. With `generation` (a request's), refuses
   * with {@link StaleRequestError} when a reset came since the request began, so that a request in flight
   * across a reset writes nothing into the state that follows. The one way anything writes.
   */
  write<T>(work: () => T, generation = this.#generation): T {
    if (generation !== this.#generation) throw new StaleRequestError();
    return this.#store.transaction(work);
  }

  /** The gate of logins from `ip` (made on first use, dropped once nobody is in it). */
  loginGate(ip: string): LoginGate {
    let gate = this.#loginGates.get(ip);
    if (!gate) this.#loginGates.set(ip, (gate = { checking: 0, waiting: [] }));
    return gate;
  }

  /** Drops `ip`'s gate once no login is checked or waiting in it. */
  leaveLoginGate(ip: string, gate: LoginGate): void {
    if (!gate.checking && !gate.waiting.length && this.#loginGates.get(ip) === gate) this.#loginGates.delete(ip);
  }

  meta(key: string): string | undefined {
    return this.#store.get('SELECT value FROM meta WHERE key = ?', [key])?.value as string | undefined;
  }

  setMeta(key: string, value: string): void {
    this.#store.run('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
  }

  /** Milliseconds the emulator's clock runs ahead of real time (0 after a reset). */
  clockOffsetMs(): number {
    const offset = Number(this.meta('clockOffsetMs') ?? 0);
    // A value written by an older version out of range is ignored rather than breaking every date.
    return Number.isFinite(offset) && offset >= 0 && offset <= CLOCK_LIMIT_MS ? offset : 0;
  }

  /** The emulator's time, in milliseconds. */
  now(): number {
    return Date.now() + this.clockOffsetMs();
  }

  /** Moves the clock by `ms` (back too, but never before real time); false when that leaves 0..100 years ahead. */
  moveClock(ms: number): boolean {
    const offset = this.clockOffsetMs() + ms;
    if (!Number.isFinite(offset) || offset < 0 || offset > CLOCK_LIMIT_MS) return false;
    this.write(() => this.setMeta('clockOffsetMs', String(offset)));
    return true;
  }

  #read(row: Record<string, unknown> | undefined): StoredUser | undefined {
    return row ? { user: JSON.parse(row.data as string) as User, passwordHash: (row.password_hash as string | null) ?? null } : undefined;
  }

  userById(id: string): StoredUser | undefined {
    return this.#read(this.#store.get('SELECT * FROM users WHERE id = ?', [id]));
  }

  userBy(field: AccountField, value: string): StoredUser | undefined {
    return this.#read(this.#store.get(`SELECT * FROM users WHERE ${field} = ?`, [value]));
  }

  /** The user whose email, username or phone is `account`. */
  userByAccount(account: string): StoredUser | undefined {
    return this.#read(this.#store.get('SELECT * FROM users WHERE email = ? OR username = ? OR phone = ?', [account, account, account]));
  }

  /**
   * Whether `value` identifies a user other than `exceptId`, through any of email, username and phone:
   * the three share one space, since a login looks a user up by all three at once. Emails, and usernames
   * with an `@`, are stored lower-cased (a login lower-cases an account with an `@`), so such a value is
   * compared without case. Each comparison uses its column's index.
   */
  taken(value: string | null | undefined, exceptId?: string): boolean {
    if (!value) return false;
    return (
      this.#store.get('SELECT id FROM users WHERE (email = ?1 OR username = ?1 OR phone = ?1) AND id IS NOT ?2', [identifierKey(value), exceptId ?? null]) !== undefined
    );
  }

  /**
   * Changes the user as stored now (not a copy read before some slow work), in the caller's transaction:
   * `change` gets the current user and returns it changed. Undefined when the user no longer exists.
   */
  updateUser(id: string, change: (current: StoredUser) => User): User | undefined {
    const current = this.userById(id);
    if (!current) return undefined;
    const updated = change(current);
    this.#save(updated);
    return updated;
  }

  /** Sets only the password hash, leaving the rest of the user as it is. */
  setPasswordHash(id: string, passwordHash: string): void {
    this.#store.run('UPDATE users SET password_hash = ? WHERE id = ?', [passwordHash, id]);
  }

  createUser(fields: Partial<User>, passwordHash: string | null, nowIso: string, registerSource: string): User {
    const id = crypto.randomUUID().replace(/-/g, '').slice(0, 24);
    const user: User = {
      ...Object.fromEntries(NULL_PROFILE.map((field) => [field, null])),
      id,
      arn: `arn:cn:authing:${this.#userPoolId}:user:${id}`,
      status: 'Activated',
      userPoolId: this.#userPoolId,
      username: null,
      email: null,
      emailVerified: false,
      phone: null,
      phoneVerified: false,
      registerSource: [registerSource],
      loginsCount: 0,
      signedUp: nowIso,
      blocked: false,
      isDeleted: false,
      gender: 'U',
      createdAt: nowIso,
      updatedAt: nowIso,
      ...fields,
    };
    this.#store.run('INSERT INTO users (id, email, username, phone, password_hash, data) VALUES (?, ?, ?, ?, ?, ?)', [
      id,
      user.email || null,
      user.username || null,
      user.phone || null,
      passwordHash,
      JSON.stringify(user),
    ]);
    return user;
  }

  #save(user: User): void {
    this.#store.run('UPDATE users SET email = ?, username = ?, phone = ?, data = ? WHERE id = ?', [
      user.email || null,
      user.username || null,
      user.phone || null,
      JSON.stringify({ ...user, token: null, tokenExpiredAt: null }),
      user.id,
    ]);
  }

  /** Issues a code for `recipient` and `scene`, unless one was sent less than a minute ago; records it in the outbox. */
  sendCode(channel: 'sms' | 'email', recipient: string, scene: string, nowMs: number): { sent: true } | { sent: false; retryInMs: number } {
    const testCode = this.#testCodes.get(recipient);
    // A test recipient's message is recorded, never limited: its code is always the same.
    if (testCode !== undefined) {
      this.#deliver(channel, recipient, scene, testCode, nowMs);
      return { sent: true };
    }
    const last = this.#store.get('SELECT sent_at FROM codes WHERE recipient = ? AND scene = ?', [recipient, scene]);
    if (last && nowMs - (last.sent_at as number) < CODE_RESEND_MS) return { sent: false, retryInMs: CODE_RESEND_MS - (nowMs - (last.sent_at as number)) };
    const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    this.#store.run(
      'INSERT INTO codes (recipient, scene, code, sent_at) VALUES (?, ?, ?, ?) ON CONFLICT (recipient, scene) DO UPDATE SET code = excluded.code, sent_at = excluded.sent_at',
      [recipient, scene, code, nowMs],
    );
    this.#deliver(channel, recipient, scene, code, nowMs);
    return { sent: true };
  }

  /** Records a message in the outbox, where developers read what a real service would have sent. */
  #deliver(channel: 'sms' | 'email' | 'captcha', recipient: string, scene: string, code: string, nowMs: number): void {
    this.#store.run('INSERT INTO outbox (channel, recipient, scene, code, sent_at) VALUES (?, ?, ?, ?, ?)', [channel, recipient, scene, code, nowMs]);
  }

  /** Demands a CAPTCHA from `ip` after `count` failures: a new answer, shown in the outbox. */
  demandCaptcha(ip: string, count: number, nowMs: number): void {
    const captcha = String(randomInt(1000, 10_000));
    this.setFailures(ip, count, captcha);
    this.#deliver('captcha', ip, 'login', captcha, nowMs);
  }

  /**
   * Checks and consumes a code: single use, valid for 60 seconds, for the flow's scene, or for any flow
   * when it was sent without a scene (filed under `''`).
   */
  useCode(recipient: string, scene: string, given: unknown, nowMs: number, same: (given: unknown, expected: string) => boolean): 'ok' | 'wrong' | 'expired' {
    const testCode = this.#testCodes.get(recipient);
    // A test recipient's code works for every flow, every time, sent or not.
    if (testCode !== undefined) return same(given, testCode) ? 'ok' : 'wrong';
    for (const filed of [scene, '']) {
      const row = this.#store.get('SELECT code, sent_at FROM codes WHERE recipient = ? AND scene = ?', [recipient, filed]);
      if (!row || !same(given, row.code as string)) continue;
      this.#store.run('DELETE FROM codes WHERE recipient = ? AND scene = ?', [recipient, filed]);
      return nowMs - (row.sent_at as number) > CODE_LIFETIME_MS ? 'expired' : 'ok';
    }
    return 'wrong';
  }

  outbox(recipient?: string): Array<Record<string, unknown>> {
    return recipient
      ? this.#store.all('SELECT * FROM outbox WHERE recipient = ? ORDER BY id DESC', [recipient])
      : this.#store.all('SELECT * FROM outbox ORDER BY id DESC');
  }

  failures(ip: string): { count: number; captcha: string | null } {
    const row = this.#store.get('SELECT count, captcha FROM login_failures WHERE ip = ?', [ip]);
    return { count: (row?.count as number) ?? 0, captcha: (row?.captcha as string | null) ?? null };
  }

  setFailures(ip: string, count: number, captcha: string | null): void {
    if (count === 0) this.#store.run('DELETE FROM login_failures WHERE ip = ?', [ip]);
    else
      this.#store.run(
        'INSERT INTO login_failures (ip, count, captcha) VALUES (?, ?, ?) ON CONFLICT (ip) DO UPDATE SET count = excluded.count, captcha = excluded.captcha',
        [ip, count, captcha],
      );
  }

  revoke(jti: string, expiresAt: number): void {
    this.#store.run('INSERT OR IGNORE INTO revoked_tokens (jti, expires_at) VALUES (?, ?)', [jti, expiresAt]);
  }

  /** When `userId` was last signed out everywhere (ms), or undefined: tokens issued before are not valid. */
  signedOutAt(userId: string): number | undefined {
    const row = this.#store.get('SELECT at FROM sign_outs WHERE user_id = ?', [userId]);
    return row ? Number(row.at) : undefined;
  }

  isRevoked(jti: string): boolean {
    return this.#store.get('SELECT jti FROM revoked_tokens WHERE jti = ?', [jti]) !== undefined;
  }

  defineUdf(key: string, dataType: string, label: string | null): void {
    this.#store.run('INSERT INTO udf_definitions (key, data_type, label) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET data_type = excluded.data_type, label = excluded.label', [
      key,
      dataType,
      label,
    ]);
  }

  udf(key: string): { dataType: string; label: string | null } | undefined {
    const row = this.#store.get('SELECT data_type, label FROM udf_definitions WHERE key = ?', [key]);
    return row ? { dataType: row.data_type as string, label: (row.label as string | null) ?? null } : undefined;
  }

  udvList(userId: string): UserDefinedData[] {
    return this.#store
      .all('SELECT v.key, v.value, d.data_type, d.label FROM udv v JOIN udf_definitions d ON d.key = v.key WHERE v.user_id = ? ORDER BY v.key', [userId])
      .map((row) => ({ key: row.key as string, dataType: row.data_type as UserDefinedData['dataType'], value: row.value as string, label: (row.label as string | null) ?? null }));
  }

  setUdv(userId: string, key: string, value: string): void {
    this.#store.run('INSERT INTO udv (user_id, key, value) VALUES (?, ?, ?) ON CONFLICT (user_id, key) DO UPDATE SET value = excluded.value', [userId, key, value]);
  }

  removeUdv(userId: string, key: string): void {
    this.#store.run('DELETE FROM udv WHERE user_id = ? AND key = ?', [userId, key]);
  }

  /** The whole state, keys and clock included. */
  snapshot(): EmulatorExport {
    return readSnapshot(this.#store, this.clockOffsetMs(), JSON.parse(this.meta('keys') ?? 'null'));
  }

  /**
   * Replaces the whole state with `snapshot` (checked whole before: {@link checkSnapshot}), in one
   * transaction; requests in flight write nothing more, as after a reset.
   */
  restore(snapshot: EmulatorExport): void {
    this.#startOver(() => writeSnapshot(this.#store, snapshot));
  }

  /**
   * Forgets every user, code, message and failure, and sets the clock back to real time; keeps the keys and
   * the field definitions. Requests still in flight keep their answers but write nothing more.
   */
  reset(): void {
    this.#startOver(() => {
      for (const table of USER_TABLES) this.#store.run(`DELETE FROM ${table}`);
      this.#store.run("DELETE FROM meta WHERE key = 'clockOffsetMs'");
    });
  }

  /** Runs `work`, which replaces the state, in one transaction; then requests in flight write nothing more, and no login waits on a gate of before. */
  #startOver(work: () => void): void {
    this.write(work);
    this.#generation++;
    this.#loginGates = new Map();
  }
}
