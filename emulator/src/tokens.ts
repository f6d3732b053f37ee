/**
 * The emulator's tokens, as the service issues them: HS256 JWTs with an expiry, an id that logout revokes,
 * and the user pool they were issued in. Only the canonical base64url text of a signature is accepted.
 */
import type { CryptoPlatform } from './crypto-platform.js';
import { base64url, fromBase64, sameSecret } from './secrets.js';

export interface TokenClaims {
  userId: string;
  /** The user pool the token was issued in; it works there only. */
  userPoolId: string;
  jti: string;
  iat: number;
  exp: number;
}

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; reason: 'expired' | 'invalid' };

const JWT_HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

/** Issues and checks HS256 tokens, each with an expiry, an id (for revocation) and its user pool. */
export function tokenService(secret: string, ttlSeconds: number, hmacSha256: CryptoPlatform['hmacSha256']) {
  const sign = async (input: string) => base64url(await hmacSha256(secret, input));
  return {
    async issue(userId: string, userPoolId: string, nowMs: number): Promise<{ token: string; iat: number; exp: number; jti: string }> {
      const iat = Math.floor(nowMs / 1000);
      const exp = iat + ttlSeconds;
      const jti = crypto.randomUUID();
      const payload = base64url(JSON.stringify({ data: { id: userId, userPoolId }, sub: userId, jti, iat, exp }));
      const token = `${JWT_HEADER}.${payload}.${await sign(`${JWT_HEADER}.${payload}`)}`;
      return { token, iat, exp, jti };
    },
    async check(token: string, nowMs: number): Promise<TokenCheck> {
      const [header, payload, signature, extra] = token.split('.');
      if (header !== JWT_HEADER || !payload || !signature || extra !== undefined) return { ok: false, reason: 'invalid' };
      // The signature's canonical base64url text only: decoding first would also take trailing `=`, other
      // padding bits or the `+/` alphabet, several texts for one signature.
      if (!sameSecret(signature, await sign(`${header}.${payload}`))) return { ok: false, reason: 'invalid' };
      let claims: { sub?: unknown; jti?: unknown; iat?: unknown; exp?: unknown; data?: { userPoolId?: unknown } };
      try {
        claims = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64(payload)));
      } catch {
        return { ok: false, reason: 'invalid' };
      }
      const { sub, jti, iat, exp, data } = claims;
      if (typeof sub !== 'string' || typeof jti !== 'string' || typeof iat !== 'number' || typeof exp !== 'number') return { ok: false, reason: 'invalid' };
      if (exp * 1000 <= nowMs) return { ok: false, reason: 'expired' };
      return { ok: true, claims: { userId: sub, userPoolId: typeof data?.userPoolId === 'string' ? data.userPoolId : '', jti, iat, exp } };
    },
  };
}


/** Issues and checks a pool's tokens. */
export type TokenService = ReturnType<typeof tokenService>;
