/**
 * The emulator as a web-standard handler, `(request: Request) => Promise<Response>`: served over HTTP by
 * server.ts, or passed in-process as the SDK's `fetch` option. Every request body and every answer is
 * checked against the bundled spec; developer endpoints live under /__emulator/.
 */
import { readFileSync } from 'node:fs';
import type { OperationInfo } from 'authing-rest-spec-reader';
import { loadContract } from './contract.js';
import { Failure, handlers, type Context } from './handlers/index.js';
import { hashPassword, newKeyMaterial, passwordDecrypter, sameSecret, tokenService, verifyPassword, type KeyMaterial } from './secrets.js';
import { State } from './state.js';
import { Store } from './store.js';
import { developerRoutes } from './developer.js';

/** Options of {@link createEmulator}; all optional. */
export interface EmulatorOptions {
  /** A bundled spec to serve instead of the copy this package ships (`authing-rest-emulator/openapi.json`). */
  specPath?: string;
  /** SQLite file, created when missing; undefined keeps everything in memory. */
  databaseFile?: string;
  /** The pool id written into users and tokens. Default `emulator-pool`. */
  userPoolId?: string;
  /** Token lifetime. Default 14 days. */
  tokenTtlSeconds?: number;
}

/** The spec this package ships, beside dist/ (and beside src/ in its repository). */
const shippedSpec = new URL('../openapi.json', import.meta.url);

/** A running emulator: a web-standard `fetch` handler over one database. */
export interface Emulator {
  /** Answers one request as the service would; pass it as the SDK's `fetch` option, or serve it with {@link serve}. */
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** Closes the database. */
  close(): void;
}

const DEFAULT_FIELDS: Array<[string, string, string]> = [
  ['age', 'NUMBER', 'Age'],
  ['is_ok', 'BOOLEAN', 'Is OK'],
  ['city', 'STRING', 'City'],
  ['plan', 'SELECT', 'Plan'],
  ['birthday', 'DATETIME', 'Birthday'],
  ['meta', 'OBJECT', 'Meta'],
];

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** Opens the database (or an in-memory one) and returns the emulator; nothing listens on a port. */
export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const contract = loadContract(JSON.parse(readFileSync(options.specPath ?? shippedSpec, 'utf8')));
  const store = await Store.open(options.databaseFile);
  const userPoolId = options.userPoolId ?? 'emulator-pool';
  const state = new State(store, userPoolId);

  const keys = store.transaction((): KeyMaterial => {
    const saved = state.meta('keys');
    if (saved) return JSON.parse(saved) as KeyMaterial;
    const fresh = newKeyMaterial();
    state.setMeta('keys', JSON.stringify(fresh));
    for (const [key, dataType, label] of DEFAULT_FIELDS) state.defineUdf(key, dataType, label);
    return fresh;
  });
  const decrypt = passwordDecrypter(keys.privateKeyPem);
  const tokens = tokenService(keys.tokenSecret, userPoolId, options.tokenTtlSeconds ?? 14 * 24 * 3600);
  const now = () => Date.now() + Number(state.meta('clockOffsetMs') ?? 0);
  const routes = new Map(contract.operations.map((operation) => [`${operation.method.toUpperCase()} ${operation.path}`, operation]));
  const developer = developerRoutes({ state, now, hash: hashPassword });

  async function answer(operation: OperationInfo, request: Request, url: URL): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
    if (!request.headers.get('x-authing-userpool-id')) return { status: 401, body: { code: 2020, message: 'x-authing-userpool-id is required', data: null } };
    const bearer = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
    if (operation.auth === 'required' && !bearer) return { status: 401, body: { code: 2020, message: 'Not signed in', data: null } };

    let body: Record<string, unknown> = {};
    if (operation.method === 'post') {
      try {
        body = JSON.parse(await request.text());
      } catch {
        return { status: 400, body: { code: 2231, message: 'The body is not JSON', data: null } };
      }
      const violations = contract.checkRequest(operation, body);
      if (violations.length) {
        const header = JSON.stringify(violations.map((message) => ({ location: ['request', 'body'], severity: 'Error', message })));
        return { status: 400, body: { code: 2231, message: 'Incomplete or invalid request parameters', data: null }, headers: { 'sl-violations': header } };
      }
    }

    const nowMs = now();
    let caller: Context['caller'];
    let claims: { jti: string; exp: number } | undefined;
    if (bearer) {
      const checked = await tokens.check(bearer, nowMs);
      if (checked.ok && !state.isRevoked(checked.claims.jti)) {
        caller = state.userById(checked.claims.userId);
        claims = checked.claims;
      } else if (operation.auth === 'required') {
        const expired = !checked.ok && checked.reason === 'expired';
        return { status: 200, body: { code: expired ? 2206 : 2020, message: expired ? 'The login has expired' : 'Not signed in', data: null } };
      }
    }
    const context: Context = {
      state,
      body,
      caller,
      token: bearer,
      clientIp: typeof body.clientIp === 'string' ? body.clientIp : (request.headers.get('x-forwarded-for') ?? '127.0.0.1'),
      nowMs,
      publicKeyPem: keys.publicKeyPem,
      password: (encrypted) => {
        const plain = typeof encrypted === 'string' ? decrypt(encrypted) : undefined;
        if (plain === undefined) throw new Failure(2016, 'The password could not be decrypted with this pool\'s key');
        return plain;
      },
      hash: hashPassword,
      verify: verifyPassword,
      sameSecret,
      issueToken: (userId) => tokens.issue(userId, now()),
      checkToken: async (token) => {
        const checked = await tokens.check(token, now());
        if (!checked.ok || state.isRevoked(checked.claims.jti)) {
          const expired = !checked.ok && checked.reason === 'expired';
          return { code: expired ? 2206 : 2207, message: expired ? 'The login has expired' : 'The token is not valid', status: false, exp: null, iat: null };
        }
        return { code: 200, message: 'Signed in', status: true, exp: checked.claims.exp, iat: checked.claims.iat, data: { id: checked.claims.userId, userPoolId, arn: null } };
      },
      revokeCallerToken: async () => {
        if (claims) {
          const { jti, exp } = claims;
          store.transaction(() => state.revoke(jti, exp));
        }
      },
    };
    try {
      const data = await handlers[operation.operationId]!(context);
      return { status: 200, body: { code: 200, message: 'ok', data: data ?? null } };
    } catch (error) {
      if (error instanceof Failure) return { status: 200, body: { code: error.code, message: error.message, data: null } };
      throw error;
    }
  }

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    if (request.method === 'OPTIONS') return cors(new Response(null, { status: 204 }), request);
    if (url.pathname.startsWith('/__emulator/')) return cors(await developer(request, url), request);
    const operation = routes.get(`${request.method} ${url.pathname}`);
    if (!operation) return cors(json({ code: 404, message: `No operation ${request.method} ${url.pathname}`, data: null }, 404), request);
    const { status, body, headers } = await answer(operation, request, url);
    const violations = contract.checkResponse(operation, status, body);
    if (violations.length) {
      // The emulator's own bug: say so rather than answer off-contract.
      return json({ code: 500, message: `The emulator broke the contract: ${violations.join('; ')}`, data: null }, 500);
    }
    return cors(json(body, status, headers), request);
  }

  return {
    fetch: (input, init) => handle(input instanceof Request && !init ? input : new Request(input, init)),
    close: () => store.close(),
  };
}

/** Browsers on other origins may call the emulator, as they may call the mock. */
function cors(response: Response, request: Request): Response {
  const headers = new Headers(response.headers);
  headers.set('access-control-allow-origin', request.headers.get('origin') ?? '*');
  headers.set('access-control-allow-headers', request.headers.get('access-control-request-headers') ?? '*');
  headers.set('access-control-allow-methods', 'GET, POST, OPTIONS');
  headers.set('access-control-expose-headers', 'sl-violations');
  return new Response(response.body, { status: response.status, headers });
}
