/**
 * The pool's keys and what they make: the tokens signed with its secret, the passwords decrypted with its
 * private key. An import replaces them whole, so that the imported users' tokens and passwords keep working.
 */
import type { CryptoPlatform, KeyMaterial } from './crypto-platform.js';
import { passwordDecrypter, type PasswordDecrypter } from './password-decryption.js';
import { tokenService, type TokenService } from './tokens.js';

/** The keys in use, and the token service and password decrypter made from them. */
export interface PoolKeys {
  material: KeyMaterial;
  tokens: TokenService;
  /** Ends with `passwords.close()` (in Node, a worker). */
  passwords: PasswordDecrypter;
}

/** What `material` makes; throws when the platform cannot use its private key. */
export function poolKeys(material: KeyMaterial, tokenTtlSeconds: number, crypto: CryptoPlatform): PoolKeys {
  return {
    material,
    tokens: tokenService(material.tokenSecret, tokenTtlSeconds, crypto.hmacSha256),
    passwords: passwordDecrypter(crypto.rsaBlockDecrypter(material.privateKeyPem)),
  };
}
