/**
 * Node's cryptography for the emulator: OpenSSL's RSA key generation and raw RSA (in a worker
 * thread), scrypt password hashes on libuv's thread pool, and a synchronous HMAC for tokens (Web
 * Crypto's would queue on that pool behind the password hashes of a burst of logins, and every signed-in
 * request checks a token).
 */
import { createHmac, createPrivateKey, generateKeyPairSync, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { CryptoPlatform } from '../crypto-platform.js';
import type { RsaBlockDecrypter } from '../password-decryption.js';

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

/**
 * The worker that runs the RSA operation, so that a burst of logins never stalls other requests. Node 20
 * refuses PKCS#1 v1.5 decryption (CVE-2023-46809), so OpenSSL does the raw operation (fast, native) and
 * password-decryption.ts checks and strips the padding. Plain JavaScript, so that it runs the same from
 * the sources and from dist/.
 */
const RSA_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { constants, createPrivateKey, privateDecrypt } = require('node:crypto');
const key = createPrivateKey(workerData.privateKeyPem);
parentPort.on('message', ({ id, ciphertext }) => {
  let block;
  try {
    block = privateDecrypt({ key, padding: constants.RSA_NO_PADDING }, ciphertext);
  } catch {}
  parentPort.postMessage({ id, block });
});
`;

function rsaBlockDecrypter(privateKeyPem: string): RsaBlockDecrypter {
  const modulusBytes = createPrivateKey(privateKeyPem).asymmetricKeyDetails!.modulusLength! / 8;
  let worker: Worker | undefined;
  let nextId = 0;
  const waiting = new Map<number, (block: Uint8Array | undefined) => void>();
  const start = () => {
    const started = new Worker(RSA_WORKER, { eval: true, workerData: { privateKeyPem } });
    started.on('message', ({ id, block }: { id: number; block: Uint8Array | undefined }) => {
      waiting.get(id)?.(block);
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
    modulusBytes: async () => modulusBytes,
    decryptBlock(ciphertext) {
      worker ??= start();
      worker.ref();
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        worker!.postMessage({ id, ciphertext });
      });
    },
    close() {
      void worker?.terminate();
      worker = undefined;
    },
  };
}

const scryptOf = (password: string, salt: Buffer, cost: number) =>
  new Promise<Buffer>((resolve, reject) =>
    scrypt(password, salt, SCRYPT.keyLength, { N: cost, r: SCRYPT.r, p: SCRYPT.p, maxmem: 256 * cost * SCRYPT.r }, (error, key) => (error ? reject(error) : resolve(key))),
  );

/** Node's cryptography, hashing new passwords with scrypt at `scryptCost` (`scrypt$N$salt$hash`). */
export function nodeCrypto(scryptCost = DEFAULT_SCRYPT_COST): CryptoPlatform {
  return {
    async newKeyMaterial() {
      const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
      return {
        privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
        publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }) as string,
        tokenSecret: randomBytes(32).toString('base64url'),
      };
    },
    rsaBlockDecrypter,
    async hashPassword(password) {
      const salt = randomBytes(16);
      const hash = await scryptOf(password, salt, scryptCost);
      return `scrypt$${scryptCost}$${salt.toString('base64')}$${hash.toString('base64')}`;
    },
    // `scrypt$N$salt$hash`, or `scrypt$salt$hash` of earlier versions at the then default cost.
    async verifyPassword(password, stored) {
      if (!stored?.startsWith('scrypt$')) return false;
      const parts = stored.split('$');
      const [cost, salt, expected] = parts.length === 4 ? [Number(parts[1]), parts[2]!, parts[3]!] : [UNLABELLED_HASH_COST, parts[1]!, parts[2]!];
      const hash = await scryptOf(password, Buffer.from(salt, 'base64'), cost);
      const wanted = Buffer.from(expected, 'base64');
      return hash.length === wanted.length && timingSafeEqual(hash, wanted);
    },
    hmacSha256: (secret, input) => createHmac('sha256', secret).update(input).digest(),
  };
}
