/**
 * Reads a password as Authing's clients send it: the canonical base64 of exactly one RSA ciphertext of the
 * key's length, PKCS#1 v1.5 padded, UTF-8 inside. Everything but the RSA operation itself is here, the same
 * on every platform; the platform only turns a ciphertext block into the padded block ({@link RsaBlockDecrypter}).
 * The text is checked before any arithmetic: a request cannot make the emulator work on a longer number.
 */
import { fromBase64 } from './secrets.js';

/** The platform's raw RSA: one ciphertext block of the key's length to the padded block, or undefined. */
export interface RsaBlockDecrypter {
  /** The key's modulus length in bytes: the length of every ciphertext and padded block. */
  modulusBytes(): Promise<number>;
  /** The padded block of `ciphertext` (exactly {@link modulusBytes} long); undefined when it is not below the modulus. */
  decryptBlock(ciphertext: Uint8Array): Promise<Uint8Array | undefined>;
  /** Ends whatever the platform started for it (Node's worker thread). */
  close(): void;
}

/** Decrypts the passwords clients send. */
export interface PasswordDecrypter {
  /** The password, or undefined when `sent` is not the canonical base64 of one ciphertext that decrypts to one. */
  decrypt(sent: string): Promise<string | undefined>;
  close(): void;
}

const STANDARD_BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * The bytes of `text` when it is the canonical base64 (standard alphabet, padded, no other character) of
 * exactly `length` bytes; else undefined. The length is checked first, so that no long text is decoded.
 */
export function canonicalCiphertext(text: string, length: number): Uint8Array | undefined {
  if (text.length !== 4 * Math.ceil(length / 3) || !STANDARD_BASE64.test(text)) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(text);
  } catch {
    return undefined;
  }
  // atob also takes other padding bits in the last character: only the text the bytes encode back to is canonical.
  if (bytes.length !== length || btoa(String.fromCharCode(...bytes)) !== text) return undefined;
  return bytes;
}

/** The message of a block padded with PKCS#1 v1.5 for encryption: 00 02, eight or more non-zero bytes, 00, message. */
export function unpadPkcs1(block: Uint8Array): Uint8Array | undefined {
  if (block[0] !== 0 || block[1] !== 2) return undefined;
  const end = block.indexOf(0, 2);
  return end < 10 ? undefined : block.subarray(end + 1);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The password decrypter over a platform's raw RSA. */
export function passwordDecrypter(rsa: RsaBlockDecrypter): PasswordDecrypter {
  return {
    async decrypt(sent) {
      const ciphertext = canonicalCiphertext(sent, await rsa.modulusBytes());
      const block = ciphertext && (await rsa.decryptBlock(ciphertext));
      const message = block && unpadPkcs1(block);
      if (!message) return undefined;
      try {
        return utf8.decode(message);
      } catch {
        return undefined;
      }
    },
    close: () => rsa.close(),
  };
}
