/** Password encryption: the pool's key is fetched once, lazily, and only when a password is sent. */
import { testClient } from '../support/clients.ts';
import { describe, expect, it } from 'vitest';
import { AuthenticationClient, AuthingInputError, AuthingInvalidResponseError, AuthingNetworkError } from '../../src/index.ts';
import { parsePublicKey } from '../../src/rsa.ts';
import { exampleRouter, fakeFetch, json, ok } from '../support/fake-fetch.ts';
import { decryptPassword, testPublicKey } from '../support/rsa.ts';
import { generateKeyPairSync } from 'node:crypto';

const credentials = { email: 'test@example.com', password: 'passw0rd' };
/** A user pool of this test alone: the key of a pool is shared by every client of it in the process. */
const pool = () => `POOL-${crypto.randomUUID()}`;
const keyFetches = (requests: Array<{ url: URL }>) => requests.filter((request) => request.url.pathname === '/api/v2/.well-known').length;

describe('the public key', () => {
  it('is fetched from .well-known on the first password, and only once for 100 concurrent first calls', async () => {
    const wire = fakeFetch(exampleRouter());
    const client = testClient(wire.fetch, { userPoolId: pool() });
    await Promise.all(Array.from({ length: 100 }, () => client.loginByEmail(credentials)));
    expect(keyFetches(wire.requests)).toBe(1);
    const logins = wire.requests.filter((request) => request.url.pathname === '/api/v2/login/account');
    expect(logins).toHaveLength(100);
    for (const login of logins) expect(decryptPassword(login.body.password)).toBe('passw0rd');
  });

  it('is not fetched for calls without passwords', async () => {
    const wire = fakeFetch(exampleRouter());
    await testClient(wire.fetch, { userPoolId: pool() }).sendSmsCode({ phone: '18812345678' });
    expect(keyFetches(wire.requests)).toBe(0);
  });

  it('is not fetched when given as an option', async () => {
    const wire = fakeFetch(exampleRouter());
    await testClient(wire.fetch, { userPoolId: pool(), publicKey: testPublicKey }).loginByEmail(credentials);
    expect(keyFetches(wire.requests)).toBe(0);
  });

  it('a failed key fetch fails the call, and the next call tries again', async () => {
    let fail = true;
    const wire = fakeFetch(
      exampleRouter({ 'GET /api/v2/.well-known': () => (fail ? Promise.reject(new TypeError('offline')) : json({ code: 200, message: 'ok', data: { publicKey: testPublicKey } })) }),
    );
    const client = testClient(wire.fetch, { userPoolId: pool(), maxRetries: 0 });
    await expect(client.loginByEmail(credentials)).rejects.toBeInstanceOf(AuthingNetworkError);
    fail = false;
    await expect(client.loginByEmail(credentials)).resolves.toMatchObject({ id: expect.any(String) });
  });

  it('a key that is not RSA PEM is a typed error, not a crash', async () => {
    const served = fakeFetch(exampleRouter({ 'GET /api/v2/.well-known': () => ok({ publicKey: 'not a key' }) }));
    await expect(testClient(served.fetch, { userPoolId: pool() }).loginByEmail(credentials)).rejects.toBeInstanceOf(AuthingInvalidResponseError);
    const given = fakeFetch(exampleRouter());
    await expect(testClient(given.fetch, { userPoolId: pool(), publicKey: 'garbage' }).loginByEmail(credentials)).rejects.toMatchObject({ kind: 'input', field: 'publicKey' });
  });

  it('a password too long for the key is a typed error naming the field', async () => {
    const wire = fakeFetch(exampleRouter());
    const client = testClient(wire.fetch, { userPoolId: pool(), publicKey: testPublicKey, token: 'T' });
    const error = await client.updatePassword({ newPassword: 'x'.repeat(300) }).catch((caught) => caught);
    expect(error).toBeInstanceOf(AuthingInputError);
    expect(error.field).toBe('newPassword');
    expect(String(error)).not.toContain('x'.repeat(20));
  });

  it('parses SubjectPublicKeyInfo and PKCS#1 keys alike', () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const spki = parsePublicKey(publicKey.export({ type: 'spki', format: 'pem' }) as string);
    const pkcs1 = parsePublicKey(publicKey.export({ type: 'pkcs1', format: 'pem' }) as string);
    expect(spki).toEqual(pkcs1);
    expect(spki.e).toBe(65537n);
    expect(spki.n.toString(16)).toBe(Buffer.from(publicKey.export({ format: 'jwk' }).n!, 'base64url').toString('hex').replace(/^0+/, ''));
  });

  it('is fetched once for many clients of one pool, as a server makes one per request', async () => {
    const wire = fakeFetch(exampleRouter());
    const userPoolId = pool();
    for (let request = 0; request < 3; request++) await testClient(wire.fetch, { userPoolId }).loginByEmail(credentials);
    expect(keyFetches(wire.requests)).toBe(1);
    // Another pool at the same host has a key of its own.
    await testClient(wire.fetch, { userPoolId: pool() }).loginByEmail(credentials);
    expect(keyFetches(wire.requests)).toBe(2);
  });

  it('is fetched again when the service cannot decrypt a password sent with it (2016), and the call sent once more', async () => {
    const { publicKey: rotated } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const oldKey = rotated.export({ type: 'spki', format: 'pem' }) as string;
    let served = oldKey;
    const wire = fakeFetch(
      exampleRouter({
        'GET /api/v2/.well-known': () => ok({ publicKey: served }),
        // The service decrypts with its current key only: the test key.
        'POST /api/v2/login/account': (_request, recorded) => {
          try {
            decryptPassword(recorded.body.password);
            return json({ code: 200, message: 'ok', data: { id: 'u1', token: 'T' } });
          } catch {
            return json({ code: 2016, message: 'password undecryptable', data: null });
          }
        },
      }),
    );
    const userPoolId = pool();
    await expect(testClient(wire.fetch, { userPoolId }).loginByEmail(credentials)).rejects.toMatchObject({ code: 2016 });
    expect(keyFetches(wire.requests)).toBe(2);
    served = testPublicKey;
    await expect(testClient(wire.fetch, { userPoolId }).loginByEmail(credentials)).resolves.toMatchObject({ id: 'u1' });
    expect(keyFetches(wire.requests)).toBe(3);
    // A key given as an option is the caller's: a 2016 is the answer.
    const given = fakeFetch(exampleRouter({ 'POST /api/v2/login/account': () => json({ code: 2016, message: 'no', data: null }) }));
    await expect(testClient(given.fetch, { userPoolId, publicKey: testPublicKey }).loginByEmail(credentials)).rejects.toMatchObject({ code: 2016 });
    expect(given.requests).toHaveLength(1);
  });

  it('is fetched without a client-wide Prefer header, which selects a mock example for the calls, not for the key', async () => {
    const wire = fakeFetch(exampleRouter());
    await testClient(wire.fetch, { userPoolId: pool(), headers: { prefer: 'example=credentialsIncorrect' } }).loginByEmail(credentials);
    const [keyFetch, login] = wire.requests;
    expect(keyFetch!.url.pathname).toBe('/api/v2/.well-known');
    expect(keyFetch!.headers.prefer).toBeUndefined();
    expect(login!.headers.prefer).toBe('example=credentialsIncorrect');
  });

  it('leaves the caller\'s object unchanged', async () => {
    const wire = fakeFetch(exampleRouter());
    const params = { ...credentials };
    await testClient(wire.fetch, { userPoolId: pool(), publicKey: testPublicKey }).loginByEmail(params);
    expect(params).toEqual(credentials);
  });
});
