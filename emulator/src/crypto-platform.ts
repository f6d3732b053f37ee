/**
 * What the emulator needs of a platform's cryptography: Node's (platform/node-crypto.ts) or the Web Crypto
 * API's (platform/web-crypto.ts). Everything else about keys, passwords and tokens is the same on both
 * (password-decryption.ts, tokens.ts, secrets.ts).
 */
import type { RsaBlockDecrypter } from './password-decryption.js';

/** The pool's keys, made once and kept in the database. */
export interface KeyMaterial {
  privateKeyPem: string;
  publicKeyPem: string;
  tokenSecret: string;
}

/** A platform's cryptography, as plain functions (none uses `this`). */
export interface CryptoPlatform {
  /** A fresh RSA key pair (2048 bits, PEM) and a token secret. */
  newKeyMaterial: () => Promise<KeyMaterial>;
  /** The raw RSA operation with the private key; the padding and the text are read by password-decryption.ts. */
  rsaBlockDecrypter: (privateKeyPem: string) => RsaBlockDecrypter;
  /** A salted hash of `password`, labelled with its algorithm and cost. */
  hashPassword: (password: string) => Promise<string>;
  /** Whether `password` matches a hash `hashPassword` made (here or, for a database file, by an earlier version). */
  verifyPassword: (password: string, stored: string | null) => Promise<boolean>;
  /** HMAC-SHA256 of `input` under `secret`. */
  hmacSha256: (secret: string, input: string) => Uint8Array | Promise<Uint8Array>;
}
