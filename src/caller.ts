/**
 * How a client's calls are made. Every call goes through one typed openapi-fetch client (`api`), so its
 * middleware sees them all; the SDK's transport is that client's `fetch` (for each method's call, under
 * the call's own policy). Around it: the input checks, the token, password encryption, and the session
 * effect of each answer.
 */
import createClient from 'openapi-fetch';
import { routes, type CustomDataForm, type Route, type RouteName } from '../generated/routes.js';
import type { paths } from '../generated/schema.js';
import { AuthingSessionError } from './errors.js';
import { isRecord, type ToEnvelope } from './envelope.js';
import { isAuthingApiError } from './guards.js';
import { mergeHeaders } from './headers.js';
import { describeValue, inputError, isTimeout, paramsOf, requireText } from './input.js';
import { callOperation, type ApiClient } from './operation.js';
import type { CallOptions } from './params.js';
import { createPasswordEncrypter, type PasswordEncrypter, type PasswordEncryption } from './password.js';
import { forgetPublicKey, publicKeyOf } from './public-key.js';
import { secretsOf } from './redaction.js';
import type { Session } from './session.js';
import { Transport } from './transport.js';

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

/**
 * A body as the wire wants it, as Authing's own clients send it: `customData` becomes a list of
 * `{ key, value }`, sent as the real array on logins and as `params`, its JSON string, on registrations
 * (`form`); a `context` object becomes a JSON string.
 */
function withCustomData({ customData, context, ...rest }: Body, form: CustomDataForm | undefined): Body {
  if (isRecord(customData)) {
    const list = Object.entries(customData).map(([key, value]) => ({ key, value }));
    if (form === 'array') rest.customData = list;
    else rest.params = jsonText('customData', list);
  } else if (customData !== undefined) rest.customData = customData;
  if (context !== undefined) rest.context = isRecord(context) ? jsonText('context', context) : context;
  return rest;
}

/** `value` as JSON text. @throws {@link AuthingInputError} naming `field` when JSON cannot hold it (a cycle, a BigInt, nesting too deep). */
function jsonText(field: string, value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch (error) {
    inputError(field, `${field} cannot be encoded as JSON: ${(error as Error).message}`);
  }
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
  readonly #transport: Transport;
  readonly #passwords: PasswordEncrypter;

  constructor(settings: CallerSettings) {
    this.#settings = settings;
    this.#transport = new Transport(settings);
    this.api = createClient<paths>({ baseUrl: settings.host, headers: settings.headers, fetch: (request) => this.#rawFetch(request) });
    const { encryptPassword, publicKey, host, userPoolId } = settings;
    this.#passwords = createPasswordEncrypter(encryptPassword, publicKey, {
      get: () => publicKeyOf(host, userPoolId, () => this.#fetchPublicKey()),
      forget: (stale) => forgetPublicKey(host, userPoolId, stale),
    });
  }

  /**
   * Sends one operation and returns its envelope's `data`, after applying its effect on the session:
   * checks the input, adds the token, encrypts the passwords, sends through {@link api}.
   */
  async send<T>(name: RouteName, params: object | undefined, options: CallOptions = {}, extras: SendExtras = {}): Promise<T> {
    const { session } = this.#settings;
    const route = routes[name];
    const epoch = session.epoch;
    try {
      const timeoutMs = isRecord(options) ? (options.timeoutMs ?? this.#settings.timeoutMs) : undefined;
      if (!isTimeout(timeoutMs)) inputError('options', `${name}: call options must be { signal?, timeoutMs?, headers? } with timeoutMs from 1 to 2^31-1, got ${describeValue(isRecord(options) ? options.timeoutMs : options)}`);
      const checked = route.method === 'post' ? paramsOf(name, params) : undefined;
      let plain = checked && (extras.toBody ? await extras.toBody(checked) : accountBody(checked, extras.accountField));
      // A token check sends its token in the body: the caller's, else the stored one.
      if (route.token === 'body' && plain?.token === undefined) {
        const stored = await session.token();
        if (!stored) throw new AuthingSessionError(`${name} needs a token to check: pass { token }, or sign in first`);
        plain = { ...plain, token: stored };
      }
      for (const field of route.required) requireText(name, field === 'account' && extras.accountField ? extras.accountField : field, plain?.[field]);
      const token = route.token === 'required' ? await session.token() : null;
      if (route.token === 'required' && !token) throw new AuthingSessionError(`${name} needs a signed-in user, but no token is stored`);
      const wire = plain && withCustomData(plain, route.customData);
      const data = await this.#sendEncrypted(route, wire, { options: options as CallOptions, timeoutMs: timeoutMs as number, token, extras });
      // Awaited only when it stores something: most calls' effects are done at once.
      const applying = session.apply(route.session, data, epoch);
      if (applying) await applying;
      return data as T;
    } catch (error) {
      // Signing out happens locally whatever the service answers.
      if (route.session === 'clear') await session.apply('clear', null, epoch);
      throw error;
    }
  }

  /**
   * Sends `body` with its passwords encrypted. A password sent with a key fetched earlier that the service
   * cannot decrypt (2016: the pool's key changed, or another emulator answers at the same address) is sent
   * once more with the key fetched again: the service did nothing with the first request.
   */
  #sendEncrypted(route: Route, body: Body | undefined, call: CallSettings): Promise<unknown> {
    const send = (encrypted: Body | undefined) => this.#call(route, encrypted, { ...call, secrets: () => secretsOf([body, encrypted], call.token) });
    if (!body) return send(undefined);
    return this.#passwords.encrypt(body).then((encrypted) => {
      const sent = send(encrypted);
      // Without a password there is no key to fetch again.
      if (encrypted === body) return sent;
      return sent.catch(async (error: unknown) => {
        if (!(isAuthingApiError(error) && error.code === PASSWORD_UNDECRYPTABLE && this.#passwords.forgetFetchedKey())) throw error;
        return send(await this.#passwords.encrypt(body));
      });
    });
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
      exchange: this.#transport.exchange({ timeoutMs, idempotent: route.retry, signal: options.signal, secrets }),
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
      exchange: this.#transport.exchange({ timeoutMs: this.#settings.timeoutMs, idempotent: route.retry, secrets }),
    })) as { publicKey: string };
    return data.publicKey;
  }

  /** The typed client's raw calls: the stored token unless the request sets one, GET retried. */
  async #rawFetch(request: Request): Promise<Response> {
    const token = request.headers.has('authorization') ? null : await this.#settings.session.token();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    const exchange = this.#transport.exchange({ timeoutMs: this.#settings.timeoutMs, idempotent: request.method === 'GET', signal: request.signal, secrets: () => secretsOf([], token) });
    const response = await exchange.fetch(request);
    // A raw call may read its body in any form (a stream), after this returns: read it here, within the deadline.
    return new Response((await exchange.read(response)) || null, { status: response.status, statusText: response.statusText, headers: response.headers });
  }
}
