/**
 * The emulator's security, as a real service has it: its own RSA key pair (the public half served at
 * .well-known, the private half decrypting passwords), salted scrypt hashes, HS256 tokens with an
 * expiry and an id that logout revokes, and constant-time comparison of secrets.
 */
import { createPrivateKey, generateKeyPairSync, randomBytes, randomUUID, scrypt, timingSafeEqual } from 'node:crypto';
import { jwtVerify, SignJWT, errors as joseErrors } from 'jose';
import { PKCS1_KEM } from 'micro-rsa-dsa-dh/rsa.js';

const SCRYPT = { N: 16384, r: 8, p: 1, keyLength: 32 } as const;

export interface KeyMaterial {
  privateKeyPem: string;
  publicKeyPem: string;
  tokenSecret: string;
}

export function newKeyMaterial(): KeyMaterial {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }) as string,
    tokenSecret: randomBytes(32).toString('base64url'),
  };
}

/** Decrypts a password the SDK encrypted with the public key; undefined when it cannot. */
export function passwordDecrypter(privateKeyPem: string): (encrypted: string) => string | undefined {
  // Node 20 refuses PKCS#1 v1.5 decryption (CVE-2023-46809), so the same library the SDK encrypts with decrypts.
  const jwk = createPrivateKey(privateKeyPem).export({ format: 'jwk' });
  const toBigInt = (value: string) => BigInt(`0x${Buffer.from(value, 'base64url').toString('hex')}`);
  const key = { n: toBigInt(jwk.n!), d: toBigInt(jwk.d!) };
  return (encrypted) => {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(PKCS1_KEM.decrypt(key, Buffer.from(encrypted, 'base64')));
    } catch {
      return undefined;
    }
  };
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await new Promise<Buffer>((resolve, reject) =>
    scrypt(password, salt, SCRYPT.keyLength, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p }, (error, key) => (error ? reject(error) : resolve(key))),
  );
  return `scrypt$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  if (!stored) return false;
  const [, salt, expected] = stored.split('$');
  const hash = await new Promise<Buffer>((resolve, reject) =>
    scrypt(password, Buffer.from(salt!, 'base64'), SCRYPT.keyLength, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p }, (error, key) => (error ? reject(error) : resolve(key))),
  );
  return timingSafeEqual(hash, Buffer.from(expected!, 'base64'));
}

/** Compares two secrets (verification codes, CAPTCHA answers) in constant time. */
export function sameSecret(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface TokenClaims {
  userId: string;
  jti: string;
  iat: number;
  exp: number;
}

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; reason: 'expired' | 'invalid' };

export function tokenService(secret: string, userPoolId: string, ttlSeconds: number) {
  const key = new TextEncoder().encode(secret);
  return {
    async issue(userId: string, nowMs: number): Promise<{ token: string; iat: number; exp: number; jti: string }> {
      const iat = Math.floor(nowMs / 1000);
      const exp = iat + ttlSeconds;
      const jti = randomUUID();
      const token = await new SignJWT({ data: { id: userId, userPoolId } })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(userId)
        .setJti(jti)
        .setIssuedAt(iat)
        .setExpirationTime(exp)
        .sign(key);
      return { token, iat, exp, jti };
    },
    async check(token: string, nowMs: number): Promise<TokenCheck> {
      try {
        const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], currentDate: new Date(nowMs) });
        return { ok: true, claims: { userId: payload.sub!, jti: payload.jti!, iat: payload.iat!, exp: payload.exp! } };
      } catch (error) {
        return { ok: false, reason: error instanceof joseErrors.JWTExpired ? 'expired' : 'invalid' };
      }
    },
  };
}
