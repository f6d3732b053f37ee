/** Password encryption: the pool's key is fetched once, lazily, and only when a password is sent. */
import { describe, expect, it } from 'vitest';
import { AuthenticationClient, AuthingInputError, AuthingInvalidResponseError, AuthingNetworkError } from '../../src/index.ts';
import { parsePublicKey } from '../../src/rsa.ts';
import { exampleRouter, fakeFetch, json, ok } from '../support/fake-fetch.ts';
import { decryptPassword, testPublicKey } from '../support/rsa.ts';
import { generateKeyPairSync } from 'node:crypto';

const credentials = { email: 'test@example.com', password: 'passw0rd' };
const keyFetches = (requests: Array<{ url: URL }>) => requests.filter((request) => request.url.pathname === '/api/v2/.well-known').length;

describe('the public key', () => {
  it('is fetched from .well-known on the first password, and only once for 100 concurrent first calls', async () => {
    const wire = fakeFetch(exampleRouter());
    const client = new AuthenticationClient({ userPoolId: 'POOL', fetch: wire.fetch });
    await Promise.all(Array.from({ length: 100 }, () => client.loginByEmail(credentials)));
    expect(keyFetches(wire.requests)).toBe(1);
    const logins = wire.requests.filter((request) => request.url.pathname === '/api/v2/login/account');
    expect(logins).toHaveLength(100);
    for (const login of logins) expect(decryptPassword(login.body.password)).toBe('passw0rd');
  });

  it('is not fetched for calls without passwords', async () => {
    const wire = fakeFetch(exampleRouter());
    await new AuthenticationClient({ userPoolId: 'POOL', fetch: wire.fetch }).sendSmsCode({ phone: '18812345678' });
    expect(keyFetches(wire.requests)).toBe(0);
  });

  it('is not fetched when given as an option', async () => {
    const wire = fakeFetch(exampleRouter());
    await new AuthenticationClient({ userPoolId: 'POOL', fetch: wire.fetch, publicKey: testPublicKey }).loginByEmail(credentials);
    expect(keyFetches(wire.requests)).toBe(0);
  });

  it('a failed key fetch fails the call, and the next call tries again', async () => {
    let fail = true;
    const wire = fakeFetch(
      exampleRouter({ 'GET /api/v2/.well-known': () => (fail ? Promise.reject(new TypeError('offline')) : json({ code: 200, message: 'ok', data: { publicKey: testPublicKey } })) }),
    );
    const client = new AuthenticationClient({ userPoolId: 'POOL', fetch: wire.fetch, maxRetries: 0 });
    await expect(client.loginByEmail(credentials)).rejects.toBeInstanceOf(AuthingNetworkError);
    fail = false;
    await expect(client.loginByEmail(credentials)).resolves.toMatchObject({ id: expect.any(String) });
  });

  it('a key that is not RSA PEM is a typed error, not a crash', async () => {
    const served = fakeFetch(exampleRouter({ 'GET /api/v2/.well-known': () => ok({ publicKey: 'not a key' }) }));
    await expect(new AuthenticationClient({ userPoolId: 'POOL', fetch: served.fetch }).loginByEmail(credentials)).rejects.toBeInstanceOf(AuthingInvalidResponseError);
    const given = fakeFetch(exampleRouter());
    await expect(new AuthenticationClient({ userPoolId: 'POOL', fetch: given.fetch, publicKey: 'garbage' }).loginByEmail(credentials)).rejects.toMatchObject({ kind: 'input', field: 'publicKey' });
  });

  it('a password too long for the key is a typed error naming the field', async () => {
    const wire = fakeFetch(exampleRouter());
    const client = new AuthenticationClient({ userPoolId: 'POOL', fetch: wire.fetch, publicKey: testPublicKey, token: 'T' });
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

  it('leaves the caller\'s object unchanged', async () => {
    const wire = fakeFetch(exampleRouter());
    const params = { ...credentials };
    await new AuthenticationClient({ userPoolId: 'POOL', fetch: wire.fetch, publicKey: testPublicKey }).loginByEmail(params);
    expect(params).toEqual(credentials);
  });
});
