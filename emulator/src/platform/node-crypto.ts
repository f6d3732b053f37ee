/**
 * Node's cryptography for the emulator: OpenSSL's RSA key generation and raw RSA (in a worker
 * thread), scrypt password hashes on libuv's thread pool, and a synchronous HMAC for tokens (Web
 * Crypto's would queue on that pool behind the password hashes of a burst of logins, and every signed-in
 * request checks a token).
 */
import { createHmac, createPrivateKey, generateKeyPairSync, pbkdf2, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { CryptoPlatform } from '../crypto-platform.js';
import { readStoredHash, SCRYPT } from '../password-hashes.js';
import type { RsaBlockDecrypter } from '../password-decryption.js';

/**
 * scrypt's cost (N) by default: low, as a developer's tool wants it. The emulator's passwords are test
 * data, so a production cost (16384, ~75 ms a hash here) buys no safety and would make every
 * registration and login of a test suite wait; the hashing code is the same at any cost, and
 * `--scrypt-cost 16384` gives a service's latency back.
 */
export const DEFAULT_SCRYPT_COST = 1024;

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
    // Its own scrypt hashes, and the browser build's PBKDF2 ones (a state imported from a page).
    async verifyPassword(password, stored) {
      const read = readStoredHash(stored);
      if (!read) return false;
      const salt = Buffer.from(read.salt, read.algorithm === 'scrypt' ? 'base64' : 'base64url');
      const wanted = Buffer.from(read.hash, read.algorithm === 'scrypt' ? 'base64' : 'base64url');
      const hash =
        read.algorithm === 'scrypt'
          ? await scryptOf(password, salt, read.cost)
          : await new Promise<Buffer>((resolve, reject) => pbkdf2(password, salt, read.cost, 32, 'sha256', (error, key) => (error ? reject(error) : resolve(key))));
      return hash.length === wanted.length && timingSafeEqual(hash, wanted);
    },
    hmacSha256: (secret, input) => createHmac('sha256', secret).update(input).digest(),
  };
}
