/**
 * From an operation's request to the context its handler runs with: the pool header, the token (valid,
 * not revoked, and of the same user pool), the JSON body checked against the spec, the client's IP, and
 * the services a handler uses. A request that fails here gets its answer without reaching the handler.
 */
import type { OperationInfo } from 'authing-rest-spec-reader';
import { ErrorCodes } from './error-codes.js';
import { fieldWithControlCharacter, normaliseIdentifiers } from './identifiers.js';
import { MAX_DEPTH, nestedDeeperThan } from './limits.js';
import { Failure, type Context, type LoginGate } from './handlers/index.js';
import type { tokenService } from './secrets.js';
import type { State } from './state.js';

/** An answer before it is checked against the spec and sent. */
export interface Envelope {
  status: number;
  /** The envelope, a bare success (listUdv's list, a token status), or a GraphQL answer. */
  body: Record<string, unknown> | unknown[];
  headers?: Record<string, string>;
}

/** What the emulator gives every request's context. */
export interface Services {
  state: State;
  tokens: ReturnType<typeof tokenService>;
  now: () => number;
  publicKeyPem: string;
  /** The password a client sent, decrypted; undefined when it cannot be. */
  decrypt: (sent: string) => Promise<string | undefined>;
  hash: (password: string) => Promise<string>;
  verify: (password: string, hash: string | null) => Promise<boolean>;
  sameSecret: (given: unknown, expected: string) => boolean;
  loginsInFlight: Map<string, LoginGate>;
  /** Violations of an operation's request body, as `location: message` lines. */
  checkRequest: (operation: OperationInfo, body: unknown) => string[];
}

const refusal = (status: number, code: number, message: string, headers?: Record<string, string>): Envelope => ({
  status,
  body: { code, message, data: null },
  headers,
});

/** A GraphQL document with its layout removed: the same tokens, whatever the spaces and line breaks. */
const canonicalGraphql = (document: string) => document.replace(/\s*([{}():,!$=])\s*/g, '$1').replace(/\s+/g, ' ').trim();

/** The parts of a body that carry identifiers, with the prefix that names their fields: the body, a registration's profile. */
const identifierParts = (body: Record<string, any>) =>
  ([['', body], ['profile.', body.profile]] as const).filter(([, fields]) => fields && typeof fields === 'object' && !Array.isArray(fields));

/** The first identifier with a control character, as `field` or `profile.field`. */
function hiddenCharacterIn(body: Record<string, any>): string | undefined {
  for (const [prefix, fields] of identifierParts(body)) {
    const field = fieldWithControlCharacter(fields);
    if (field) return prefix + field;
  }
  return undefined;
}

/** A value for a response header, whatever the text: JSON with every character outside printable ASCII escaped. */
const headerSafeJson = (value: unknown) => JSON.stringify(value).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The handler's context for `request`, or the answer that refuses it. */
export async function contextFor(operation: OperationInfo, request: Request, services: Services): Promise<Context | Envelope> {
  const { state, tokens } = services;
  // Where the spec lets a request leave the pool out (the token check: its token names its pool), null.
  const userPoolId = request.headers.get('x-authing-userpool-id') || null;
  if (!userPoolId && operation.poolHeaderRequired) return refusal(401, ErrorCodes.NOT_LOGGED_IN, 'x-authing-userpool-id is required');
  const bearer = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
  if (operation.auth === 'required' && !bearer) return refusal(401, ErrorCodes.NOT_LOGGED_IN, 'Not signed in');

  let body: Record<string, any> = {};
  if (operation.method === 'post') {
    const text = await request.text();
    // An operation whose body carries nothing takes none at all (Authing's Flutter SDK sends none), as `{}`.
    try {
      body = text === '' && !operation.bodyRequired ? {} : JSON.parse(text);
    } catch {
      return refusal(400, ErrorCodes.INCOMPLETE_PARAMETERS, 'The body is not JSON');
    }
    if (nestedDeeperThan(body, MAX_DEPTH)) return refusal(400, ErrorCodes.INCOMPLETE_PARAMETERS, `The body nests objects or arrays deeper than ${MAX_DEPTH} levels`);
    // The emulator's /graphql/v2 knows the one document Authing's SDKs send there; any other gets a GraphQL error.
    const { graphqlDocument } = operation;
    if (graphqlDocument && typeof body?.query === 'string' && canonicalGraphql(body.query) !== canonicalGraphql(graphqlDocument)) {
      const shown = body.query.replace(/\s+/g, ' ').slice(0, 120);
      return refusal(200, ErrorCodes.INCOMPLETE_PARAMETERS, `The emulator's /graphql/v2 answers only the removeUdv mutation that Authing's SDKs send, not: ${shown}`);
    }
    const violations = services.checkRequest(operation, body);
    if (violations.length) {
      const header = headerSafeJson(violations.map((message) => ({ location: ['request', 'body'], severity: 'Error', message })));
      return refusal(400, ErrorCodes.INCOMPLETE_PARAMETERS, 'Incomplete or invalid request parameters', { 'sl-violations': header });
    }
    const hidden = hiddenCharacterIn(body);
    if (hidden) return refusal(200, ErrorCodes.INCOMPLETE_PARAMETERS, `${hidden} must not contain control characters (U+0000 to U+001F, U+007F)`);
  }

  // Emails are case-insensitive: the service stores and looks them up lower-cased.
  for (const [, fields] of identifierParts(body)) normaliseIdentifiers(fields);
  const nowMs = services.now();
  let caller: Context['caller'];
  let claims: { jti: string; exp: number } | undefined;
  if (bearer) {
    const checked = await tokens.check(bearer, nowMs);
    // A token works in the user pool it was issued for only.
    if (checked.ok && (userPoolId ?? checked.claims.userPoolId) === checked.claims.userPoolId && !state.isRevoked(checked.claims.jti)) {
      caller = state.userById(checked.claims.userId);
      claims = checked.claims;
    } else if (operation.auth === 'required') {
      return !checked.ok && checked.reason === 'expired'
        ? refusal(200, ErrorCodes.LOGIN_EXPIRED, 'The login has expired')
        : refusal(200, ErrorCodes.NOT_LOGGED_IN, 'Not signed in');
    }
  }
  return {
    state,
    body,
    caller,
    token: bearer,
    clientIp: typeof body.clientIp === 'string' ? body.clientIp : (request.headers.get('x-forwarded-for') ?? '127.0.0.1'),
    nowMs,
    publicKeyPem: services.publicKeyPem,
    loginsInFlight: services.loginsInFlight,
    password: async (sent) => {
      const plain = typeof sent === 'string' ? await services.decrypt(sent) : undefined;
      if (plain === undefined) throw new Failure('PASSWORD_UNDECRYPTABLE', "The password could not be decrypted with this pool's key");
      return plain;
    },
    hash: services.hash,
    verify: services.verify,
    sameSecret: services.sameSecret,
    // Only operations that need the pool header sign users in.
    issueToken: (userId) => tokens.issue(userId, userPoolId as string, services.now()),
    checkToken: async (token) => {
      const checked = await tokens.check(token, services.now());
      // A token of a user who no longer exists (wiped by a reset, say) is not valid either.
      // Without the pool header, the token's own pool is the one it is checked in.
      if (!checked.ok || checked.claims.userPoolId !== (userPoolId ?? checked.claims.userPoolId) || state.isRevoked(checked.claims.jti) || !state.userById(checked.claims.userId)) {
        const expired = !checked.ok && checked.reason === 'expired';
        return expired
          ? { code: ErrorCodes.LOGIN_EXPIRED, message: 'The login has expired', status: false, exp: null, iat: null }
          : { code: ErrorCodes.LOGIN_INFO_WRONG, message: 'The token is not valid', status: false, exp: null, iat: null };
      }
      return { code: 200, message: 'Signed in', status: true, exp: checked.claims.exp, iat: checked.claims.iat, data: { id: checked.claims.userId, userPoolId: checked.claims.userPoolId, arn: null } };
    },
    revokeCallerToken: async () => {
      if (claims) {
        const { jti, exp } = claims;
        state.store.transaction(() => state.revoke(jti, exp));
      }
    },
  };
}
