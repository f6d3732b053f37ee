/**
 * How a client's calls are made. Every call goes through one typed openapi-fetch client (`api`), so its
 * middleware sees them all; the SDK's transport is that client's `fetch` (for each method's call, under
 * the call's own policy). Around it: the input checks, the token, password encryption, and the session
 * effect of each answer.
 */
import createClient from 'openapi-fetch';
import { routes, type Route, type RouteName } from '../generated/routes.js';
import type { paths } from '../generated/schema.js';
import { AuthingNetworkError, AuthingSessionError } from './errors.js';
import { isRecord, type ToEnvelope } from './envelope.js';
import { isAuthingApiError } from './guards.js';
import { mergeHeaders } from './headers.js';
import { describeValue, inputError, isTimeout, paramsOf, requireText } from './input.js';
import { callOperation, type ApiClient } from './operation.js';
import type { CallOptions } from './params.js';
import type { PasswordEncrypter, PasswordEncryption } from './password.js';
import { secretsOf } from './redaction.js';
import { SESSION_ENDING_CODES, type AuthState, type Session } from './session.js';
import type { Renewal, RenewalState } from './session-renewal.js';
import { chunkErrors } from './chunk-errors.js';
import type { RefreshToken } from './models.js';
import { Deadlines } from './deadlines.js';
import { Exchange, type CallPolicy } from './transport.js';

type Body = Record<string, unknown>;

/** What one call of a method is sent with, beside its route and body. */
interface CallSettings {
  options: CallOptions;
  timeoutMs: number;
  token: string | null;
  extras: SendExtras;
}

/** The code of an answer whose password the service could not decrypt: sent with a key it no longer has. */
const PASSWORD_UNDECRYPTABLE = 2016;
/** Body fields that carry a password, which the SDK encrypts. */
export const PASSWORD_FIELDS = ['password', 'newPassword', 'oldPassword'];

/** A client's settings, as the caller needs them. */
export interface CallerSettings {
  /** Base URL, without a trailing slash. */
  host: string;
  userPoolId: string;
  /** Sent with every request (lower-case names). */
  headers: Record<string, string>;
  fetch: typeof fetch;
  timeoutMs: number;
  maxRetries: number;
  session: Session;
  encryptPassword: PasswordEncryption;
  /** The pool's key from the client's options; fetched (once per process for the host and pool) when absent. */
  publicKey: string | undefined;
  /** Whether a token due for a refresh is refreshed before it is used. */
  autoRefresh: boolean;
}

/** What some methods add to a call beyond its parameters. */
export interface SendExtras {
  /** The query string (logout's `app_id`). */
  query?: Record<string, string> | undefined;
  /** The caller's name for the wire field `account` (`email`, `username`, `phone`): renamed on the wire, named in errors. */
  accountField?: string;
  /** The body the checked parameters make, when it is not the parameters themselves (user-defined data). */
  toBody?: (params: Body) => Body | Promise<Body>;
  /** Reads an answer of another form than the envelope (removeUdv's GraphQL) as the envelope. */
  toEnvelope?: ToEnvelope;
}

/** The body a login sends: the caller's `email`, `username` or `phone` as `account`. */
function accountBody({ ...params }: Body, accountField: string | undefined): Body {
  if (!accountField) return params;
  const account = params[accountField];
  delete params[accountField];
  return { account, ...params };
}

export class Caller {
  /** The typed openapi-fetch client every call goes through. */
  readonly api: ApiClient;
  readonly #settings: CallerSettings;
  /** The deadlines of this client's attempts (one timer for them all). */
  readonly #deadlines = new Deadlines();
  /** The password encrypter, made when the first password is sent (its code is a chunk of its own). */
  #passwords: Promise<PasswordEncrypter> | undefined;
  /** The refresh in flight, and when the next may start after failed ones. */
  readonly #renewal: RenewalState = { retryAt: 0, waitMs: 0 };

  constructor(settings: CallerSettings) {
    this.#settings = settings;
    this.api = createClient<paths>({ baseUrl: settings.host, headers: settings.headers, fetch: (request) => this.#rawFetch(request) });
  }

  /** The client's password encrypter, loaded once; a chunk that cannot be loaded (offline) is a network error, tried again next time. */
  #encrypter(): Promise<PasswordEncrypter> {
    this.#passwords ??= import('./password.js').then(
      ({ createPasswordEncrypter }) => createPasswordEncrypter({ client: this.#settings, fetchKey: () => this.#fetchPublicKey(), fields: PASSWORD_FIELDS, errors: chunkErrors }),
      (error: unknown) => {
        this.#passwords = undefined;
        throw new AuthingNetworkError(error, 'password encryption: its module could not be loaded');
      },
    );
    return this.#passwords;
  }

  /**
   * Sends one operation and returns its envelope's `data`, after applying its effect on the session:
   * checks the input, adds the token, encrypts the passwords, sends through {@link api}.
   */
  async send<T>(name: RouteName, params: object | undefined, options: CallOptions = {}, extras: SendExtras = {}): Promise<T> {
    const { session } = this.#settings;
    const route = routes[name];
    const epoch = session.epoch;
    /** Whether the call sends the stored token (in its header, or as the token a check checks). */
    const usesStoredToken = route.token === 'required' || (route.token === 'body' && (params as { token?: unknown } | undefined)?.token === undefined);
    try {
      const timeoutMs = isRecord(options) ? (options.timeoutMs ?? this.#settings.timeoutMs) : undefined;
      if (!isTimeout(timeoutMs)) inputError('options', `${name}: call options must be { signal?, timeoutMs?, headers? } with timeoutMs from 1 to 2^31-1, got ${describeValue(isRecord(options) ? options.timeoutMs : options)}`);
      const checked = route.method === 'post' ? paramsOf(name, params) : undefined;
      let plain = checked && (extras.toBody ? await extras.toBody(checked) : accountBody(checked, extras.accountField));
      // A token check sends its token in the body: the caller's, else the stored one.
      if (route.token === 'body' && usesStoredToken) {
        const stored = await session.token();
        if (!stored) throw new AuthingSessionError(`${name} needs a token to check: pass { token }, or sign in first`);
        plain = { ...plain, token: stored };
      }
      for (const field of route.required) requireText(name, field === 'account' && extras.accountField ? extras.accountField : field, plain?.[field]);
      const token = route.token === 'required' ? await this.#tokenFor(name, epoch) : null;
      // Custom data and context take the forms Authing's clients send them in (a chunk of its own: few calls carry them).
      const wire = plain && (plain.customData !== undefined || plain.context !== undefined) ? (await import('./custom-data.js')).wireForm(plain, route.customData, chunkErrors.input) : plain;
      const data = await this.#sendEncrypted(route, wire, { options: options as CallOptions, timeoutMs: timeoutMs as number, token, extras });
      // A check of the stored token that finds it dead ends the session, as a call refused for it does.
      const status = data as { status?: unknown; code?: unknown } | null;
      if (usesStoredToken && status?.status === false && SESSION_ENDING_CODES.includes(status.code as number)) await session.end(epoch);
      // Awaited only when it stores something: most calls' effects are done at once.
      const applying = session.apply(route.session, data, epoch);
      if (applying) await applying;
      return data as T;
    } catch (error) {
      // Signing out happens locally whatever the service answers; a stored token the service refuses is dropped.
      if (route.session === 'clear' || (usesStoredToken && chunkErrors.refusalOf(error))) await session.end(epoch);
      throw error;
    }
  }

  /** The stored token for a call that needs one. @throws {@link AuthingSessionError} when none is stored, or it expired. */
  async #tokenFor(name: string, epoch: number): Promise<string> {
    const stored = await this.#settings.session.token();
    if (!stored) throw new AuthingSessionError(`${name} needs a signed-in user, but no token is stored`);
    return this.#usableToken(name, stored, epoch);
  }

  /**
   * The token a call sends: `token` itself while it is fresh (or of no age the SDK can read); else, loaded
   * only then, what session-renewal.ts makes of it (refreshed when due, never sent once expired).
   */
  async #usableToken(name: string, token: string, epoch: number): Promise<string> {
    const { session, autoRefresh } = this.#settings;
    const recalling = session.recallClock();
    if (recalling) await recalling;
    const age = session.ageOf(token);
    // A due token is used as it is where refreshing is off, or by the refresh itself.
    if (!age || age === 'fresh' || (age === 'due' && (!autoRefresh || name === 'refreshToken'))) return token;
    const { usableToken } = await import('./session-renewal.js');
    return usableToken({ ...this.#renewalFrom(epoch), name, token, age });
  }

  /** What session-renewal.ts needs of this client, for a call started at `epoch`. */
  #renewalFrom(epoch: number): Omit<Renewal, 'name' | 'token' | 'age'> {
    return { session: this.#settings.session, state: this.#renewal, errors: chunkErrors, refresh: () => this.refresh(), epoch };
  }

  /** Gets a new token for the signed-in user: one request for every caller that asks while it is in flight. */
  refresh(options?: CallOptions): Promise<RefreshToken> {
    this.#renewal.refreshing ??= this.send<RefreshToken>('refreshToken', {}, options).finally(() => {
      this.#renewal.refreshing = undefined;
    });
    return this.#renewal.refreshing;
  }

  /** Reads and checks the stored session once, at the app's start (see `initialSession`). */
  async initialSession(): Promise<AuthState> {
    const { session, autoRefresh } = this.#settings;
    const { checkInitialSession } = await import('./session-renewal.js');
    return checkInitialSession(this.#renewalFrom(session.epoch), autoRefresh);
  }

  /**
   * Sends `body` with its passwords encrypted. A password sent with a key fetched earlier that the service
   * cannot decrypt (2016: the pool's key changed, or another emulator answers at the same address) is sent
   * once more with the key fetched again: the service did nothing with the first request.
   */
  #sendEncrypted(route: Route, body: Body | undefined, call: CallSettings): Promise<unknown> {
    const send = (encrypted: Body | undefined) => this.#call(route, encrypted, { ...call, secrets: () => secretsOf([body, encrypted], call.token) });
    // Only a body with a password loads the encryption (whose encrypter leaves what is no password string alone).
    if (!body || this.#settings.encryptPassword === 'none' || !PASSWORD_FIELDS.some((field) => body[field])) return send(body);
    return this.#encrypter().then((passwords) => passwords.send(body, send, (error) => isAuthingApiError(error) && error.code === PASSWORD_UNDECRYPTABLE));
  }

  /** One call through {@link api}, with the token, the caller's headers and the call's transport policy. */
  #call(route: Route, body: Body | undefined, call: CallSettings & { secrets: () => string[] }): Promise<unknown> {
    const { options, timeoutMs, token, extras, secrets } = call;
    const authorization: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    return callOperation(this.api, {
      route,
      body,
      query: extras.query,
      // A Headers object (which refuses what no header can carry) only when the caller adds headers or the token is one no header can carry.
      headers: options.headers || /[^\t\x20-\xff]/.test(token ?? '') ? mergeHeaders([options.headers, authorization]) : authorization,
      secrets,
      toEnvelope: extras.toEnvelope,
      exchange: this.#exchange({ timeoutMs, idempotent: route.retry, signal: options.signal, secrets }),
    });
  }

  /**
   * The pool's public key from /api/v2/.well-known, through {@link api} (its middleware sees it). A client-wide
   * `Prefer` header (a mock's example for the calls) is not sent: it would select an example for this fetch too.
   */
  async #fetchPublicKey(): Promise<string> {
    const route = routes.getWellKnown;
    const secrets = () => [];
    const data = (await callOperation(this.api, {
      route,
      headers: { prefer: null } as unknown as HeadersInit,
      secrets,
      exchange: this.#exchange({ timeoutMs: this.#settings.timeoutMs, idempotent: route.retry, secrets }),
    })) as { publicKey: string };
    return data.publicKey;
  }

  /** One call's attempts under `policy`, on this client's fetch and deadlines. */
  #exchange(policy: CallPolicy): Exchange {
    return new Exchange(this.#settings, this.#deadlines, policy);
  }

  /** The typed client's raw calls: the stored token unless the request sets one, GET retried. */
  async #rawFetch(request: Request): Promise<Response> {
    const { session } = this.#settings;
    const epoch = session.epoch;
    const stored = request.headers.has('authorization') ? null : await session.token();
    // The stored token is as fresh as for the methods: refreshed when due, never sent once expired.
    const token = stored && (await this.#usableToken(`api.${request.method} ${new URL(request.url).pathname}`, stored, epoch));
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    const exchange = this.#exchange({ timeoutMs: this.#settings.timeoutMs, idempotent: request.method === 'GET', signal: request.signal, secrets: () => secretsOf([], token) });
    const response = await exchange.fetch(request);
    // A raw call may read its body in any form (a stream), after this returns: read it here, within the deadline.
    return new Response((await exchange.read(response)) || null, { status: response.status, statusText: response.statusText, headers: response.headers });
  }
}
