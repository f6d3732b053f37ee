/**
 * `AuthenticationClient`: the 24 documented methods of Authing's authentication client, over one typed
 * openapi-fetch client per instance (`client.api`). How each method reaches the wire (path, token,
 * retries, session effect) comes from the spec through `generated/routes.ts`; this file maps parameters
 * and results and wires the SDK's transport into openapi-fetch as its `fetch`. It is long for its
 * reference: each method's TSDoc, which includes the codes and mock examples generated from the spec
 * (`generated/method-reference.md`).
 */
import type { RouteName } from '../generated/routes.js';
import type { AuthenticationClientOptions } from './options.js';
import type { CommonMessage, JwtTokenStatus, RefreshToken, User } from './models.js';
import { Caller } from './caller.js';
import { isRecord } from './envelope.js';
import { chunkErrors } from './chunk-errors.js';
import { isAuthingSessionError } from './guards.js';
import { mergeHeaders } from './headers.js';
import { describeValue, inputError, isHttpUrl, isTimeout } from './input.js';
import type { ApiClient } from './operation.js';
import type * as P from './params.js';
import { Session, type AuthListener, type AuthState } from './session.js';
import { memoryStore } from './token-store.js';
import { loadUdv, type DecodedUdv, type UdvClient } from './udv.js';
import { SDK_NAME, SDK_VERSION } from './version.js';

/**
 * A client for one user pool, acting for one end user at a time. It keeps that user's token, so on a
 * server create one client per request (construction is cheap: no I/O, no timer, no storage read).
 *
 * @example
 * ```ts
 * const authing = new AuthenticationClient({ userPoolId: 'YOUR_USER_POOL_ID' });
 * const user = await authing.loginByEmail({ email: 'test@example.com', password: 'passw0rd' });
 * ```
 * @category Client
 */
export class AuthenticationClient {
  /** The base URL of the service, without a trailing slash. */
  readonly host: string;
  /**
   * The typed openapi-fetch client of every path of the spec, which every method of this client sends
   * through. Its middleware (`api.use(...)`) sees every request: the 24 methods', the public-key fetch
   * and your own raw calls. Raw calls (`api.GET('/api/v2/users/me')`) get this client's headers, its
   * stored token (unless the request sets `Authorization`; refreshed first when due, never sent once
   * expired), its timeout and retries for GET; their answers come back as openapi-fetch returns them,
   * the envelope not unwrapped.
   *
   * @example
   * ```ts
   * authing.api.use({ onRequest: ({ request }) => void request.headers.set('x-request-id', crypto.randomUUID()) });
   * const { data } = await authing.api.GET('/api/v2/users/me');
   * if (data?.code === 200) console.log(data.data.email);
   * ```
   */
  readonly api: ApiClient;
  readonly #appId: string | undefined;
  readonly #session: Session;
  readonly #caller: Caller;
  #initialSession: Promise<AuthState> | undefined;

  /** @throws {@link AuthingInputError} when an option is missing or invalid. */
  constructor(options: AuthenticationClientOptions) {
    if (!isRecord(options)) inputError('options', `AuthenticationClient needs an options object { userPoolId, ... }, got ${describeValue(options)}`);
    const { userPoolId, appId, host = 'https://core.authing.cn', lang, timeoutMs = 10_000, maxRetries = 2, encryptPassword: mode = 'rsa' } = options;
    // Each option's check, the value it got, and what it takes (as the README's options table says).
    const invalid = (
      [
        [typeof userPoolId !== 'string' || !userPoolId.trim(), 'userPoolId', userPoolId, "your user pool's id, a non-empty string"],
        [!isHttpUrl(host), 'host', host, 'an http(s) URL like https://core.authing.cn'],
        [!isTimeout(timeoutMs), 'timeoutMs', timeoutMs, 'milliseconds from 1 to 2^31-1'],
        [!(Number.isInteger(maxRetries) && maxRetries >= 0 && maxRetries <= 10), 'maxRetries', maxRetries, 'an integer from 0 to 10'],
        [options.fetch !== undefined && typeof options.fetch !== 'function', 'fetch', options.fetch, 'a fetch function'],
        [mode !== 'rsa' && mode !== 'none' && typeof mode !== 'function', 'encryptPassword', mode, "'rsa', 'none' or a function"],
      ] as const
    ).find(([bad]) => bad);
    if (invalid) {
      const [, option, value, takes] = invalid;
      inputError(option, `Invalid AuthenticationClient option ${option}: expected ${takes}, got ${describeValue(value)}`);
    }

    this.host = host.replace(/\/+$/, '');
    this.#appId = appId || undefined;
    this.#session = new Session(options.storage ?? memoryStore(), options.token);
    this.#caller = new Caller({
      host: this.host,
      // Checked as Headers (a name or value no header can carry is refused now), kept as openapi-fetch's plain object.
      headers: Object.fromEntries(mergeHeaders([
        {
          'x-authing-userpool-id': userPoolId,
          'x-authing-app-id': appId,
          'x-authing-request-from': 'sdk',
          'x-authing-sdk-version': `${SDK_NAME}:${SDK_VERSION}`,
          'x-authing-lang': lang,
        },
        options.headers,
      ])),
      // Looked up per call, so a fetch installed after construction (polyfill, test double) is used.
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      timeoutMs,
      maxRetries,
      session: this.#session,
      userPoolId,
      encryptPassword: mode,
      publicKey: options.publicKey,
      autoRefresh: options.autoRefresh !== false,
    });
    this.api = this.#caller.api;
  }

  /** The stored token, or null when signed out. */
  async getToken(): Promise<string | null> {
    return this.#session.token();
  }

  /** Signs in with a token obtained elsewhere (emits SIGNED_IN), or signs out locally with `null` (SIGNED_OUT). */
  setToken(token: string | null): Promise<void> {
    if (token !== null && (typeof token !== 'string' || !token)) inputError('token', `setToken takes a non-empty string, or null to sign out, got ${describeValue(token, true)}`);
    return this.#session.reset(token);
  }

  /**
   * Reads and checks the stored session, once (later calls get the same promise): a stored token that has
   * expired is dropped, one due for a refresh is refreshed (unless `autoRefresh` is off). Resolves with the
   * session then, and tells the listeners `INITIAL_SESSION`. For code that renders once the session is known,
   * as Firebase's `authStateReady()`: `const { token } = await authing.initialSession()`.
   */
  initialSession(): Promise<AuthState> {
    this.#initialSession ??= this.#caller.initialSession();
    return this.#initialSession;
  }

  /**
   * Calls `listener` after every session change, once the new state is stored: INITIAL_SESSION (see
   * {@link initialSession}), SIGNED_IN, SIGNED_OUT, TOKEN_REFRESHED, USER_UPDATED; with `localStorageStore()`,
   * also for the changes another tab of the same origin makes. Returns the function that unsubscribes it.
   */
  onAuthStateChange(listener: AuthListener): () => void {
    if (typeof listener !== 'function') inputError('listener', `onAuthStateChange takes a function, got ${describeValue(listener)}`);
    return this.#session.subscribe(listener);
  }

  /**
   * Registers a user by email and password. The email is not verified; with `forceLogin` or `generateToken` the client is signed in.
   *
   * {@include ../generated/method-reference.md#registerByEmail}
   */
  registerByEmail(params: P.RegisterByEmailParams, options?: P.CallOptions): Promise<User> {
    return this.#caller.send('registerByEmail', params, options);
  }

  /**
   * Registers a user by username and password; with `forceLogin` or `generateToken` the client is signed in.
   *
   * {@include ../generated/method-reference.md#registerByUsername}
   */
  registerByUsername(params: P.RegisterByUsernameParams, options?: P.CallOptions): Promise<User> {
    return this.#caller.send('registerByUsername', params, options);
  }

  /**
   * Registers a user by phone number and SMS code (see {@link sendSmsCode}), optionally with a password.
   *
   * {@include ../generated/method-reference.md#registerByPhoneCode}
   */
  registerByPhoneCode(params: P.RegisterByPhoneCodeParams, options?: P.CallOptions): Promise<User> {
    return this.#caller.send('registerByPhoneCode', params, options);
  }

  /**
   * Sends an SMS code, valid for 60 seconds. Resolves to null or the service's message.
   *
   * {@include ../generated/method-reference.md#sendSmsCode}
   */
  sendSmsCode(params: P.SendSmsCodeParams, options?: P.CallOptions): Promise<CommonMessage | null> {
    return this.#caller.send('sendSmsCode', params, options);
  }

  /**
   * Signs in by email and password. A CAPTCHA may be asked for (code 2000) after repeated failures.
   *
   * {@include ../generated/method-reference.md#loginByEmail}
   */
  loginByEmail(params: P.LoginByEmailParams, options?: P.CallOptions): Promise<User> {
    return this.#login('loginByEmail', 'email', params, options);
  }

  /**
   * Signs in by username and password.
   *
   * {@include ../generated/method-reference.md#loginByUsername}
   */
  loginByUsername(params: P.LoginByUsernameParams, options?: P.CallOptions): Promise<User> {
    return this.#login('loginByUsername', 'username', params, options);
  }

  /**
   * Signs in by phone number and SMS code; with `autoRegister`, an unknown number gets an account.
   *
   * {@include ../generated/method-reference.md#loginByPhoneCode}
   */
  loginByPhoneCode(params: P.LoginByPhoneCodeParams, options?: P.CallOptions): Promise<User> {
    return this.#caller.send('loginByPhoneCode', params, options);
  }

  /**
   * Signs in by phone number and password.
   *
   * {@include ../generated/method-reference.md#loginByPhonePassword}
   */
  loginByPhonePassword(params: P.LoginByPhonePasswordParams, options?: P.CallOptions): Promise<User> {
    return this.#login('loginByPhonePassword', 'phone', params, options);
  }

  /**
   * Checks `token`, or the stored token when none is given (sent in the body, as Authing's web Guard does).
   * Resolves with the token's status for a valid and an invalid token alike: the token is valid only when
   * `code` is 200 and `status` is true; an expired one resolves with `status: false` and code 2206.
   * @throws {@link AuthingSessionError} when no token is given and none is stored.
   *
   * {@include ../generated/method-reference.md#checkLoginStatus}
   */
  checkLoginStatus(params: P.CheckLoginStatusParams = {}, options?: P.CallOptions): Promise<JwtTokenStatus> {
    return this.#caller.send('checkLoginStatus', params, options);
  }

  /**
   * Sends an email for a scene: `RESET_PASSWORD` for {@link resetPasswordByEmailCode}, `CHANGE_EMAIL` for
   * {@link updateEmail}; the other scenes Authing's clients send (`VERIFY_EMAIL`, `VERIFY_CODE`, ...) serve flows
   * outside this SDK.
   *
   * {@include ../generated/method-reference.md#sendEmail}
   */
  sendEmail(params: P.SendEmailParams, options?: P.CallOptions): Promise<CommonMessage> {
    return this.#caller.send('sendEmail', params, options);
  }

  /**
   * Sets a new password with an SMS code sent to the user's phone.
   *
   * {@include ../generated/method-reference.md#resetPasswordByPhoneCode}
   */
  resetPasswordByPhoneCode(params: P.ResetPasswordByPhoneCodeParams, options?: P.CallOptions): Promise<CommonMessage> {
    return this.#caller.send('resetPasswordByPhoneCode', params, options);
  }

  /**
   * Sets a new password with a code from a `RESET_PASSWORD` email.
   *
   * {@include ../generated/method-reference.md#resetPasswordByEmailCode}
   */
  resetPasswordByEmailCode(params: P.ResetPasswordByEmailCodeParams, options?: P.CallOptions): Promise<CommonMessage> {
    return this.#caller.send('resetPasswordByEmailCode', params, options);
  }

  /**
   * Changes profile fields of the signed-in user; not email, phone or password. Emits USER_UPDATED.
   *
   * {@include ../generated/method-reference.md#updateProfile}
   */
  updateProfile(params: P.UpdateProfileParams, options?: P.CallOptions): Promise<User> {
    return this.#caller.send('updateProfile', params, options);
  }

  /**
   * Changes the signed-in user's password; `oldPassword` is needed when the user has one.
   *
   * {@include ../generated/method-reference.md#updatePassword}
   */
  updatePassword(params: P.UpdatePasswordParams, options?: P.CallOptions): Promise<User> {
    return this.#caller.send('updatePassword', params, options);
  }

  /**
   * Replaces the signed-in user's phone number (the old one may need verifying too).
   *
   * {@include ../generated/method-reference.md#updatePhone}
   */
  updatePhone(params: P.UpdatePhoneParams, options?: P.CallOptions): Promise<User> {
    return this.#caller.send('updatePhone', params, options);
  }

  /**
   * Replaces the signed-in user's email (the old one may need verifying too).
   *
   * {@include ../generated/method-reference.md#updateEmail}
   */
  updateEmail(params: P.UpdateEmailParams, options?: P.CallOptions): Promise<User> {
    return this.#caller.send('updateEmail', params, options);
  }

  /**
   * Gets a new token for the signed-in user and stores it (TOKEN_REFRESHED). Concurrent calls share one
   * request, with the refreshes the client makes itself, so they all end with the same token. The client
   * refreshes a token due for it before using it anyway (see `autoRefresh`): call this only to force one.
   *
   * {@include ../generated/method-reference.md#refreshToken}
   */
  refreshToken(options?: P.CallOptions): Promise<RefreshToken>;
  /** As the methods that take parameters are called: `refreshToken({}, options)`. */
  refreshToken(params: P.NoParams, options?: P.CallOptions): Promise<RefreshToken>;
  refreshToken(...args: OptionsOnly): Promise<RefreshToken> {
    return this.#caller.refresh(optionsOf(args));
  }

  /**
   * Binds a first phone number to the signed-in user.
   *
   * {@include ../generated/method-reference.md#bindPhone}
   */
  bindPhone(params: P.BindPhoneParams, options?: P.CallOptions): Promise<User> {
    return this.#caller.send('bindPhone', params, options);
  }

  /**
   * Removes the signed-in user's phone number, unless it is their only way to sign in.
   *
   * {@include ../generated/method-reference.md#unbindPhone}
   */
  unbindPhone(options?: P.CallOptions): Promise<User>;
  /** As the methods that take parameters are called: `unbindPhone({}, options)`. */
  unbindPhone(params: P.NoParams, options?: P.CallOptions): Promise<User>;
  unbindPhone(...args: OptionsOnly): Promise<User> {
    return this.#caller.send('unbindPhone', {}, optionsOf(args));
  }

  /**
   * Fetches the signed-in user.
   *
   * {@include ../generated/method-reference.md#getCurrentUser}
   */
  getCurrentUser(options?: P.CallOptions): Promise<User>;
  /** As the methods that take parameters are called: `getCurrentUser({}, options)`. */
  getCurrentUser(params: P.NoParams, options?: P.CallOptions): Promise<User>;
  getCurrentUser(...args: OptionsOnly): Promise<User> {
    return this.#caller.send('getCurrentUser', undefined, optionsOf(args));
  }

  /**
   * Revokes the token at the service and forgets it locally (SIGNED_OUT). The local sign-out happens
   * whatever the service answers; its error, if any, is still thrown.
   *
   * {@include ../generated/method-reference.md#logout}
   */
  logout(options?: P.CallOptions): Promise<void>;
  /** As the methods that take parameters are called: `logout({}, options)`. */
  logout(params: P.NoParams, options?: P.CallOptions): Promise<void>;
  async logout(...args: OptionsOnly): Promise<void> {
    const options = optionsOf(args);
    const epoch = this.#session.epoch;
    const query = this.#appId ? { app_id: this.#appId } : undefined;
    // An expired token is not sent: the session ends locally, which is what a logout asks.
    if (await this.#session.token()) await this.#caller.send('logout', undefined, options, { query }).catch(signedOutAnyway);
    else await this.#session.apply('clear', null, epoch);
  }

  /**
   * Lists the signed-in user's user-defined data, each value decoded by its data type.
   *
   * {@include ../generated/method-reference.md#listUdv}
   */
  listUdv(options?: P.CallOptions): Promise<DecodedUdv[]>;
  /** As the methods that take parameters are called: `listUdv({}, options)`. */
  listUdv(params: P.NoParams, options?: P.CallOptions): Promise<DecodedUdv[]>;
  async listUdv(...args: OptionsOnly): Promise<DecodedUdv[]> {
    return (await loadUdv()).listUdv(this.#udvClient(), optionsOf(args));
  }

  /**
   * Sets one user-defined value of the signed-in user; resolves to all of them afterwards.
   *
   * {@include ../generated/method-reference.md#setUdv}
   */
  async setUdv(params: P.SetUdvParams, options?: P.CallOptions): Promise<DecodedUdv[]> {
    return (await loadUdv()).setUdv(this.#udvClient(), params, options);
  }

  /**
   * Removes one user-defined value of the signed-in user; resolves to the remaining ones. Sent as the
   * GraphQL mutation `removeUdv` to `/graphql/v2`, as Authing's Python and JS SDKs do (no REST endpoint exists).
   *
   * {@include ../generated/method-reference.md#removeUdv}
   */
  async removeUdv(params: P.RemoveUdvParams, options?: P.CallOptions): Promise<DecodedUdv[]> {
    return (await loadUdv()).removeUdv(this.#udvClient(), params, options);
  }

  /** What the user-defined-data calls, a chunk of their own, need of this client. */
  #udvClient(): UdvClient {
    return { caller: this.#caller, session: this.#session, errors: chunkErrors };
  }

  #login(name: RouteName, accountField: string, params: object, options: P.CallOptions | undefined): Promise<User> {
    return this.#caller.send(name, params, options, { accountField });
  }
}

/** The arguments of a method that takes no parameters: its call options, or `{}` and then its call options. */
type OptionsOnly = [options?: P.CallOptions] | [params: P.NoParams, options?: P.CallOptions];

/** The call options of a method that takes no parameters, called either way. */
const optionsOf = (args: OptionsOnly): P.CallOptions | undefined => (args.length > 1 ? args[1] : args[0]);

/** A logout's session error means there was no session to end at the service: the local one is ended. */
const signedOutAnyway = (error: unknown) => {
  if (!isAuthingSessionError(error)) throw error;
};
