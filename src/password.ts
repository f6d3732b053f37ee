/**
 * Encrypts the password fields of a request body before it is sent. A chunk of its own, loaded on the first
 * body with a password: the RSA code (rsa.ts, loaded next) and the pool's key come then. The key comes from
 * the client's options, or from the service, shared by every client of the pool in the process
 * (public-key.ts). It imports nothing of the main entry at run time: the errors are built by the caller.
 */
import { forgetPublicKey, publicKeyOf } from './public-key.js';
import type { ChunkErrors } from './chunk-errors.js';
import type { MaybePromise } from './token-store.js';

/**
 * How passwords are sent: `'rsa'` (the default) encrypts them with the pool's public key, as Authing
 * expects; `'none'` sends them as typed (for pools configured so, and for tests); a function
 * encrypts them however you like.
 * @category Client
 */
export type PasswordEncryption = 'rsa' | 'none' | ((password: string) => MaybePromise<string>);

type Body = Record<string, unknown>;
type Encrypt = (field: string, password: string) => string;

/** What the encrypter of a client works with. */
export interface EncrypterSettings {
  /**
   * The client's settings: how passwords are sent (`encryptPassword`), the key from its options (`publicKey`,
   * fetched from the service when undefined), and the pool whose key that is (`host`, `userPoolId`).
   */
  client: { encryptPassword: PasswordEncryption; publicKey: string | undefined; host: string; userPoolId: string };
  /** Fetches the pool's key from /api/v2/.well-known, through the client. */
  fetchKey: () => Promise<string>;
  /** The body fields that carry a password. */
  fields: readonly string[];
  /** The SDK's errors: of a key that is no RSA key, or a password too long for it. */
  errors: ChunkErrors;
}

/** Encrypts the passwords of request bodies. */
export interface PasswordEncrypter {
  /** `body` with its password fields encrypted (a copy; the caller's object is never changed). */
  encrypt(body: Body): Promise<Body>;
  /**
   * Sends `body` by `send` with its passwords encrypted. When the service cannot decrypt a password sent with
   * a key fetched earlier (`undecryptable`: 2016; the pool's key changed, or another emulator answers at the
   * same address), the key is fetched again and the body sent once more: the service did nothing with it.
   */
  send<T>(body: Body, send: (encrypted: Body) => Promise<T>, undecryptable: (error: unknown) => boolean): Promise<T>;
}

/** A client's encrypter. */
export function createPasswordEncrypter({ client, fetchKey, fields, errors }: EncrypterSettings): PasswordEncrypter {
  const { encryptPassword: mode, publicKey, host, userPoolId } = client;
  /** The key last used and the encrypter made of it (a key is parsed once, not per password). */
  let current: { pem: Promise<string>; encrypt: Promise<Encrypt> } | undefined;
  const given = publicKey === undefined ? undefined : Promise.resolve(publicKey);

  const encrypterOf = async (pem: Promise<string>): Promise<Encrypt> => {
    const [text, rsa] = await Promise.all([pem, import('./rsa.js')]);
    // A field names the password too long for the key, or the publicKey option; none, the key the service sent.
    return rsa.encrypterFor(text, publicKey === undefined, (field, message) => (field ? errors.input(field, message) : errors.invalidResponse(message)));
  };

  const encryptOne = async (field: string, password: string): Promise<string> => {
    if (typeof mode === 'function') return mode(password);
    const pem = given ?? publicKeyOf(host, userPoolId, fetchKey);
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

  /** Forgets the key fetched from the service, for the next password to fetch it again; false when the key was not fetched. */
  const forgetFetchedKey = () => {
    if (mode !== 'rsa' || given) return false;
    // Concurrent calls may each forget: the key they forget is the one they used, or one already fetched again.
    if (current) forgetPublicKey(host, userPoolId, current.pem);
    current = undefined;
    return true;
  };

  const encrypter: PasswordEncrypter = {
    async send(body, send, undecryptable) {
      try {
        return await send(await encrypter.encrypt(body));
      } catch (error) {
        if (!undecryptable(error) || !forgetFetchedKey()) throw error;
        return send(await encrypter.encrypt(body));
      }
    },
    async encrypt(body) {
      if (mode === 'none') return body;
      let copy: Body | undefined;
      for (const field of fields) {
        const value = body[field];
        if (typeof value === 'string' && value !== '') {
          copy ??= { ...body };
          copy[field] = await encryptOne(field, value);
        }
      }
      return copy ?? body;
    },
  };
  return encrypter;
}
