/**
 * Encrypts the password fields of a request body before it is sent. The RSA code is loaded on the first
 * password only; the pool's key comes from the client's options, or from the service (shared by every
 * client of the pool in the process: public-key.ts).
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

/** Where the pool's key comes from when the client's options give none. */
export interface FetchedKey {
  /** The key (fetched once, then the same promise). */
  get(): Promise<string>;
  /** Forgets `stale`, so that the next {@link get} fetches the key again. */
  forget(stale: Promise<string>): void;
}

/** Encrypts the passwords of request bodies. */
export interface PasswordEncrypter {
  /** `body` with its password fields encrypted (a copy; the caller's object is never changed). */
  encrypt(body: Body): Promise<Body>;
  /** Forgets the key fetched from the service, for the next password to fetch it again; false when no fetched key was used. */
  forgetFetchedKey(): boolean;
}

/** The encrypter for `mode`, with `publicKey` from the client options, else the key from `fetched`. */
export function createPasswordEncrypter(mode: PasswordEncryption, publicKey: string | undefined, fetched: FetchedKey): PasswordEncrypter {
  /** The key last used and the encrypter made of it (a key is parsed once, not per password). */
  let current: { pem: Promise<string>; encrypt: Promise<Encrypt> } | undefined;

  const encrypterOf = async (pem: Promise<string>): Promise<Encrypt> => {
    const [text, rsa] = await Promise.all([pem, import('./rsa.js')]);
    return rsa.encrypterFor(text, publicKey === undefined, (field, message) => {
      throw field ? new AuthingInputError(field, message) : new AuthingInvalidResponseError(200, '', message);
    });
  };

  const given = publicKey === undefined ? undefined : Promise.resolve(publicKey);
  const encryptOne = async (field: string, password: string): Promise<string> => {
    if (typeof mode === 'function') return mode(password);
    const pem = given ?? fetched.get();
    if (current?.pem !== pem) {
      const made = { pem, encrypt: encrypterOf(pem) };
      // A failed load (network, a key that is no RSA key) is not kept: the next password tries again.
      made.encrypt.catch(() => {
        if (current === made) current = undefined;
      });
      current = made;
    }
    return (await current.encrypt)(field, password);
  };

  return {
    async encrypt(body) {
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
    },
    forgetFetchedKey() {
      if (mode !== 'rsa' || given) return false;
      // Concurrent calls may each forget: the key they forget is the one they used, or one already fetched again.
      if (current) fetched.forget(current.pem);
      current = undefined;
      return true;
    },
  };
}
