/**
 * `AuthenticationClient`: the 24 documented methods of Authing's authentication client. How each method
 * reaches the wire (path, token, retries, session effect) comes from the spec through
 * `generated/operations.ts`; this file only maps parameters and results.
 */
import { operations, type OperationName } from '../generated/operations.js';
import type { CommonMessage, JwtTokenStatus, RefreshToken, User } from './models.js';
import { AuthingInputError, AuthingInvalidResponseError, AuthingSessionError } from './errors.js';
import { isRecord, readEnvelope } from './envelope.js';
import { secretsOf } from './redaction.js';
import { userIdFromToken } from './claims.js';
import type * as P from './params.js';
import { createPasswordEncrypter, type PasswordEncryption } from './password.js';
import { Session, type AuthListener } from './session.js';
import { memoryStore, type TokenStore } from './token-store.js';
import { Deadlines } from './deadlines.js';
import { exchange } from './transport.js';
import { buildRequest, mergeHeaders } from './request.js';
import { decodeUdvList, encodeUdvValue, type DecodedUdv } from './udv.js';
import { SDK_NAME, SDK_VERSION } from './version.js';

/** Options of {@link AuthenticationClient}. Only `userPoolId` is required. */
export interface AuthenticationClientOptions {
  /** Id of the user pool; sent as `x-authing-userpool-id` on every request. */
  userPoolId: string;
  /** Id of the application; sent as `x-authing-app-id`, and names the app to sign out of. */
  appId?: string;
  /** Base URL of the service. Default `https://core.authing.cn`. */
  host?: string;
  /** Language of the service's messages, sent as `x-authing-lang`. */
  lang?: 'zh-CN' | 'en-US';
  /** A token to start signed in with. */
  token?: string;
  /** The pool's RSA public key (PEM); skips fetching it from `/api/v2/.well-known`. */
  publicKey?: string;
  /** How passwords are sent. Default `'rsa'`. */
  encryptPassword?: PasswordEncryption;
  /** Where the token is kept. Default: in this client's memory ({@link memoryStore}). */
  storage?: TokenStore;
  /** The `fetch` to send requests with: for tests, proxies and other runtimes. Default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Limit for each attempt of a call, in milliseconds. Default 10 000. */
  timeoutMs?: number;
  /** Further attempts for idempotent operations after a network error, timeout or 408/429/502/503/504. Default 2. */
  maxRetries?: number;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
}

type Body = Record<string, unknown>;

function inputError(field: string, message: string): never {
  throw new AuthingInputError(field, message);
}

/** `params`, checked to be an object: every POST method takes one. */
function paramsOf(name: string, params: unknown): Body {
  if (!isRecord(params)) inputError('params', `${name} needs an object of parameters`);
  return params;
}

const isHttpUrl = (text: unknown) => {
  try {
    return typeof text === 'string' && /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
};

/**
 * A client for one user pool, acting for one end user at a time. It keeps that user's token, so on a
 * server create one client per request (construction is cheap: no I/O, no timer, no storage read).
 *
 * @example
 * ```ts
 * const authing = new AuthenticationClient({ userPoolId: 'YOUR_USER_POOL_ID' });
 * const user = await authing.loginByEmail({ email: 'test@example.com', password: 'passw0rd' });
 * ```
 */
export class AuthenticationClient {
  /** The base URL of the service, without a trailing slash. */
  readonly host: string;
  /** Sent with every request; empty values dropped. */
  readonly #headers: Record<string, string>;
  readonly #fetch: typeof fetch;
  readonly #timeoutMs: number;
  readonly #maxRetries: number;
  readonly #appId: string | undefined;
  readonly #session: Session;
  readonly #encryptPasswords: (body: Body) => Promise<Body>;
  /** One timer for the deadlines of all this client's calls. */
  readonly #deadlines = new Deadlines();
  #refreshing: Promise<RefreshToken> | undefined;
  #publicKey: Promise<string> | undefined;

  /** @throws {@link AuthingInputError} when an option is missing or invalid. */
  constructor(options: AuthenticationClientOptions) {
    if (!isRecord(options)) inputError('options', 'new AuthenticationClient({ userPoolId }) needs an options object');
    const { userPoolId, appId, host = 'https://core.authing.cn', lang, timeoutMs = 10_000, maxRetries = 2, encryptPassword: mode = 'rsa' } = options;
    const invalid = Object.entries({
      userPoolId: typeof userPoolId !== 'string' || !userPoolId.trim(),
      host: !isHttpUrl(host),
      timeoutMs: !(timeoutMs > 0 && timeoutMs < 2 ** 31),
      maxRetries: !(Number.isInteger(maxRetries) && maxRetries >= 0 && maxRetries <= 10),
      fetch: options.fetch !== undefined && typeof options.fetch !== 'function',
      encryptPassword: mode !== 'rsa' && mode !== 'none' && typeof mode !== 'function',
    }).find(([, bad]) => bad);
    // The README's options table says what each option takes.
    if (invalid) inputError(invalid[0], `Invalid AuthenticationClient option: ${invalid[0]}${invalid[0] === 'userPoolId' ? ' is required' : ''}`);

    this.host = host.replace(/\/+$/, '');
    this.#appId = appId || undefined;
    this.#timeoutMs = timeoutMs;
    this.#maxRetries = maxRetries;
    // Looked up per call, so a fetch installed after construction (polyfill, test double) is used.
    this.#fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.#session = new Session(options.storage ?? memoryStore(), options.token);
    this.#encryptPasswords = createPasswordEncrypter(mode, options.publicKey, () => this.#loadPublicKey());
    this.#headers = {
      'x-authing-userpool-id': userPoolId,
      'x-authing-app-id': appId ?? '',
      'x-authing-request-from': 'sdk',
      'x-authing-sdk-version': `${SDK_NAME}:${SDK_VERSION}`,
      'x-authing-lang': lang ?? '',
      ...options.headers,
    };
  }

  /**
   * Sends any request to the service as this client: its headers where the request has none of that
   * name, the stored token unless the request carries an `Authorization`, the timeout on each attempt
   * and retries for GET. The body is read before it resolves, so the timeout covers it too. This is the
   * `fetch` of the typed client of {@link api!createApiClient | createApiClient}.
   *
   * @throws {@link AuthingNetworkError}, {@link AuthingTimeoutError} or {@link AuthingAbortError} (the
   * request's own signal) when no complete answer arrives.
   */
  async fetch(request: Request): Promise<Response> {
    const token = request.headers.has('authorization') ? null : await this.#session.token();
    const headers = mergeHeaders([this.#headers, Object.fromEntries(request.headers), { authorization: token ? `Bearer ${token}` : '' }]);
    const [response, bytes] = await exchange(
      this.#fetch,
      { timeoutMs: this.#timeoutMs, maxRetries: this.#maxRetries, idempotent: request.method === 'GET', signal: request.signal, secrets: () => secretsOf([], token) },
      this.#deadlines,
      new Request(request, { headers }),
      (answer) => answer.arrayBuffer(),
    );
    return new Response(bytes, response);
  }

  /** The stored token, or null when signed out. */
  getToken(): Promise<string | null> {
    return this.#session.token();
  }

  /** Signs in with a token obtained elsewhere (emits SIGNED_IN), or signs out locally with `null` (SIGNED_OUT). */
  setToken(token: string | null): Promise<void> {
    if (token !== null && (typeof token !== 'string' || !token)) inputError('token', 'token must be a non-empty string or null');
    return this.#session.reset(token);
  }

  /**
   * Calls `listener` after every session change, once the new state is stored: SIGNED_IN, SIGNED_OUT,
   * TOKEN_REFRESHED, USER_UPDATED. Returns the function that unsubscribes it.
   */
  onAuthStateChange(listener: AuthListener): () => void {
    if (typeof listener !== 'function') inputError('listener', 'onAuthStateChange needs a function');
    return this.#session.subscribe(listener);
  }

  /** Registers a user by email and password. The email is not verified; with `forceLogin` or `generateToken` the client is signed in. */
  registerByEmail(params: P.RegisterByEmailParams, options?: P.CallOptions): Promise<User> {
    return this.#send('registerByEmail', params, options);
  }

  /** Registers a user by username and password; with `forceLogin` or `generateToken` the client is signed in. */
  registerByUsername(params: P.RegisterByUsernameParams, options?: P.CallOptions): Promise<User> {
    return this.#send('registerByUsername', params, options);
  }

  /** Registers a user by phone number and SMS code (see {@link sendSmsCode}), optionally with a password. */
  registerByPhoneCode(params: P.RegisterByPhoneCodeParams, options?: P.CallOptions): Promise<User> {
    return this.#send('registerByPhoneCode', params, options);
  }

  /** Sends an SMS code, valid for 60 seconds. Resolves to null or the service's message. */
  sendSmsCode(params: P.SendSmsCodeParams, options?: P.CallOptions): Promise<CommonMessage | null> {
    return this.#send('sendSmsCode', params, options);
  }

  /** Signs in by email and password. A CAPTCHA may be asked for (code 2000) after repeated failures. */
  loginByEmail(params: P.LoginByEmailParams, options?: P.CallOptions): Promise<User> {
    return this.#login('loginByEmail', 'email', params, options);
  }

  /** Signs in by username and password. */
  loginByUsername(params: P.LoginByUsernameParams, options?: P.CallOptions): Promise<User> {
    return this.#login('loginByUsername', 'username', params, options);
  }

  /** Signs in by phone number and SMS code; with `autoRegister`, an unknown number gets an account. */
  loginByPhoneCode(params: P.LoginByPhoneCodeParams, options?: P.CallOptions): Promise<User> {
    return this.#send('loginByPhoneCode', params, options);
  }

  /** Signs in by phone number and password. */
  loginByPhonePassword(params: P.LoginByPhonePasswordParams, options?: P.CallOptions): Promise<User> {
    return this.#login('loginByPhonePassword', 'phone', params, options);
  }

  /** Checks `token`, or the stored token when none is given. An invalid token resolves with `status: false`. */
  checkLoginStatus(params: P.CheckLoginStatusParams = {}, options?: P.CallOptions): Promise<JwtTokenStatus> {
    return this.#send('checkLoginStatus', params, options);
  }

  /** Sends an email for a scene: `RESET_PASSWORD`, `VERIFY_EMAIL`, `CHANGE_EMAIL` or `MFA_VERIFY`. */
  sendEmail(params: P.SendEmailParams, options?: P.CallOptions): Promise<CommonMessage> {
    return this.#send('sendEmail', params, options);
  }

  /** Sets a new password with an SMS code sent to the user's phone. */
  resetPasswordByPhoneCode(params: P.ResetPasswordByPhoneCodeParams, options?: P.CallOptions): Promise<CommonMessage> {
    return this.#send('resetPasswordByPhoneCode', params, options);
  }

  /** Sets a new password with a code from a `RESET_PASSWORD` email. */
  resetPasswordByEmailCode(params: P.ResetPasswordByEmailCodeParams, options?: P.CallOptions): Promise<CommonMessage> {
    return this.#send('resetPasswordByEmailCode', params, options);
  }

  /** Changes profile fields of the signed-in user; not email, phone or password. Emits USER_UPDATED. */
  updateProfile(params: P.UpdateProfileParams, options?: P.CallOptions): Promise<User> {
    return this.#send('updateProfile', params, options);
  }

  /** Changes the signed-in user's password; `oldPassword` is needed when the user has one. */
  updatePassword(params: P.UpdatePasswordParams, options?: P.CallOptions): Promise<User> {
    return this.#send('updatePassword', params, options);
  }

  /** Replaces the signed-in user's phone number (the old one may need verifying too). */
  updatePhone(params: P.UpdatePhoneParams, options?: P.CallOptions): Promise<User> {
    return this.#send('updatePhone', params, options);
  }

  /** Replaces the signed-in user's email (the old one may need verifying too). */
  updateEmail(params: P.UpdateEmailParams, options?: P.CallOptions): Promise<User> {
    return this.#send('updateEmail', params, options);
  }

  /**
   * Gets a new token for the signed-in user and stores it (TOKEN_REFRESHED). Concurrent calls share one
   * request, so they all end with the same token.
   */
  refreshToken(options?: P.CallOptions): Promise<RefreshToken> {
    this.#refreshing ??= this.#send<RefreshToken>('refreshToken', {}, options).finally(() => {
      this.#refreshing = undefined;
    });
    return this.#refreshing;
  }

  /** Binds a first phone number to the signed-in user. */
  bindPhone(params: P.BindPhoneParams, options?: P.CallOptions): Promise<User> {
    return this.#send('bindPhone', params, options);
  }

  /** Removes the signed-in user's phone number, unless it is their only way to sign in. */
  unbindPhone(options?: P.CallOptions): Promise<User> {
    return this.#send('unbindPhone', {}, options);
  }

  /** Fetches the signed-in user. */
  getCurrentUser(options?: P.CallOptions): Promise<User> {
    return this.#send('getCurrentUser', undefined, options);
  }

  /**
   * Revokes the token at the service and forgets it locally (SIGNED_OUT). The local sign-out happens
   * whatever the service answers; its error, if any, is still thrown.
   */
  async logout(options?: P.CallOptions): Promise<void> {
    this.#refreshing = undefined;
    const epoch = this.#session.epoch;
    try {
      if (await this.#session.token()) await this.#send('logout', undefined, options, this.#appId ? { app_id: this.#appId } : undefined);
    } finally {
      // Unless something else already replaced the session meanwhile.
      if (epoch === this.#session.epoch) await this.#session.reset(null);
    }
  }

  /** Lists the signed-in user's user-defined data, each value decoded by its data type. */
  async listUdv(options?: P.CallOptions): Promise<DecodedUdv[]> {
    return decodeUdvList(await this.#send('listUdv', await this.#udvTarget(), options));
  }

  /** Sets one user-defined value of the signed-in user; resolves to all of them afterwards. */
  async setUdv(params: P.SetUdvParams, options?: P.CallOptions): Promise<DecodedUdv[]> {
    const { key, value } = paramsOf('setUdv', params);
    const encoded = encodeUdvValue(value as P.SetUdvParams['value']);
    return decodeUdvList(await this.#send('setUdv', { ...(await this.#udvTarget()), key, value: encoded }, options));
  }

  /** Removes one user-defined value of the signed-in user; resolves to the remaining ones. */
  async removeUdv(params: P.RemoveUdvParams, options?: P.CallOptions): Promise<DecodedUdv[]> {
    const { key } = paramsOf('removeUdv', params);
    return decodeUdvList(await this.#send('removeUdv', { ...(await this.#udvTarget()), key }, options));
  }

  #login(name: OperationName, accountField: string, params: object, options: P.CallOptions | undefined): Promise<User> {
    const { [accountField]: account, ...rest } = paramsOf(name, params);
    return this.#send(name, { account, ...rest }, options, undefined, accountField);
  }

  /** The user the UDV calls are about: the cached user's id, else the id in the token's claims. */
  async #udvTarget(): Promise<{ targetType: 'USER'; targetId: string }> {
    const token = await this.#session.token();
    if (!token) throw new AuthingSessionError('User-defined data needs a signed-in user, but no token is stored');
    const targetId = this.#session.user?.id || userIdFromToken(token);
    if (!targetId) throw new AuthingSessionError('The token carries no user id; call getCurrentUser() first');
    return { targetType: 'USER', targetId };
  }

  #loadPublicKey(): Promise<string> {
    this.#publicKey ??= this.#send<{ publicKey: string }>('getWellKnown').then(
      ({ publicKey }) => publicKey,
      (error) => {
        this.#publicKey = undefined;
        throw error;
      },
    );
    return this.#publicKey;
  }

  /** Sends one operation and returns its envelope's `data`, after applying its effect on the session. */
  async #send<T>(name: OperationName, params?: object, options: P.CallOptions = {}, query?: Record<string, string>, accountField?: string): Promise<T> {
    const [method, path, auth, session, idempotent, required, shape] = operations[name];
    if (method === 'post') paramsOf(name, params);
    const timeoutMs = isRecord(options) ? ((options.timeoutMs as number | undefined) ?? this.#timeoutMs) : Number.NaN;
    if (!(timeoutMs > 0 && timeoutMs < 2 ** 31)) {
      inputError('options', `${name}: the call options must be { signal?, timeoutMs?, headers? } with a positive timeoutMs`);
    }
    const plain = params as Body | undefined;
    for (const field of required) {
      const value = plain?.[field];
      if (typeof value !== 'string' || !value) {
        const shown = field === 'account' && accountField ? accountField : field;
        inputError(shown, `${name}: ${shown} is required and must be a non-empty string`);
      }
    }
    const epoch = this.#session.epoch;
    const token = auth === 'none' ? null : await this.#session.token();
    if (auth !== 'none' && !token && (auth === 'required' || !plain?.token)) {
      throw new AuthingSessionError(`${name} needs a signed-in user, but no token is stored`);
    }
    const body = plain && (await this.#encryptPasswords(plain));
    const secrets = () => secretsOf([plain, body], token);
    const request = buildRequest({
      method,
      url: this.host + path,
      query,
      body,
      headers: [this.#headers, options.headers, { authorization: token ? `Bearer ${token}` : '' }],
    });
    const [response, text] = await exchange(
      this.#fetch,
      { timeoutMs, maxRetries: this.#maxRetries, idempotent, signal: options.signal, secrets },
      this.#deadlines,
      request,
      (answer) => answer.text(),
    );
    const data = readEnvelope(text, response, shape, secrets) as T & User & RefreshToken;

    if (session === 'set' && typeof data.token === 'string' && data.token) {
      await this.#session.replace('SIGNED_IN', data.token, data, epoch);
    } else if (session === 'replace') {
      if (typeof data.token !== 'string' || !data.token) throw new AuthingInvalidResponseError(200, '', 'the refreshed token is missing');
      await this.#session.replace('TOKEN_REFRESHED', data.token, null, epoch);
    } else if (session === 'update-user' || session === 'cache-user') {
      await this.#session.updateUser(data, epoch, session === 'update-user');
    }
    return data;
  }
}
