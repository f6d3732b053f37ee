/**
 * RSA PKCS#1 v1.5 encryption of passwords, as Authing requires. Web Crypto offers only OAEP, so the
 * padding comes from micro-rsa-dsa-dh (audit-friendly, tree-shaken to ~1.7 KB gz). This module is
 * loaded lazily, only when a password is encrypted, and stays out of the main bundle.
 */
import { PKCS1_KEM, type PublicKey } from 'micro-rsa-dsa-dh/rsa.js';

const base64ToBytes = (base64: string) => Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
const bytesToBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
const bytesToBigInt = (bytes: Uint8Array) =>
  BigInt('0x' + (Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('') || '0'));

/** Reads one DER element at `offset`: its tag and where its content starts and ends. */
function readElement(der: Uint8Array, offset: number): { tag: number; start: number; end: number } {
  const tag = der[offset]!;
  let length = der[offset + 1]!;
  let start = offset + 2;
  if (length & 0x80) {
    const octets = length & 0x7f;
    length = 0;
    for (let i = 0; i < octets; i++) length = length * 256 + der[start++]!;
  }
  const end = start + length;
  if (tag === undefined || end > der.length) throw new Error('truncated DER');
  return { tag, start, end };
}

/**
 * Parses a PEM RSA public key: SubjectPublicKeyInfo (`BEGIN PUBLIC KEY`, what Authing serves) or
 * PKCS#1 (`BEGIN RSA PUBLIC KEY`). Parsed by hand rather than with Web Crypto, which is missing in
 * insecure (plain http) browser contexts.
 */
export function parsePublicKey(pem: string): PublicKey {
  const der = base64ToBytes(pem.replace(/-----[^-]+-----|\s/g, ''));
  let sequence = readElement(der, 0);
  let first = readElement(der, sequence.start);
  if (first.tag === 0x30) {
    // SubjectPublicKeyInfo: SEQUENCE { AlgorithmIdentifier, BIT STRING { RSAPublicKey } }
    const bitString = readElement(der, first.end);
    sequence = readElement(der, bitString.start + 1);
    first = readElement(der, sequence.start);
  }
  const exponent = readElement(der, first.end);
  if (sequence.tag !== 0x30 || first.tag !== 0x02 || exponent.tag !== 0x02) throw new Error('not an RSA public key');
  return { n: bytesToBigInt(der.subarray(first.start, first.end)), e: bytesToBigInt(der.subarray(exponent.start, exponent.end)) };
}

/** Encrypts `text` (UTF-8) with `key`, PKCS#1 v1.5, and returns base64. */
export function encrypt(key: PublicKey, text: string): string {
  return bytesToBase64(PKCS1_KEM.encrypt(key, new TextEncoder().encode(text)));
}

/**
 * Reports a key that cannot be used (`field` empty: the key the service sent; `publicKey`: the client
 * option) or a password too long for the key, so that the main chunk builds the typed error.
 */
export type EncryptionFailure = (field: string, message: string) => never;

/**
 * The encrypter of a pool's PEM key, `fromService` when it came from /api/v2/.well-known rather than the
 * `publicKey` option. The messages live here, with the code that fails, out of the main bundle.
 */
export function encrypterFor(pem: string, fromService: boolean, fail: EncryptionFailure): (field: string, password: string) => string {
  let key: PublicKey;
  try {
    key = parsePublicKey(pem);
  } catch {
    return fromService
      ? fail('', 'the public key from /api/v2/.well-known is not an RSA key in PEM')
      : fail('publicKey', 'The publicKey option is not an RSA public key in PEM');
  }
  return (field, password) => {
    try {
      return encrypt(key, password);
    } catch {
      return fail(field, `${field} is too long to encrypt with the user pool's key`);
    }
  };
}
