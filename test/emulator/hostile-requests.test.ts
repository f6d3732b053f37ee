/**
 * Requests a hostile tester sends the emulator, each answered as the client's mistake and never with a
 * 500: property names no header can carry, bodies nested thousands deep, request targets that are no
 * URL, carry credentials or name another host, odd targets that reach the developer endpoints, token
 * signatures in other encodings of the same bytes, and seeds that would break every later answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from 'authing-rest-emulator';
import { loadSpec, specOperations } from '../support/spec.ts';
import { EMULATOR_URL, encryptedPassword, postDeveloper, rawHttp, servedEmulator } from '../support/emulator.ts';
import { testClient } from '../support/clients.ts';

const password = 'passw0rd';
let emulator: Emulator;
let port: number;
let stop: () => void;
beforeAll(async () => {
  ({ emulator, port, stop } = await servedEmulator());
});
afterAll(() => stop());

/** A signed-in user's token. */
async function signedIn(username: string): Promise<string> {
  return (await testClient(emulator).registerByUsername({ username, password, forceLogin: true })).token!;
}

const post = (path: string, body: string, token?: string) =>
  emulator.fetch(`${EMULATOR_URL}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-authing-userpool-id': 'POOL', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });

describe('bodies', () => {
  it.each([
    ['/api/v2/users/profile/update', '{"名字":"x"}', '名字'],
    ['/api/v2/udfs/values', '{"udfs":[{"definition":"age","value":1}],"ключ":1}', 'ключ'],
  ])('%s with a property name outside Latin-1: 400 2231, the violations header naming it', async (path, body, name) => {
    const answer = await post(path, body, await signedIn(`latin-${name.length}-${path.length}`));
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ code: 2231 });
    const violations = JSON.parse(answer.headers.get('sl-violations')!) as Array<{ message: string }>;
    expect(violations.map(({ message }) => message).join('\n')).toContain(name);
  });

  it('an OBJECT custom-data value nested 5,000 deep: 400 2231 saying how deep a body may nest', async () => {
    const deep = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const answer = await post('/api/v2/udfs/values', `{"udfs":[{"definition":"meta","value":${deep}}]}`, await signedIn('deep'));
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ code: 2231, message: expect.stringContaining('deeper than 32 levels') });
  });

  it("a registration's params (a JSON string) holding a value nested 10,000 deep: 2231 naming the limit, not a 500", async () => {
    const deep = `${'['.repeat(10_000)}1${']'.repeat(10_000)}`;
    const sent = await encryptedPassword(emulator, password);
    const answer = await post('/api/v2/register/username', JSON.stringify({ username: 'deep-params', password: sent, params: `[{"key":"meta","value":${deep}}]` }));
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ code: 2231, message: expect.stringContaining('deeper than 32 levels') });
  });

  it('a seeded user nested 10,000 deep: a SeedError naming the limit, in process and over HTTP', async () => {
    const deep = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const seed = `{"users":[{"username":"deep-seed","profile":${deep}}]}`;
    await expect(emulator.seed(JSON.parse(seed))).rejects.toThrow('users[0] nests objects or arrays deeper than 32 levels');
    const answer = await emulator.fetch(`${EMULATOR_URL}/__emulator/seed`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: seed });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toEqual({ error: 'users[0] nests objects or arrays deeper than 32 levels' });
  });

  it('a body 32 levels deep is still taken', async () => {
    const value = JSON.parse(`${'{"a":'.repeat(29)}1${'}'.repeat(29)}`);
    const client = testClient(emulator);
    await client.registerByUsername({ username: 'nested-ok', password, forceLogin: true });
    expect(await client.setUdv({ key: 'meta', value })).toEqual([{ key: 'meta', dataType: 'OBJECT', value, label: 'Meta' }]);
  });
});

describe('request targets', () => {
  it.each([
    ['no URL', 'GET http://[::1/api/v2/users/me HTTP/1.1', /is not a valid URL/],
    ['credentials', 'GET http://user:pass@127.0.0.1/api/v2/users/me HTTP/1.1', /must not carry a user name or password/],
    ['another host', 'GET http://attacker.example/api/v2/.well-known HTTP/1.1', /must name this machine, not attacker\.example/],
  ])('%s: 400 in the envelope', async (_name, line, message) => {
    const answer = await rawHttp(port, `${line}\r\nHost: 127.0.0.1:${port}\r\nx-authing-userpool-id: POOL`);
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 400, message: expect.stringMatching(message) });
  });

  it('an absolute target naming this machine reaches the API', async () => {
    const answer = await rawHttp(port, `GET http://127.0.0.1:${port}/api/v2/.well-known HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nx-authing-userpool-id: POOL`);
    expect([answer.status, JSON.parse(answer.body).code]).toEqual([200, 200]);
  });

  it('the spec declares the 405 and 413 answers of every operation', () => {
    for (const { operation } of specOperations(loadSpec())) expect(Object.keys(operation.responses), operation.operationId).toEqual(expect.arrayContaining(['405', '413']));
  });
});

describe('developer endpoints through odd targets', () => {
  it.each([
    ['a dot segment', `GET /api/../__emulator/outbox HTTP/1.1`],
    ['an encoded dot segment', `GET /api/%2e%2e/__emulator/outbox HTTP/1.1`],
    ['the absolute form', `GET http://127.0.0.1:PORT/__emulator/outbox HTTP/1.1`],
  ])('%s with a foreign Host: 403', async (_name, line) => {
    const answer = await rawHttp(port, `${line.replace('PORT', String(port))}\r\nHost: attacker.example`);
    expect(answer.status).toBe(403);
    expect(answer.body).not.toMatch(/"code":"\d{6}"/);
  });

  it('the same targets with this machine as Host: the outbox', async () => {
    const answer = await rawHttp(port, `GET /api/../__emulator/outbox HTTP/1.1\r\nHost: 127.0.0.1:${port}`);
    expect([answer.status, Array.isArray(JSON.parse(answer.body).messages)]).toEqual([200, true]);
  });
});

describe('token signatures', () => {
  /** A token whose signature has a character that differs between the base64url and base64 alphabets. */
  let issued = 0;
  async function tokenWithUrlCharacters(): Promise<string> {
    for (let attempt = 0; attempt < 50; attempt++) {
      const token = await signedIn(`alphabet-${issued++}`);
      if (/[-_]/.test(token.split('.')[2]!)) return token;
    }
    throw new Error('no signature with - or _ in 50 tokens');
  }
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  it.each([
    ['trailing ==', (signature: string) => `${signature}==`],
    ['other padding bits in the last character', (signature: string) => signature.slice(0, -1) + alphabet[alphabet.indexOf(signature.at(-1)!) ^ 1]],
    ['the +/ alphabet', (signature: string) => signature.replace(/-/g, '+').replace(/_/g, '/')],
  ])('%s: the same bytes, refused (2020; check-status false)', async (_name, reencode) => {
    const token = await tokenWithUrlCharacters();
    const [head, body, signature] = token.split('.') as [string, string, string];
    const forged = `${head}.${body}.${reencode(signature)}`;
    expect(forged).not.toBe(token);
    expect(Buffer.from(reencode(signature), 'base64url').equals(Buffer.from(signature, 'base64url'))).toBe(true);
    await expect(testClient(emulator, { token: forged }).getCurrentUser()).rejects.toMatchObject({ code: 2020 });
    await expect(testClient(emulator).checkLoginStatus({ token: forged })).resolves.toMatchObject({ status: false });
    await expect(testClient(emulator, { token }).getCurrentUser()).resolves.toMatchObject({ id: expect.any(String) });
  });
});

describe('seeds', () => {
  it.each([
    [{ email: 12345 }, 'users[0].email: must be string'],
    [{ username: 'bogus', status: 'Bogus' }, 'users[0].status: must be equal to one of the allowed values'],
    [{ username: 'short', password: 'x' }, 'users[0].password must be a string of 6 characters or more'],
    [{ username: 'nul\u0000' }, 'users[0].username must not contain control or invisible characters (U+0000 to U+001F, U+007F to U+009F, zero-width and format characters, line and paragraph separators)'],
  ])('refuses %j with 400 naming the field', async (user, message) => {
    const answer = await postDeveloper(emulator, 'seed', { users: [user] });
    expect(answer.status).toBe(400);
    expect((await answer.json()).error).toContain(message);
  });

  it('stores a seeded email lower-cased, so that its user logs in by any case', async () => {
    await postDeveloper(emulator, 'seed', { users: [{ email: 'Mixed@Case.TEST', password }] });
    expect((await testClient(emulator).loginByEmail({ email: 'mixed@case.test', password })).email).toBe('mixed@case.test');
    expect((await testClient(emulator).loginByEmail({ email: 'MIXED@case.test', password })).email).toBe('mixed@case.test');
  });

  it('refuses a seeded username that is somebody\'s email', async () => {
    await testClient(emulator).registerByEmail({ email: 'owner@seed.test', password });
    const answer = await postDeveloper(emulator, 'seed', { users: [{ username: 'owner@seed.test' }] });
    expect([answer.status, (await answer.json()).error]).toEqual([400, expect.stringContaining('as an email, username or phone')]);
  });
});
