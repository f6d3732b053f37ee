/** Decrypts what the SDK encrypted, with the private key that matches the spec's example public key. */
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PKCS1_KEM } from 'micro-rsa-dsa-dh/rsa.js';
import { repoRoot } from './spec.ts';

export const testPublicKey = readFileSync(join(repoRoot, 'test', 'fixtures', 'rsa-public.pem'), 'utf8');

const jwk = createPrivateKey(readFileSync(join(repoRoot, 'test', 'fixtures', 'rsa-private.pem'))).export({ format: 'jwk' });
const toBigInt = (base64url: string) => BigInt('0x' + Buffer.from(base64url, 'base64url').toString('hex'));
// Node 20 refuses PKCS#1 v1.5 decryption (CVE-2023-46809), so the same library the SDK uses decrypts.
const privateKey = { n: toBigInt(jwk.n!), d: toBigInt(jwk.d!) };

export function decryptPassword(base64: string): string {
  return new TextDecoder().decode(PKCS1_KEM.decrypt(privateKey, Buffer.from(base64, 'base64')));
}
