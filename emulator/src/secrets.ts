/**
 * The emulator's security, as a real service has it: its own RSA key pair (the public half served at
 * .well-known, the private half decrypting passwords), salted password hashes, HS256 tokens with an
 * expiry and an id that logout revokes, and constant-time comparison of secrets. What needs a platform's
 * crypto (key generation, RSA, hashing, HMAC) is a {@link CryptoPlatform}: Node's (platform/node.ts) or
 * the Web Crypto API's (platform/web.ts); the rest is here, the same on both.
 */

export interface KeyMaterial {
  privateKeyPem: string;
  publicKeyPem: string;
  tokenSecret: string;
}

/** Decrypts passwords the SDK encrypted with the public key. */
export interface PasswordDecrypter {
  /** The password, or undefined when `encrypted` cannot be decrypted with this key. */
  decrypt(encrypted: string): Promise<string | undefined>;
  /** Ends whatever the decrypter started (Node's worker thread). */
  close(): void;
}

/** What the emulator needs of a platform's cryptography: plain functions (none uses `this`). */
export interface CryptoPlatform {
  /** A fresh RSA key pair (2048 bits, PEM) and a token secret. */
  newKeyMaterial: () => Promise<KeyMaterial>;
  passwordDecrypter: (privateKeyPem: string) => PasswordDecrypter;
  /** A salted hash of `password`, labelled with its algorithm and cost. */
  hashPassword: (password: string) => Promise<string>;
  /** Whether `password` matches a hash `hashPassword` made (here or, for a database file, by an earlier version). */
  verifyPassword: (password: string, stored: string | null) => Promise<boolean>;
  /** HMAC-SHA256 of `input` under `secret`. */
  hmacSha256: (secret: string, input: string) => Uint8Array | Promise<Uint8Array>;
}

const encoder = new TextEncoder();

/** base64url without padding, of bytes or of a string's UTF-8. */
export function base64url(value: string | Uint8Array): string {
  const bytes = typeof value === 'string' ? encoder.encode(value) : value;
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of base64 or base64url text; throws on anything else. */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** Whether two byte strings are equal, in time that depends on their length only. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= a[index]! ^ b[index]!;
  return difference === 0;
}

/** Compares two secrets (verification codes, CAPTCHA answers) in constant time. */
export function sameSecret(given: unknown, expected: string): boolean {
  return typeof given === 'string' && sameBytes(encoder.encode(given), encoder.encode(expected));
}

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

/** A random integer from `min` to `max - 1`, from the platform's cryptographic source. */
export function randomInt(min: number, max: number): number {
  const range = max - min;
  // Rejection sampling: values past the last whole multiple of `range` would favour the low numbers.
  const limit = 2 ** 32 - (2 ** 32 % range);
  const sample = new Uint32Array(1);
  do crypto.getRandomValues(sample);
  while (sample[0]! >= limit);
  return min + (sample[0]! % range);
}
