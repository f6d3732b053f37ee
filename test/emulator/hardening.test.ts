/**
 * The emulator under hostile pages and clients' mistakes (its storage under faults: storage.test.ts): the
 * clock cannot be broken, developer endpoints answer this machine only, every client mistake gets its
 * own code, seeds are idempotent, failed logins are counted exactly, tokens stay in their pool, and
 * pools that take plain passwords can be emulated.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Emulator } from 'authing-rest-emulator';
import { startListening } from '../../scripts/lib/listening-process.ts';
import { EMULATOR_URL, postDeveloper, codeOf, emulatorsOfTest, servedEmulator } from '../support/emulator.ts';
import { testClient } from '../support/clients.ts';
import { repoRoot } from '../support/spec.ts';

const password = 'passw0rd';
const directory = mkdtempSync(join(tmpdir(), 'authing-hardening-'));
const { start: started, closeAll } = emulatorsOfTest();
const post = (emulator: Emulator, path: string, body: unknown, headers: Record<string, string> = {}) =>
  emulator.fetch(`${EMULATOR_URL}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-authing-userpool-id': 'POOL', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

afterEach(closeAll);
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('the clock', () => {
  it('refuses moves out of range (400), moves back as far as real time, and is real time again after a reset', async () => {
    const emulator = await started();
    for (const advanceMs of [1e16, -1, Number.MAX_VALUE, '5', null]) {
      expect((await postDeveloper(emulator, 'clock', { advanceMs })).status).toBe(400);
    }
    expect((await emulator.fetch(`${EMULATOR_URL}/__emulator/clock`)).status).toBe(200);
    expect(await codeOf(testClient(emulator).registerByUsername({ username: 'after-bad-clock', password }))).toBe(200);
    expect(await (await postDeveloper(emulator, 'clock', { advanceMs: 3_600_000 })).json()).toMatchObject({ offsetMs: 3_600_000 });
    expect(await (await postDeveloper(emulator, 'clock', { advanceMs: -1_000_000 })).json()).toMatchObject({ offsetMs: 2_600_000 });
    await postDeveloper(emulator, 'reset');
    expect(await (await emulator.fetch(`${EMULATOR_URL}/__emulator/clock`)).json()).toMatchObject({ offsetMs: 0 });
  });
});

describe('developer endpoints, over HTTP', () => {
  let emulator: Emulator;
  let port: number;
  let close: () => void;
  beforeAll(async () => {
    ({ emulator, port, stop: close } = await servedEmulator());
  });
  afterAll(() => close());

  /** A raw HTTP request, so that Host can be anything (fetch would not send a forged Host). */
  const raw = (method: string, path: string, headers: Record<string, string>, body?: string) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
      const request = httpRequest({ host: '127.0.0.1', port, method, path, headers }, (response) => {
        let text = '';
        response.on('data', (chunk) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: text }));
      });
      request.on('error', reject);
      request.end(body);
    });

  it('refuse a Host that is not this machine (DNS rebinding), whatever the path under /__emulator/', async () => {
    expect((await raw('GET', '/__emulator/outbox', { host: 'attacker.example:80' })).status).toBe(403);
    expect((await raw('POST', '/__emulator/reset', { host: 'attacker.example', 'content-type': 'application/json' }, '{}')).status).toBe(403);
    expect((await raw('GET', '/__emulator/outbox', { host: `localhost:${port}` })).status).toBe(200);
    expect((await raw('GET', '/__emulator/outbox', { host: `127.0.0.1:${port}` })).status).toBe(200);
  });

  it('answer cross-origin pages on this machine only, while the API stays open to every origin', async () => {
    const evil = await raw('GET', '/__emulator/outbox', { host: `127.0.0.1:${port}`, origin: 'https://attacker.example' });
    expect(evil.status).toBe(403);
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    const preflight = await raw('OPTIONS', '/__emulator/reset', { host: `127.0.0.1:${port}`, origin: 'https://attacker.example', 'access-control-request-method': 'POST' });
    expect(preflight.status).toBe(403);
    const local = await raw('GET', '/__emulator/outbox', { host: `127.0.0.1:${port}`, origin: 'http://localhost:5173' });
    expect([local.status, local.headers['access-control-allow-origin']]).toEqual([200, 'http://localhost:5173']);
    const api = await raw('GET', '/api/v2/.well-known', { host: `127.0.0.1:${port}`, origin: 'https://app.example', 'x-authing-userpool-id': 'POOL' });
    expect([api.status, api.headers['access-control-allow-origin']]).toEqual([200, 'https://app.example']);
  });

  it('take JSON POSTs only: a text/plain reset (no preflight needed) is refused with 415 and wipes nothing', async () => {
    await testClient(emulator).registerByUsername({ username: 'kept', password });
    const plain = await raw('POST', '/__emulator/reset', { host: `127.0.0.1:${port}`, 'content-type': 'text/plain' }, '{}');
    expect(plain.status).toBe(415);
    expect(await codeOf(testClient(emulator).loginByUsername({ username: 'kept', password }))).toBe(200);
  });

  it('answer a body over 1 MiB with 413, TRACE with 405, and PUT or DELETE on an operation path with 405, each in the envelope', async () => {
    const big = await raw('POST', '/api/v2/register/email', { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'x-authing-userpool-id': 'POOL' }, JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(1_100_000) }));
    expect([big.status, JSON.parse(big.body).code]).toEqual([413, 413]);
    for (const method of ['TRACE', 'PUT', 'DELETE']) {
      const answer = await raw(method, '/api/v2/users/me', { host: `127.0.0.1:${port}`, 'x-authing-userpool-id': 'POOL' });
      expect([method, answer.status, JSON.parse(answer.body).code]).toEqual([method, 405, 405]);
    }
    expect((await raw('GET', '/api/v2/nowhere', { host: `127.0.0.1:${port}` })).status).toBe(404);
  });
});

describe("a client's mistakes get their own codes, never a 500", () => {
  it('a username already taken, given in the registration profile, is 2026', async () => {
    const emulator = await started();
    const client = testClient(emulator);
    await client.registerByUsername({ username: 'taken', password });
    expect(await codeOf(client.registerByEmail({ email: 'new@example.com', password, profile: { username: 'taken' } }))).toBe(2026);
  });

  it('seeds are idempotent: the same seed twice leaves the user alone; a conflicting one is a 400 naming it; reserved fields are refused', async () => {
    const emulator = await started();
    const seed = { users: [{ email: 'seed@example.com', password, nickname: 'Seed' }] };
    const first = await (await postDeveloper(emulator, 'seed', seed)).json();
    const again = await postDeveloper(emulator, 'seed', seed);
    expect([again.status, (await again.json()).users]).toEqual([200, first.users]);
    const conflicting = await postDeveloper(emulator, 'seed', { users: [{ email: 'seed@example.com', nickname: 'Other' }] });
    expect([conflicting.status, (await conflicting.json()).error]).toEqual([400, expect.stringContaining('email seed@example.com')]);
    for (const reserved of [{ id: first.users[0] }, { passwordHash: 'x' }, { createdAt: '2020-01-01T00:00:00Z' }]) {
      const refused = await postDeveloper(emulator, 'seed', { users: [{ email: 'other@example.com', ...reserved }] });
      expect([refused.status, (await refused.json()).error]).toEqual([400, expect.stringContaining(Object.keys(reserved)[0]!)]);
    }
    expect(await codeOf(testClient(emulator).loginByEmail({ email: 'seed@example.com', password }))).toBe(200);
  });

  it('restarting with the same --db and --seed serves again, the seeded user unchanged', async () => {
    const database = join(directory, 'seeded.sqlite');
    const seedFile = join(directory, 'seed.json');
    writeFileSync(seedFile, JSON.stringify({ users: [{ username: 'seeded', password }] }));
    const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
    for (let run = 0; run < 2; run++) {
      const server = await startListening(tsx, ['emulator/src/cli.ts', '--db', database, '--seed', seedFile, '--port', '0']);
      await server.stop();
    }
  }, 60_000);
});

describe('logins', () => {
  it('20 concurrent wrong-password logins from one IP: exactly 3 are checked before the CAPTCHA is demanded', async () => {
    const emulator = await started();
    await testClient(emulator).registerByUsername({ username: 'target', password });
    const codes = await Promise.all(Array.from({ length: 20 }, () => codeOf(testClient(emulator).loginByUsername({ username: 'target', password: 'wrong-password' }))));
    expect(codes.filter((code) => code === 2333)).toHaveLength(3);
    expect(codes.filter((code) => code === 2000)).toHaveLength(17);
  });

  it('20 concurrent right-password logins from one IP all get through: the wait holds back, it does not refuse', async () => {
    const emulator = await started();
    await testClient(emulator).registerByUsername({ username: 'crowd', password });
    const codes = await Promise.all(Array.from({ length: 20 }, () => codeOf(testClient(emulator).loginByUsername({ username: 'crowd', password }))));
    expect(codes).toEqual(Array(20).fill(200));
  });

  it('a token works in the user pool it was issued in only', async () => {
    const emulator = await started();
    const inPool = testClient(emulator, { userPoolId: 'POOL-A' });
    const user = await inPool.registerByUsername({ username: 'pooled', password, forceLogin: true });
    expect(await codeOf(inPool.getCurrentUser())).toBe(200);
    expect(await codeOf(testClient(emulator, { userPoolId: 'POOL-B', token: user.token! }).getCurrentUser())).toBe(2020);
  });

  it('with passwordEncryption none, takes passwords as typed, as pools configured so do; by default refuses them (2016)', async () => {
    const plainPool = await started(undefined, { passwordEncryption: 'none' });
    const client = testClient(plainPool, { encryptPassword: 'none' });
    await client.registerByEmail({ email: 'plain@example.com', password });
    expect(await codeOf(client.loginByEmail({ email: 'plain@example.com', password }))).toBe(200);
    const rsaPool = await started();
    expect(await codeOf(testClient(rsaPool, { encryptPassword: 'none' }).registerByEmail({ email: 'plain@example.com', password }))).toBe(2016);
  });
});
