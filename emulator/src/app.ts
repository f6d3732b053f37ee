/**
 * The emulator as a web-standard handler, `(request: Request) => Promise<Response>`: served over HTTP by
 * server.ts, passed in-process as the SDK's `fetch` option, or behind MSW's handlers. Every request body
 * and every answer is checked against the bundled spec; developer endpoints live under /__emulator/. What
 * differs between Node and browsers (the spec's source, the database, the cryptography) comes in as a
 * {@link Platform} (platform/node.ts, platform/web.ts).
 */
import type { BundledSpec, OperationInfo } from 'authing-rest-spec-reader';
import { loadContract } from './contract.js';
import { corsFor, isLoopbackOrigin } from './cors.js';
import { developerRoutes } from './developer.js';
import { developerTools, type DeveloperTools } from './developer-tools.js';
import { chineseMessages, ErrorCodes } from './error-codes.js';
import { Failure, handlers, type LoginGate } from './handlers/index.js';
import { contextFor, type Envelope } from './request-context.js';
import { sameSecret, tokenService, type CryptoPlatform, type KeyMaterial } from './secrets.js';
import { State } from './state.js';
import { StorageError, Store, type SqlDatabase } from './store.js';

/** The options of `createEmulator` that every platform takes; all optional. */
export interface CommonEmulatorOptions {
  /** The pool id written into users. Default `emulator-pool`. (Tokens carry the pool id of the request that got them.) */
  userPoolId?: string;
  /** Token lifetime. Default 14 days. */
  tokenTtlSeconds?: number;
  /**
   * How clients send passwords: `'rsa'` (the default, as Authing's pools expect: encrypted with the key at
   * /api/v2/.well-known) or `'none'`, for pools that accept them as typed.
   */
  passwordEncryption?: 'rsa' | 'none';
}

/** What differs between Node and browsers. */
export interface Platform {
  /** The bundled spec the emulator serves and checks every request and answer against. */
  spec: BundledSpec;
  /** The database, opened (a file or memory). */
  database: SqlDatabase;
  crypto: CryptoPlatform;
}

/**
 * A running emulator: a web-standard `fetch` handler over one database, and its developer tools in
 * process (the outbox, reset, seed, the clock), as the endpoints under /__emulator/ offer them over HTTP.
 */
export interface Emulator extends DeveloperTools {
  /** Answers one request as the service would; pass it as the SDK's `fetch` option, or serve it with {@link serve}. */
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** Closes the database (and, in Node, ends the password worker). */
  close(): void;
}

/** The user-defined fields a new database starts with, one of each data type (the README and --help list them). */
export const BUILT_IN_FIELDS: ReadonlyArray<{ key: string; dataType: string; label: string }> = [
  { key: 'age', dataType: 'NUMBER', label: 'Age' },
  { key: 'is_ok', dataType: 'BOOLEAN', label: 'Is OK' },
  { key: 'city', dataType: 'STRING', label: 'City' },
  { key: 'plan', dataType: 'SELECT', label: 'Plan' },
  { key: 'birthday', dataType: 'DATETIME', label: 'Birthday' },
  { key: 'meta', dataType: 'OBJECT', label: 'Meta' },
];

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** The envelope of a failure that is not a business error: the status says whose fault it is. */
const errorEnvelope = (status: number, message: string) => json({ code: status, message, data: null }, status);

/** A failure's answer: an object with a `code` other than 200 (an error envelope, or a token status saying why not). */
const failureOf = (body: Envelope['body']) =>
  !Array.isArray(body) && typeof body.code === 'number' && body.code !== 200 ? (body as { code: number; message: string }) : undefined;

/**
 * An answer in the language the request asks for. The service answers in Chinese unless `x-authing-lang`
 * asks for English, so a failure's message is its code's Chinese message by default. The emulator has no
 * Traditional Chinese or Japanese messages: `zh-TW` gets the Chinese ones, `ja-JP` the English ones.
 */
function inLanguage(envelope: Envelope, lang: string | null): Envelope {
  const failure = failureOf(envelope.body);
  if (lang === 'en-US' || lang === 'ja-JP' || !failure) return envelope;
  const chinese = chineseMessages[failure.code];
  if (!chinese) return envelope;
  // "Incomplete parameters" alone does not say which: the emulator keeps its detail (the field and what is wrong).
  const message = failure.code === ErrorCodes.INCOMPLETE_PARAMETERS ? `${chinese}（${failure.message}）` : chinese;
  return { ...envelope, body: { ...failure, message } };
}

/** A GraphQL operation's failure as Authing's GraphQL answers it: `errors[].message` holds `{ code, message }`. */
function asGraphql(envelope: Envelope): Envelope {
  const failure = failureOf(envelope.body);
  if (envelope.status !== 200 || !failure) return envelope;
  return { ...envelope, body: { errors: [{ message: { code: failure.code, message: failure.message } }], data: null } };
}

/** A success's result as the operation answers it: in the envelope, bare, or as GraphQL's `data`. */
function successBody(operation: OperationInfo, data: unknown): Envelope['body'] {
  if (operation.answer === 'bare') return data as Envelope['body'];
  if (operation.answer === 'graphql') return { data: { [operation.operationId]: data } };
  return { code: 200, message: 'ok', data: data ?? null };
}

/**
 * The emulator over `platform`'s database and cryptography; nothing listens on a port. It owns the
 * database from here: `close()` closes it, and so does a failure to start.
 */
export async function startEmulator(platform: Platform, options: CommonEmulatorOptions = {}): Promise<Emulator> {
  try {
    return await emulatorOn(platform, options);
  } catch (error) {
    platform.database.close();
    throw error;
  }
}

async function emulatorOn(platform: Platform, options: CommonEmulatorOptions): Promise<Emulator> {
  const contract = loadContract(platform.spec);
  const store = new Store(platform.database);
  const userPoolId = options.userPoolId ?? 'emulator-pool';
  const state = new State(store, userPoolId);
  // The platform's cryptography (not the global `crypto`): key pairs, RSA, password hashes, HMAC.
  const { newKeyMaterial, passwordDecrypter, hashPassword: hash, verifyPassword: verify, hmacSha256 } = platform.crypto;

  const saved = state.meta('keys');
  const keys: KeyMaterial = saved ? JSON.parse(saved) : await newKeyMaterial();
  if (!saved) {
    store.transaction(() => {
      state.setMeta('keys', JSON.stringify(keys));
      for (const { key, dataType, label } of BUILT_IN_FIELDS) state.defineUdf(key, dataType, label);
    });
  }
  const decrypter = passwordDecrypter(keys.privateKeyPem);
  const services = {
    state,
    tokens: tokenService(keys.tokenSecret, options.tokenTtlSeconds ?? 14 * 24 * 3600, hmacSha256),
    now: () => state.now(),
    publicKeyPem: keys.publicKeyPem,
    decrypt: options.passwordEncryption === 'none' ? async (plain: string) => plain : (encrypted: string) => decrypter.decrypt(encrypted),
    hash,
    verify,
    sameSecret,
    /** Logins being checked right now, by client IP: they count towards the CAPTCHA demand. */
    loginsInFlight: new Map<string, LoginGate>(),
  };
  const routes = new Map(contract.operations.map((operation) => [`${operation.method.toUpperCase()} ${operation.path}`, operation]));
  const methodsByPath = new Map<string, string[]>();
  for (const operation of contract.operations) methodsByPath.set(operation.path, [...(methodsByPath.get(operation.path) ?? []), operation.method.toUpperCase()]);
  const tools = developerTools({ state, hash, verify, checkUser: (user) => contract.checkSchema('User', user) });
  const developer = developerRoutes(tools);

  async function answer(operation: OperationInfo, request: Request): Promise<Envelope> {
    const prepared = await contextFor(operation, request, { ...services, checkRequest: contract.checkRequest });
    if ('status' in prepared) return prepared;
    try {
      const data = await handlers[operation.operationId as keyof typeof handlers]!(prepared as never);
      return { status: 200, body: successBody(operation, data) };
    } catch (error) {
      if (error instanceof Failure) return { status: 200, body: { code: error.code, message: error.message, data: null } };
      // A uniqueness the handler did not check first is still the client's conflict, not the emulator's bug.
      const unique = /UNIQUE constraint failed: users\.(\w+)/.exec(String((error as Error)?.message));
      if (unique) return { status: 200, body: { code: ErrorCodes.USER_EXISTS, message: `A user with this ${unique[1]} already exists`, data: null } };
      throw error;
    }
  }

  async function operationAnswer(request: Request, url: URL): Promise<Response> {
    const operation = routes.get(`${request.method} ${url.pathname}`);
    if (!operation) {
      const allowed = methodsByPath.get(url.pathname);
      if (allowed) return errorEnvelope(405, `${request.method} is not allowed on ${url.pathname}; use ${allowed.join(', ')}`);
      return errorEnvelope(404, `No operation ${request.method} ${url.pathname}`);
    }
    const translated = inLanguage(await answer(operation, request), request.headers.get('x-authing-lang'));
    const { status, body, headers } = operation.answer === 'graphql' ? asGraphql(translated) : translated;
    const violations = contract.checkResponse(operation, status, body);
    // The emulator's own bug: say so rather than answer off-contract.
    if (violations.length) return errorEnvelope(500, `The emulator broke the contract: ${violations.join('; ')}`);
    return json(body, status, headers);
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const developerPath = url.pathname.startsWith('/__emulator/');
    // Developer endpoints answer pages of this machine only: a page elsewhere must not read the outbox.
    if (developerPath && !isLoopbackOrigin(request.headers.get('origin'))) return errorEnvelope(403, 'Developer endpoints answer pages on this machine only');
    try {
      if (request.method === 'OPTIONS') return corsFor(new Response(null, { status: 204 }), request, developerPath);
      return corsFor(developerPath ? await developer(request, url) : await operationAnswer(request, url), request, developerPath);
    } catch (error) {
      if (error instanceof StorageError) return corsFor(errorEnvelope(500, `The emulator ${error.message}; nothing was changed`), request, developerPath);
      return corsFor(errorEnvelope(500, `Emulator bug: ${(error as Error)?.message ?? error}`), request, developerPath);
    }
  }

  return {
    ...tools,
    fetch: (input, init) => handle(input instanceof Request && !init ? input : new Request(input, init)),
    close: () => {
      decrypter.close();
      store.close();
    },
  };
}
