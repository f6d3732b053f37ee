/**
 * How a client's calls are made. Every call goes through one typed openapi-fetch client (`api`), so its
 * middleware sees them all; the SDK's transport is that client's `fetch` (for each method's call, under
 * the call's own policy). Around it: the input checks, the token, password encryption, and the session
 * effect of each answer.
 */
import createClient from 'openapi-fetch';
import { routes, type CustomDataForm, type RouteName } from '../generated/routes.js';
import type { paths } from '../generated/schema.js';
import { AuthingSessionError } from './errors.js';
import { isRecord, type ToEnvelope } from './envelope.js';
import { mergeHeaders } from './headers.js';
import { describeValue, inputError, isTimeout, paramsOf, requireText } from './input.js';
import { callOperation, type ApiClient } from './operation.js';
import type { CallOptions } from './params.js';
import { secretsOf } from './redaction.js';
import type { Session } from './session.js';
import { Transport } from './transport.js';

type Body = Record<string, unknown>;

/** A client's settings, as the caller needs them. */
export interface CallerSettings {
  /** Base URL, without a trailing slash. */
  host: string;
  /** Sent with every request (lower-case names). */
  headers: Record<string, string>;
  fetch: typeof fetch;
  timeoutMs: number;
  maxRetries: number;
  session: Session;
  /** Gives back a body with its password fields encrypted. */
  encryptPasswords: (body: Body) => Promise<Body>;
}

/** What some methods add to a call beyond its parameters. */
export interface SendExtras {
  /** The query string (logout's `app_id`). */
  query?: Record<string, string> | undefined;
  /** The caller's name for the wire field `account` (`email`, `username`, `phone`), for error messages. */
  accountField?: string;
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

export class Caller {
  /** The typed openapi-fetch client every call goes through. */
  readonly api: ApiClient;
  readonly #settings: CallerSettings;
  readonly #transport: Transport;

  constructor(settings: CallerSettings) {
    this.#settings = settings;
    this.#transport = new Transport(settings);
    this.api = createClient<paths>({ baseUrl: settings.host, headers: settings.headers, fetch: (request) => this.#rawFetch(request) });
  }

  /**
   * Sends one operation and returns its envelope's `data`, after applying its effect on the session:
   * checks the input, adds the token, encrypts the passwords, sends through {@link api}.
   */
  async send<T>(name: RouteName, params?: object, options: CallOptions = {}, { query, accountField, toEnvelope }: SendExtras = {}): Promise<T> {
    const { session, encryptPasswords } = this.#settings;
    const route = routes[name];
    const [method, , tokenRule, effect, retry, required, , , customData] = route;
    const epoch = session.epoch;
    try {
      if (method === 'post') paramsOf(name, params);
      const timeoutMs = isRecord(options) ? (options.timeoutMs ?? this.#settings.timeoutMs) : undefined;
      if (!isTimeout(timeoutMs)) inputError('options', `${name}: call options must be { signal?, timeoutMs?, headers? } with timeoutMs from 1 to 2^31-1, got ${describeValue(isRecord(options) ? options.timeoutMs : options)}`);
      let plain = params as Body | undefined;
      // A token check sends its token in the body: the caller's, else the stored one.
      if (tokenRule === 'body' && plain?.token === undefined) {
        const stored = await session.token();
        if (!stored) throw new AuthingSessionError(`${name} needs a token to check: pass { token }, or sign in first`);
        plain = { ...plain, token: stored };
      }
      for (const field of required) requireText(name, field === 'account' && accountField ? accountField : field, plain?.[field]);
      const token = tokenRule === 'required' ? await session.token() : null;
      if (tokenRule === 'required' && !token) throw new AuthingSessionError(`${name} needs a signed-in user, but no token is stored`);
      const body = plain && (await encryptPasswords(withCustomData(plain, customData)));
      const secrets = () => secretsOf([plain, body], token);
      const authorization: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      const data = await callOperation(this.api, {
        route,
        body,
        query,
        // Built and validated as a Headers object only when the caller adds headers or the token is one no
        // header can carry (refused there); the common call skips that cost.
        headers: options.headers || /[^\t\x20-\xff]/.test(token ?? '') ? mergeHeaders([options.headers, authorization]) : authorization,
        secrets,
        toEnvelope,
        exchange: this.#transport.exchange({ timeoutMs: timeoutMs as number, idempotent: retry, signal: options.signal, secrets }),
      });
      // Awaited only when it stores something: most calls' effects are done at once.
      const applying = session.apply(effect, data, epoch);
      if (applying) await applying;
      return data as T;
    } catch (error) {
      // Signing out happens locally whatever the service answers.
      if (effect === 'clear') await session.apply('clear', null, epoch);
      throw error;
    }
  }

  /** The typed client's raw calls: the stored token unless the request sets one, GET retried. */
  async #rawFetch(request: Request): Promise<Response> {
    const token = request.headers.has('authorization') ? null : await this.#settings.session.token();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    const response = await this.#transport.exchange({ timeoutMs: this.#settings.timeoutMs, idempotent: request.method === 'GET', signal: request.signal, secrets: () => secretsOf([], token) }).fetch(request);
    // A raw call may read its body in any form (a stream), after this returns: read it here, within the deadline.
    return new Response((await response.text()) || null, response);
  }
}
