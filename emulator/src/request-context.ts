/**
 * From an accepted request (request-checks.ts) to the context its handler runs with: who the token says
 * is calling (valid, not revoked, of the request's user pool), the client's IP, the state as the request
 * began in it, and the services a handler uses. A token an operation needs that is not valid refuses the
 * request here, before the handler.
 */
import type { OperationInfo } from 'authing-rest-spec-reader';
import { ErrorCodes } from './generated/error-codes.js';
import { Failure, type Context } from './handlers/index.js';
import { refusal, type AcceptedRequest, type Envelope } from './request-checks.js';
import type { State } from './state.js';
import type { TokenClaims, TokenService } from './tokens.js';

/** What the emulator gives every request's context. */
export interface Services {
  state: State;
  tokens: TokenService;
  now: () => number;
  publicKeyPem: string;
  /** The password a client sent, decrypted; undefined when it cannot be. */
  decrypt: (sent: string) => Promise<string | undefined>;
  hash: (password: string) => Promise<string>;
  verify: (password: string, hash: string | null) => Promise<boolean>;
  sameSecret: (given: unknown, expected: string) => boolean;
}

/** The token's claims when it is valid, unrevoked and of `userPoolId` (of its own pool, where the request names none). */
async function validClaims(services: Services, token: string, userPoolId: string | null): Promise<{ claims: TokenClaims } | { expired: boolean }> {
  const checked = await services.tokens.check(token, services.now());
  if (!checked.ok) return { expired: checked.reason === 'expired' };
  const { claims } = checked;
  // A token works in the user pool it was issued for only, until logged out, or its user signed out everywhere.
  const signedOutAt = services.state.signedOutAt(claims.userId);
  const signedOut = signedOutAt !== undefined && claims.iat <= Math.floor(signedOutAt / 1000);
  if ((userPoolId ?? claims.userPoolId) !== claims.userPoolId || services.state.isRevoked(claims.jti) || signedOut) return { expired: false };
  return { claims };
}

/** The handler's context for an accepted request, or the answer that refuses its token. `forwardedFor` is the proxy's client address. */
export async function contextFor(operation: OperationInfo, accepted: AcceptedRequest, forwardedFor: string | null, services: Services): Promise<Context | Envelope> {
  const { state } = services;
  const { userPoolId, bearer, body } = accepted;
  // Taken now: a reset while this request is in flight makes its writes refused, not written into the next state.
  const generation = state.generation;
  let caller: Context['caller'];
  let claims: TokenClaims | undefined;
  if (bearer) {
    const valid = await validClaims(services, bearer, userPoolId);
    if ('claims' in valid) {
      claims = valid.claims;
      caller = state.userById(claims.userId);
    } else if (operation.auth === 'required') {
      return valid.expired ? refusal(200, ErrorCodes.LOGIN_EXPIRED, 'The login has expired') : refusal(200, ErrorCodes.NOT_LOGGED_IN, 'Not signed in');
    }
  }
  const write = <T>(work: () => T): T => state.write(work, generation);
  return {
    state,
    body,
    caller,
    token: bearer,
    clientIp: typeof body.clientIp === 'string' ? body.clientIp : (forwardedFor ?? '127.0.0.1'),
    nowMs: services.now(),
    publicKeyPem: services.publicKeyPem,
    write,
    password: async (sent) => {
      const plain = typeof sent === 'string' ? await services.decrypt(sent) : undefined;
      if (plain === undefined) throw new Failure('PASSWORD_UNDECRYPTABLE', "The password could not be decrypted with this pool's key");
      return plain;
    },
    hash: services.hash,
    verify: services.verify,
    sameSecret: services.sameSecret,
    // Only operations that need the pool header sign users in.
    issueToken: (userId) => services.tokens.issue(userId, userPoolId as string, services.now()),
    checkToken: async (token) => {
      const valid = await validClaims(services, token, userPoolId);
      // A token of a user who no longer exists (wiped by a reset, say) is not valid either.
      if (!('claims' in valid) || !state.userById(valid.claims.userId)) {
        return 'expired' in valid && valid.expired
          ? { code: ErrorCodes.LOGIN_EXPIRED, message: 'The login has expired', status: false, exp: null, iat: null }
          : { code: ErrorCodes.LOGIN_INFO_WRONG, message: 'The token is not valid', status: false, exp: null, iat: null };
      }
      const { exp, iat, userId } = valid.claims;
      return { code: 200, message: 'Signed in', status: true, exp, iat, data: { id: userId, userPoolId: valid.claims.userPoolId, arn: null } };
    },
    revokeCallerToken: async () => {
      if (claims) {
        const { jti, exp } = claims;
        write(() => state.revoke(jti, exp));
      }
    },
  };
}
