/**
 * What the operation handlers share: the request context they get, the business error they throw, and
 * the rules several of them apply (codes, passwords, registration, signing in).
 */
import type { OperationId, RequestBody, SuccessData } from '../generated/operation-types.js';
import { customDataOf, storeValues, type CustomDataFields } from './custom-data.js';
import { Failure } from './failure.js';

export { Failure } from './failure.js';
import type { State, StoredUser, User } from '../state.js';

/** What a handler gets: the request's body (checked against the spec already) and the emulator's services. */
export interface Context<Body = Record<string, any>> {
  state: State;
  body: Body;
  /** The signed-in user, when the request carried a valid token. */
  caller: StoredUser | undefined;
  /** The request's token, valid or not. */
  token: string | undefined;
  clientIp: string;
  nowMs: number;
  publicKeyPem: string;
  /**
   * Runs `work` in one transaction, in the state this request began in: the only way a handler writes.
   * A reset since the request began refuses it (the request is answered 503, nothing written).
   */
  write<T>(work: () => T): T;
  /** The password as typed, from what the client sent; throws PASSWORD_UNDECRYPTABLE when it cannot be read. */
  password(sent: unknown): Promise<string>;
  hash(password: string): Promise<string>;
  verify(password: string, hash: string | null): Promise<boolean>;
  sameSecret(given: unknown, expected: string): boolean;
  issueToken(userId: string): Promise<{ token: string; iat: number; exp: number }>;
  checkToken(token: string): Promise<SuccessData<'checkLoginStatus'>>;
  revokeCallerToken(): Promise<void>;
}

/** The handler of one operation: its request body and its success, as the spec types them. */
export type Handler<Id extends OperationId> = (context: Context<RequestBody<Id>>) => Promise<SuccessData<Id>>;

/** One handler per operation id. */
export type Handlers<Ids extends OperationId> = { [Id in Ids]: Handler<Id> };

export const CAPTCHA_AFTER_FAILURES = 3;
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const nowIso = (context: Context<unknown>) => new Date(context.nowMs).toISOString();

export async function newPassword(context: Context<unknown>, sent: unknown): Promise<string> {
  const password = await context.password(sent);
  if (password.length < 6) throw new Failure('PASSWORD_TOO_SHORT', 'The password is shorter than 6 characters');
  return password;
}

export function checkCode(context: Context<unknown>, recipient: string, scene: string, code: unknown): void {
  // Using a code deletes it: a write of its own, or a part of the caller's transaction.
  const outcome = context.write(() => context.state.useCode(recipient, scene, code, context.nowMs, context.sameSecret));
  if (outcome === 'wrong') throw new Failure('CODE_INVALID', 'The verification code is wrong');
  if (outcome === 'expired') throw new Failure('CODE_EXPIRED', 'The verification code has expired');
}

export function caller(context: Context<unknown>): StoredUser {
  if (!context.caller) throw new Failure('NOT_LOGGED_IN', 'Not signed in');
  return context.caller;
}

/**
 * Changes a user as stored now, in one transaction: `change` gets the current user (not the copy the
 * request read before its slow work: password hashing, another request's write) and returns it changed,
 * or throws a Failure, which rolls back everything the transaction did (a code it used included).
 */
export function changeUser(context: Context<unknown>, id: string, change: (current: StoredUser) => User): User {
  return context.write(() => context.state.updateUser(id, change) ?? fail('NOT_LOGGED_IN', 'The user no longer exists'));
}

const fail = (name: ConstructorParameters<typeof Failure>[0], message: string): never => {
  throw new Failure(name, message);
};

export const PROFILE_FIELDS = [
  'nickname', 'company', 'photo', 'device', 'browser', 'name', 'givenName', 'familyName', 'middleName', 'profile', 'preferredUsername', 'website',
  'gender', 'birthdate', 'zoneinfo', 'locale', 'address', 'formatted', 'streetAddress', 'locality', 'region', 'postalCode', 'country', 'city',
  'province', 'lastIP', 'username',
];
export const pick = (source: Record<string, unknown> | undefined, fields: string[]) =>
  Object.fromEntries(fields.filter((field) => source?.[field] !== undefined).map((field) => [field, source![field]]));

/**
 * Signs `user` in: counts the login on the user as stored now (concurrent logins each count), issues a
 * token, and returns the user with it and with `newlyCreated` (which is not stored).
 */
export async function signIn(context: Context<unknown>, user: User, countLogin: boolean, newlyCreated?: boolean): Promise<User> {
  const issued = await context.issueToken(user.id);
  const current = countLogin
    ? changeUser(context, user.id, ({ user: stored }) => ({
        ...stored,
        loginsCount: Number(stored.loginsCount ?? 0) + 1,
        lastLogin: nowIso(context),
        lastIP: context.clientIp,
        updatedAt: nowIso(context),
      }))
    : user;
  // A login may ask for the user's custom data in the answer (`withCustomData`); it is not stored on the user.
  const customData = (context.body as { withCustomData?: unknown }).withCustomData === true ? { customData: context.state.udvList(user.id) } : {};
  return { ...current, ...customData, ...(newlyCreated === undefined ? {} : { newlyCreated }), token: issued.token, tokenExpiredAt: new Date(issued.exp * 1000).toISOString() };
}

/** The registration options every register and auto-registering login may carry. */
type RegistrationBody = CustomDataFields & { profile?: Record<string, unknown>; forceLogin?: boolean; generateToken?: boolean };

/** Registers a user whose unique fields (the profile's username too) are checked in the same synchronous section. */
export async function register(context: Context<object>, fields: Partial<User>, password: string | undefined, source: string): Promise<User> {
  // Logins that register (autoRegister) have no profile or token options: they read as absent.
  const options = context.body as RegistrationBody;
  const custom = customDataOf(context.state, options);
  const hash = password === undefined ? null : await context.hash(password);
  const record = { ...pick(options.profile, PROFILE_FIELDS), ...fields };
  // From here to the insert nothing awaits: no other request can take the same email, username or phone.
  const user = context.write(() => {
    for (const field of ['email', 'username', 'phone'] as const) {
      if (context.state.taken(record[field] as string)) throw new Failure('USER_EXISTS', `A user with this ${field} already exists (as an email, username or phone)`);
    }
    const created = context.state.createUser(record, hash, nowIso(context), source);
    storeValues(context.state, created.id, custom);
    return created;
  });
  if (options.forceLogin) return signIn(context, user, true);
  if (options.generateToken) return signIn(context, user, false);
  return user;
}

/** Stores a login's custom data (`customData`, or `params` from older SDKs) on the user it signs in; a registration stores its own. */
export function storeLoginCustomData(context: Context<CustomDataFields>, userId: string): void {
  const custom = customDataOf(context.state, context.body);
  if (custom.length) context.write(() => storeValues(context.state, userId, custom));
}

export function mustBeEmail(email: string): void {
  if (!EMAIL.test(email)) throw new Failure('EMAIL_INVALID', 'The email address is not valid');
}
