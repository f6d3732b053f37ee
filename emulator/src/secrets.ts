/**
 * The emulator's security, as a real service has it: its own RSA key pair (the public half served at
 * .well-known, the private half decrypting passwords), salted scrypt hashes, HS256 tokens with an
 * expiry and an id that logout revokes, and constant-time comparison of secrets.
 */
import { createHmac, generateKeyPairSync, randomBytes, randomUUID, scrypt, timingSafeEqual } from 'node:crypto';
import { Worker } from 'node:worker_threads';

/**
 * scrypt's cost (N) by default: low, as a developer's tool wants it. The emulator's passwords are test
 * data, so a production cost (16384, ~75 ms a hash here) buys no safety and would make every
 * registration and login of a test suite wait; the hashing code is the same at any cost, and
 * `--scrypt-cost 16384` gives a service's latency back.
 */
export const DEFAULT_SCRYPT_COST = 1024;
/** The cost of hashes stored without one (`scrypt$salt$hash`), by versions that always used 16384. */
const UNLABELLED_HASH_COST = 16384;
/** Whether `cost` is one scrypt takes and the emulator allows: a power of two from 2 to 2^20. */
export const isScryptCost = (cost: unknown) => Number.isInteger(cost) && (cost as number) >= 2 && (cost as number) <= 2 ** 20 && ((cost as number) & ((cost as number) - 1)) === 0;
const SCRYPT = { r: 8, p: 1, keyLength: 32 } as const;

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

/**
 * The worker that decrypts passwords, so that a burst of logins never stalls other requests. Node 20
 * refuses PKCS#1 v1.5 decryption (CVE-2023-46809), so OpenSSL does the raw RSA operation (fast, native)
 * and the worker checks and strips the v1.5 padding itself: 00 02, eight or more non-zero bytes, 00,
 * then the message. Plain JavaScript, so that it runs the same from the sources and from dist/.
 */
const DECRYPT_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { constants, createPrivateKey, privateDecrypt } = require('node:crypto');
const key = createPrivateKey(workerData.privateKeyPem);
const text = new TextDecoder('utf-8', { fatal: true });
function unpad(block) {
  if (block[0] !== 0 || block[1] !== 2) return undefined;
  const end = block.indexOf(0, 2);
  return end < 10 ? undefined : block.subarray(end + 1);
}
parentPort.on('message', ({ id, encrypted }) => {
  let plain;
  try {
    const message = unpad(privateDecrypt({ key, padding: constants.RSA_NO_PADDING }, Buffer.from(encrypted, 'base64')));
    if (message) plain = text.decode(message);
  } catch {}
  parentPort.postMessage({ id, plain });
});
`;

/** Decrypts passwords the SDK encrypted with the public key, in a worker thread. */
export interface PasswordDecrypter {
  /** The password, or undefined when `encrypted` cannot be decrypted with this key. */
  decrypt(encrypted: string): Promise<string | undefined>;
  /** Ends the worker. */
  close(): void;
}

export function passwordDecrypter(privateKeyPem: string): PasswordDecrypter {
  let worker: Worker | undefined;
  let nextId = 0;
  const waiting = new Map<number, (plain: string | undefined) => void>();
  const start = () => {
    const started = new Worker(DECRYPT_WORKER, { eval: true, workerData: { privateKeyPem } });
    started.on('message', ({ id, plain }: { id: number; plain: string | undefined }) => {
      waiting.get(id)?.(plain);
      waiting.delete(id);
      // Idle: let the process exit.
      if (!waiting.size) started.unref();
    });
    started.on('error', () => {
      for (const resolve of waiting.values()) resolve(undefined);
      waiting.clear();
      worker = undefined;
    });
    return started;
  };
  return {
    decrypt(encrypted) {
      worker ??= start();
      worker.ref();
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        worker!.postMessage({ id, encrypted });
      });
    },
    close() {
      void worker?.terminate();
      worker = undefined;
    },
  };
}

/** A salted scrypt hash of `password`, with its cost: `scrypt$N$salt$hash`. Computed on libuv's thread pool. */
export async function hashPassword(password: string, cost = DEFAULT_SCRYPT_COST): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptOf(password, salt, cost);
  return `scrypt$${cost}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

const scryptOf = (password: string, salt: Buffer, cost: number) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(password, salt, SCRYPT.keyLength, { N: cost, r: SCRYPT.r, p: SCRYPT.p, maxmem: 256 * cost * SCRYPT.r }, (error, key) => (error ? reject(error) : resolve(key))),
  );

/** Whether `password` matches a stored hash (`scrypt$N$salt$hash`, or `scrypt$salt$hash` of earlier versions at the default cost). */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  if (!stored) return false;
  const parts = stored.split('$');
  const [cost, salt, expected] = parts.length === 4 ? [Number(parts[1]), parts[2]!, parts[3]!] : [UNLABELLED_HASH_COST, parts[1]!, parts[2]!];
  const hash = await scryptOf(password, Buffer.from(salt, 'base64'), cost);
  return timingSafeEqual(hash, Buffer.from(expected, 'base64'));
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
  /** The user pool the token was issued in; it works there only. */
  userPoolId: string;
  jti: string;
  iat: number;
  exp: number;
}

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; reason: 'expired' | 'invalid' };

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');
const JWT_HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

/**
 * Issues and checks HS256 tokens, each with an expiry, an id (for revocation) and its user pool. The
 * HMAC is computed synchronously on purpose: WebCrypto's would queue on libuv's thread pool behind the
 * password hashes of a burst of logins, and every signed-in request checks a token.
 */
export function tokenService(secret: string, ttlSeconds: number) {
  const sign = (input: string) => createHmac('sha256', secret).update(input).digest();
  return {
    async issue(userId: string, userPoolId: string, nowMs: number): Promise<{ token: string; iat: number; exp: number; jti: string }> {
      const iat = Math.floor(nowMs / 1000);
      const exp = iat + ttlSeconds;
      const jti = randomUUID();
      const payload = base64url(JSON.stringify({ data: { id: userId, userPoolId }, sub: userId, jti, iat, exp }));
      const token = `${JWT_HEADER}.${payload}.${sign(`${JWT_HEADER}.${payload}`).toString('base64url')}`;
      return { token, iat, exp, jti };
    },
    async check(token: string, nowMs: number): Promise<TokenCheck> {
      const [header, payload, signature, extra] = token.split('.');
      if (header !== JWT_HEADER || !payload || !signature || extra !== undefined) return { ok: false, reason: 'invalid' };
      // The signature's canonical base64url text only: decoding first would also take trailing `=`, other
      // padding bits or the `+/` alphabet, several texts for one signature.
      const expected = Buffer.from(sign(`${header}.${payload}`).toString('base64url'));
      const given = Buffer.from(signature);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
      let claims: { sub?: unknown; jti?: unknown; iat?: unknown; exp?: unknown; data?: { userPoolId?: unknown } };
      try {
        claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
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
