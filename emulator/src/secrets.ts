/**
 * Secrets compared and drawn as a service must: constant-time comparison of codes and signatures, random
 * numbers from the platform's cryptographic source, and the base64 forms secrets travel in.
 */

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
