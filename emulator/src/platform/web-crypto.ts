/**
 * The Web Crypto API's cryptography for the emulator, for browsers and Web Workers (no `node:` module):
 * key generation, HMAC and PBKDF2 are Web Crypto's. RSA decryption with PKCS#1 v1.5 padding, which Authing's
 * clients use and Web Crypto does not offer, is the textbook RSA operation with BigInt arithmetic (with the
 * Chinese remainder theorem, on the key's own parameters); password-decryption.ts checks the ciphertext's
 * length before and the padding after. It is not constant-time: the emulator's keys guard test data.
 */
import { scryptAsync } from '@noble/hashes/scrypt.js';
import type { CryptoPlatform } from '../crypto-platform.js';
import { readStoredHash, SCRYPT } from '../password-hashes.js';
import type { RsaBlockDecrypter } from '../password-decryption.js';
import { base64url, fromBase64, sameBytes } from '../secrets.js';

/** PBKDF2 rounds for new hashes: few, as a developer's tool wants them (its passwords are test data). */
export const PBKDF2_ITERATIONS = 1000;
const encoder = new TextEncoder();

const pem = (label: string, der: ArrayBuffer) =>
  `-----BEGIN ${label}-----\n${btoa(String.fromCharCode(...new Uint8Array(der))).replace(/.{64}/g, '$&\n').replace(/\n?$/, '\n')}-----END ${label}-----\n`;
const derOf = (text: string) => fromBase64(text.replace(/-----[^-]+-----|\s/g, ''));
const bigIntOf = (bytes: Uint8Array) => bytes.reduce((value, byte) => (value << 8n) | BigInt(byte), 0n);
const jwkBigInt = (field: string | undefined) => bigIntOf(fromBase64(field ?? ''));

/** `base` to the power `exponent`, modulo `modulus`. */
function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  base %= modulus;
  for (; exponent > 0n; exponent >>= 1n) {
    if (exponent & 1n) result = (result * base) % modulus;
    base = (base * base) % modulus;
  }
  return result;
}

function rsaBlockDecrypter(privateKeyPem: string): RsaBlockDecrypter {
  const key = crypto.subtle
    .importKey('pkcs8', derOf(privateKeyPem), { name: 'RSA-OAEP', hash: 'SHA-256' }, true, ['decrypt'])
    .then((imported) => crypto.subtle.exportKey('jwk', imported))
    .then((jwk) => ({ n: jwkBigInt(jwk.n), p: jwkBigInt(jwk.p), q: jwkBigInt(jwk.q), dp: jwkBigInt(jwk.dp), dq: jwkBigInt(jwk.dq), qi: jwkBigInt(jwk.qi), size: fromBase64(jwk.n ?? '').length }));
  return {
    modulusBytes: async () => (await key).size,
    async decryptBlock(ciphertext) {
      const { n, p, q, dp, dq, qi, size } = await key;
      const cipher = bigIntOf(ciphertext);
      if (cipher >= n) return undefined;
      // The Chinese remainder theorem: two exponentiations modulo the primes instead of one modulo n.
      const m1 = modPow(cipher, dp, p);
      const m2 = modPow(cipher, dq, q);
      const message = m2 + ((((m1 - m2) % p) + p) * qi % p) * q;
      const block = new Uint8Array(size);
      let rest = message;
      for (let index = size - 1; index >= 0 && rest > 0n; index--, rest >>= 8n) block[index] = Number(rest & 0xffn);
      return block;
    },
    close() {},
  };
}

const pbkdf2 = async (password: string, salt: Uint8Array<ArrayBuffer>, iterations: number) =>
  new Uint8Array(
    await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
      await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveBits']),
      256,
    ),
  );

/** Web Crypto's cryptography; new password hashes are `pbkdf2-sha256$iterations$salt$hash`. */
export function webCrypto(): CryptoPlatform {
  const hmacKeys = new Map<string, Promise<CryptoKey>>();
  return {
    async newKeyMaterial() {
      const { privateKey, publicKey } = await crypto.subtle.generateKey(
        { name: 'RSA-OAEP', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
        true,
        ['encrypt', 'decrypt'],
      );
      return {
        privateKeyPem: pem('PRIVATE KEY', await crypto.subtle.exportKey('pkcs8', privateKey)),
        publicKeyPem: pem('PUBLIC KEY', await crypto.subtle.exportKey('spki', publicKey)),
        tokenSecret: base64url(crypto.getRandomValues(new Uint8Array(32))),
      };
    },
    rsaBlockDecrypter,
    async hashPassword(password) {
      const salt = crypto.getRandomValues(new Uint8Array(16));
      return `pbkdf2-sha256$${PBKDF2_ITERATIONS}$${base64url(salt)}$${base64url(await pbkdf2(password, salt, PBKDF2_ITERATIONS))}`;
    },
    // Its own PBKDF2 hashes, and Node's scrypt ones (a state imported from the CLI), by noble's scrypt.
    async verifyPassword(password, stored) {
      const read = readStoredHash(stored);
      if (!read) return false;
      const salt = fromBase64(read.salt);
      const hash =
        read.algorithm === 'pbkdf2-sha256'
          ? await pbkdf2(password, salt, read.cost)
          : await scryptAsync(password, salt, { N: read.cost, r: SCRYPT.r, p: SCRYPT.p, dkLen: SCRYPT.keyLength });
      return sameBytes(hash, fromBase64(read.hash));
    },
    async hmacSha256(secret, input) {
      let key = hmacKeys.get(secret);
      if (!key) hmacKeys.set(secret, (key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])));
      return new Uint8Array(await crypto.subtle.sign('HMAC', await key, encoder.encode(input)));
    },
  };
}
