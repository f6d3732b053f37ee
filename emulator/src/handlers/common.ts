/**
 * What the operation handlers share: the request context they get, the business error they throw, and
 * the rules several of them apply (codes, passwords, registration, signing in).
 */
import type { State, StoredUser, User } from '../state.js';

/** A business error: the service answers HTTP 200 with this code. */
export class Failure extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export interface Context {
  state: State;
  body: Record<string, any>;
  /** The signed-in user, when the request carried a valid token. */
  caller: StoredUser | undefined;
  /** The request's token, valid or not. */
  token: string | undefined;
  clientIp: string;
  nowMs: number;
  publicKeyPem: string;
  /** Plain password from an encrypted one; throws Failure 2016 when it cannot be decrypted. */
  password(encrypted: unknown): string;
  hash(password: string): Promise<string>;
  verify(password: string, hash: string | null): Promise<boolean>;
  sameSecret(given: unknown, expected: string): boolean;
  issueToken(userId: string): Promise<{ token: string; iat: number; exp: number }>;
  checkToken(token: string): Promise<{ code: number; message: string; status: boolean; exp: number | null; iat: number | null; data?: unknown }>;
  revokeCallerToken(): Promise<void>;
}

export type Handler = (context: Context) => Promise<unknown>;

export const CAPTCHA_AFTER_FAILURES = 3;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const nowIso = (context: Context) => new Date(context.nowMs).toISOString();

export function newPassword(context: Context, encrypted: unknown): string {
  const password = context.password(encrypted);
  if (password.length < 6) throw new Failure(2029, 'The password is shorter than 6 characters');
  return password;
}

export function checkCode(context: Context, recipient: string, scene: string, code: unknown): void {
  const outcome = context.state.useCode(recipient, scene, code, context.nowMs, context.sameSecret);
  if (outcome === 'wrong') throw new Failure(2001, 'The verification code is wrong');
  if (outcome === 'expired') throw new Failure(2300, 'The verification code has expired');
}

export function caller(context: Context): StoredUser {
  if (!context.caller) throw new Failure(2020, 'Not signed in');
  return context.caller;
}

export const PROFILE_FIELDS = [
  'nickname', 'company', 'photo', 'device', 'browser', 'name', 'givenName', 'familyName', 'middleName', 'profile', 'preferredUsername', 'website',
  'gender', 'birthdate', 'zoneinfo', 'locale', 'address', 'formatted', 'streetAddress', 'locality', 'region', 'postalCode', 'country', 'city',
  'province', 'lastIP', 'username',
];
export const pick = (source: Record<string, unknown> | undefined, fields: string[]) =>
  Object.fromEntries(fields.filter((field) => source?.[field] !== undefined).map((field) => [field, source![field]]));

/** Signs `user` in: counts the login, issues a token, and returns the user with it. */
export async function signIn(context: Context, user: User, countLogin: boolean): Promise<User> {
  const issued = await context.issueToken(user.id);
  const updated: User = countLogin
    ? { ...user, loginsCount: Number(user.loginsCount ?? 0) + 1, lastLogin: nowIso(context), lastIP: context.clientIp, updatedAt: nowIso(context) }
    : user;
  if (countLogin) context.state.store.transaction(() => context.state.saveUser(updated));
  return { ...updated, token: issued.token, tokenExpiredAt: new Date(issued.exp * 1000).toISOString() };
}

/** Registers a user whose unique fields were checked in the same synchronous section. */
export async function register(context: Context, fields: Partial<User>, password: string | undefined, source: string): Promise<User> {
  const hash = password === undefined ? null : await context.hash(password);
  // From here to the insert nothing awaits: no other request can take the same email, username or phone.
  const user = context.state.store.transaction(() => {
    for (const field of ['email', 'username', 'phone'] as const) {
      if (context.state.taken(field, fields[field] as string)) throw new Failure(2026, `A user with this ${field} already exists`);
    }
    return context.state.createUser({ ...pick(context.body.profile, PROFILE_FIELDS), ...fields }, hash, nowIso(context), source);
  });
  if (context.body.forceLogin) return signIn(context, user, true);
  if (context.body.generateToken) return signIn(context, user, false);
  return user;
}

export function mustBeEmail(email: string): void {
  if (!EMAIL.test(email)) throw new Failure(2003, 'The email address is not valid');
}
