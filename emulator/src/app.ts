/**
 * The emulator as a web-standard handler, `(request: Request) => Promise<Response>`: served over HTTP by
 * server.ts, passed in-process as the SDK's `fetch` option, or behind MSW's handlers. Every request body
 * and every answer is checked against the bundled spec; developer endpoints live under /__emulator/. What
 * differs between Node and browsers (the spec's source, the database, the cryptography) comes in as a
 * {@link Platform} (platform/node.ts, platform/web.ts). This module starts it; dispatch.ts answers requests.
 */
import type { BundledSpec } from 'authing-rest-spec-reader';
import { loadContract } from './contract.js';
import type { CryptoPlatform, KeyMaterial } from './crypto-platform.js';
import { developerRoutes } from './developer.js';
import { developerTools, type DeveloperTools } from './developer-tools.js';
import { dispatcher } from './dispatch.js';
import { operationAnswers } from './operation-answers.js';
import { poolKeys, type PoolKeys } from './pool-keys.js';
import { sameSecret } from './secrets.js';
import { identifierKey, INVISIBLE_CHARACTER } from './identifiers.js';
import type { Services } from './request-context.js';
import { RequestLog } from './request-log.js';
import { checkSnapshot, ImportError, type EmulatorExport } from './snapshot.js';
import { CLOCK_LIMIT_MS, State } from './state.js';
import { Store, type SqlDatabase } from './store.js';
import type { UdvDataType } from './udv-data-types.js';
import { userDirectory } from './user-directory.js';

/** The options of `createEmulator` that every platform takes; all optional. */
export interface CommonEmulatorOptions {
  /** The pool id written into users. Default `emulator-pool`. (Tokens carry the pool id of the request that got them.) */
  userPoolId?: string;
  /** Token lifetime in seconds, from 1 to 10 years' worth. Default 14 days; a minute or two tests expiry and refresh in seconds. */
  tokenTtlSeconds?: number;
  /**
   * How clients send passwords: `'rsa'` (the default, as Authing's pools expect: encrypted with the key at
   * /api/v2/.well-known) or `'none'`, for pools that accept them as typed.
   */
  passwordEncryption?: 'rsa' | 'none';
  /**
   * Fixed codes by phone number or email address (`{ '13800000000': '123456' }`): that recipient's code is
   * always the given one, for every flow (register, login, reset, bind, change), sent or not; sending to it
   * records the message in the outbox and is never rate-limited. For suites that cannot read the outbox.
   */
  testCodes?: Record<string, string>;
}

/** What differs between Node and browsers. */
export interface Platform {
  /** The bundled spec the emulator serves and checks every request and answer against. */
  spec: BundledSpec;
  /** The database, opened (a file or memory). */
  database: SqlDatabase;
  crypto: CryptoPlatform;
  /** Told after each write is committed (the browser's persistence saves the state then). */
  onCommit?: () => void;
}

/**
 * A running emulator: a web-standard `fetch` handler over one database, and its developer tools in
 * process (the outbox, reset, seed, the clock), as the endpoints under /__emulator/ offer them over HTTP.
 */
export interface Emulator extends DeveloperTools {
  /**
   * Answers one request as the service would; pass it as the SDK's `fetch` option, or serve it with
   * {@link serve}. Rejects (never throws) for a request it cannot take: a URL that is not one, or an
   * emulator that was closed.
   */
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** Closes the database (and, in Node, ends the password worker). Afterwards every call rejects or throws {@link EmulatorClosedError}. */
  close(): void;
}

/** A call to an emulator after its `close()`. */
export class EmulatorClosedError extends Error {
  constructor() {
    super('This emulator is closed (close() was called): start another with createEmulator()');
    this.name = 'EmulatorClosedError';
  }
}

/** The user-defined fields a new database starts with, one of each data type (the README and --help list them). */
export const BUILT_IN_FIELDS: ReadonlyArray<{ key: string; dataType: UdvDataType; label: string }> = [
  { key: 'age', dataType: 'NUMBER', label: 'Age' },
  { key: 'is_ok', dataType: 'BOOLEAN', label: 'Is OK' },
  { key: 'city', dataType: 'STRING', label: 'City' },
  { key: 'plan', dataType: 'SELECT', label: 'Plan' },
  { key: 'birthday', dataType: 'DATETIME', label: 'Birthday' },
  { key: 'meta', dataType: 'OBJECT', label: 'Meta' },
];

/** The pool's keys, as kept in the database; made (with the built-in fields) on a new database. */
async function keysOf(state: State, crypto: CryptoPlatform): Promise<KeyMaterial> {
  const saved = state.meta('keys');
  if (saved) return JSON.parse(saved);
  const keys = await crypto.newKeyMaterial();
  state.write(() => {
    state.setMeta('keys', JSON.stringify(keys));
    for (const { key, dataType, label } of BUILT_IN_FIELDS) state.defineUdf(key, dataType, label);
  });
  return keys;
}

/** A request as `fetch` takes it, made a Request; a URL that is none rejects with a TypeError saying what it got. */
function requestOf(input: RequestInfo | URL, init: RequestInit | undefined): Request {
  if (input instanceof Request && !init) return input;
  try {
    return new Request(input, init);
  } catch (error) {
    throw new TypeError(`The emulator takes a request or an absolute URL (like https://core.authing.cn/api/v2/users/me), not ${JSON.stringify(String(input)).slice(0, 100)}`, { cause: error });
  }
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

const MAX_TOKEN_TTL_SECONDS = 10 * 365 * 24 * 3600;

/** A test code: 4 to 12 letters or digits. */
const TEST_CODE = /^[A-Za-z0-9]{4,12}$/;

/** `testCodes` by recipient as the state looks them up (emails lower-cased), or the RangeError naming what is wrong. */
function testCodesOf(testCodes: Record<string, string> = {}): Map<string, string> {
  if (!testCodes || typeof testCodes !== 'object' || Array.isArray(testCodes)) throw new RangeError('testCodes takes an object of phone numbers or email addresses to codes');
  return new Map(
    Object.entries(testCodes).map(([recipient, code]) => {
      if (!recipient || INVISIBLE_CHARACTER.test(recipient)) throw new RangeError(`testCodes: ${JSON.stringify(recipient)} is not a phone number or email address`);
      if (typeof code !== 'string' || !TEST_CODE.test(code)) throw new RangeError(`testCodes: the code of ${recipient} must be 4 to 12 letters or digits, not ${JSON.stringify(code)}`);
      return [identifierKey(recipient), code];
    }),
  );
}

/** `tokenTtlSeconds` checked, or its default. */
function tokenTtlOf(seconds: number | undefined): number {
  const ttl = seconds ?? 14 * 24 * 3600;
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > MAX_TOKEN_TTL_SECONDS) throw new RangeError(`tokenTtlSeconds takes whole seconds from 1 to ${MAX_TOKEN_TTL_SECONDS} (10 years; 14 days by default), got ${ttl}`);
  return ttl;
}

async function emulatorOn({ spec, database, crypto, onCommit }: Platform, options: CommonEmulatorOptions): Promise<Emulator> {
  const ttl = tokenTtlOf(options.tokenTtlSeconds);
  const contract = loadContract(spec);
  const store = new Store(database, onCommit);
  const state = new State(store, options.userPoolId ?? 'emulator-pool', testCodesOf(options.testCodes));
  let keys = poolKeys(await keysOf(state, crypto), ttl, crypto);
  const services: Services = {
    state,
    get tokens() {
      return keys.tokens;
    },
    now: () => state.now(),
    get publicKeyPem() {
      return keys.material.publicKeyPem;
    },
    decrypt: options.passwordEncryption === 'none' ? async (plain: string) => plain : (sent: string) => keys.passwords.decrypt(sent),
    hash: crypto.hashPassword,
    verify: crypto.verifyPassword,
    sameSecret,
  };
  const checkUser = (user: Record<string, unknown>) => contract.checkSchema('User', user);
  const log = new RequestLog();
  /** The whole state replaced, keys included; all of it checked first, so that a bad snapshot changes nothing. */
  const importState = (value: unknown) => {
    const snapshot = checkSnapshot(value, checkUser, CLOCK_LIMIT_MS);
    let imported: PoolKeys;
    try {
      imported = poolKeys(snapshot.keys, ttl, crypto);
    } catch (error) {
      throw new ImportError(`its keys cannot be used (${(error as Error).message})`);
    }
    state.restore(snapshot);
    keys.passwords.close();
    keys = imported;
  };
  const tools = developerTools({
    state,
    directory: userDirectory(store, state),
    log,
    exportState: (): EmulatorExport => state.snapshot(),
    importState,
    hash: crypto.hashPassword,
    verify: crypto.verifyPassword,
    checkUser,
  });
  const handle = dispatcher({ api: operationAnswers(contract, services, log), developer: developerRoutes(tools) });
  return closableEmulator(tools, handle, () => {
    keys.passwords.close();
    store.close();
  });
}

/** The emulator's face: `tools` and `handle`, each refusing with EmulatorClosedError once `close` has run. */
function closableEmulator(tools: DeveloperTools, handle: (request: Request) => Promise<Response>, close: () => void): Emulator {
  let closed = false;
  const open =
    <Args extends unknown[], Result>(tool: (...args: Args) => Result) =>
    (...args: Args): Result => {
      if (closed) throw new EmulatorClosedError();
      return tool(...args);
    };
  return {
    outbox: open(tools.outbox),
    reset: open(tools.reset),
    seed: open(tools.seed),
    clock: open(tools.clock),
    advanceClock: open(tools.advanceClock),
    users: open(tools.users),
    user: open(tools.user),
    editUser: open(tools.editUser),
    deleteUser: open(tools.deleteUser),
    signOutEverywhere: open(tools.signOutEverywhere),
    requests: open(tools.requests),
    export: open(tools.export),
    import: open(tools.import),
    fetch: async (input, init) => {
      if (closed) throw new EmulatorClosedError();
      const response = await handle(requestOf(input, init));
      // Closed while this request was in flight: its answer came from a database being shut.
      if (closed) throw new EmulatorClosedError();
      return response;
    },
    close: () => {
      if (closed) return;
      closed = true;
      close();
    },
  };
}
