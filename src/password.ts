/**
 * Encrypts the password fields of a request body before it is sent. The RSA code and the pool's key
 * are loaded on the first password only, once per client; concurrent first calls share one load.
 */
import { AuthingInputError, AuthingInvalidResponseError } from './errors.js';
import type { MaybePromise } from './token-store.js';

/**
 * How passwords are sent: `'rsa'` (the default) encrypts them with the pool's public key, as Authing
 * expects; `'none'` sends them as typed (for pools configured so, and for tests); a function
 * encrypts them however you like.
 * @category Client
 */
export type PasswordEncryption = 'rsa' | 'none' | ((password: string) => MaybePromise<string>);

/** Body fields that carry a password. */
export const PASSWORD_FIELDS = ['password', 'newPassword', 'oldPassword'] as const;

type Body = Record<string, unknown>;
type Encrypt = (field: string, password: string) => string;

/**
 * Returns a function that gives back `body` with its password fields encrypted (a copy; the caller's
 * object is never changed). `publicKey` is the key from the client options, else `fetchPublicKey`
 * fetches it from the service.
 */
export function createPasswordEncrypter(
  mode: PasswordEncryption,
  publicKey: string | undefined,
  fetchPublicKey: () => Promise<string>,
): (body: Body) => Promise<Body> {
  let encrypter: Promise<Encrypt> | undefined;

  const loadRsa = async (): Promise<Encrypt> => {
    const [pem, rsa] = await Promise.all([publicKey ?? fetchPublicKey(), import('./rsa.js')]);
    return rsa.encrypterFor(pem, publicKey === undefined, (field, message) => {
      throw field ? new AuthingInputError(field, message) : new AuthingInvalidResponseError(200, '', message);
    });
  };

  const encryptOne = async (field: string, password: string): Promise<string> => {
    if (typeof mode === 'function') return mode(password);
    // A failed load (network, bad key) is not cached: the next password tries again.
    encrypter ??= loadRsa().catch((error) => {
      encrypter = undefined;
      throw error;
    });
    return (await encrypter)(field, password);
  };

  return async (body) => {
    if (mode === 'none') return body;
    let copy: Body | undefined;
    for (const field of PASSWORD_FIELDS) {
      const value = body[field];
      if (typeof value === 'string' && value !== '') {
        copy ??= { ...body };
        copy[field] = await encryptOne(field, value);
      }
    }
    return copy ?? body;
  };
}
