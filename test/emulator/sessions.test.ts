/**
 * Sessions that last, with the emulator as the service: tokens that live seconds (`tokenTtlSeconds`,
 * `--token-ttl`), refreshed before expiry once for many calls, kept through a refresh that fails for a
 * passing reason, ended by an expired token or a refused refresh without sending it, and judged by the
 * service's clock whatever the device's says.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Emulator } from 'authing-rest-emulator';
import { AuthingSessionError } from '../../src/index.ts';
import { startListening, type ListeningProcess } from '../../scripts/lib/listening-process.ts';
import { testClient } from '../support/clients.ts';
import { startEmulator } from '../support/emulator.ts';
import { repoRoot } from '../support/spec.ts';

const credentials = { username: 'long-session', password: 'passw0rd' };
const open: Array<{ close(): void }> = [];
const processes: ListeningProcess[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const emulator of open.splice(0)) emulator.close();
  for (const started of processes.splice(0)) await started.stop('SIGKILL');
});

/** An in-process emulator whose tokens live `ttl` seconds, and a fetch of it that counts (and may fail) refreshes. */
async function serviceWithTokensOf(ttl: number, failRefresh?: () => Promise<Response>) {
  const emulator: Emulator = await startEmulator(undefined, { tokenTtlSeconds: ttl });
  open.push(emulator);
  /** Refresh requests, and getCurrentUser calls. */
  const counts = { refreshes: 0, calls: 0 };
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const { pathname } = new URL(request.url);
    if (pathname === '/api/v2/users/refresh-token') {
      counts.refreshes++;
      if (failRefresh) return failRefresh();
    }
    if (pathname === '/api/v2/users/me') counts.calls++;
    return emulator.fetch(request);
  };
  return { emulator, counts, fetch: fetch as typeof globalThis.fetch };
}

/** Moves this process's clock, which the in-process emulator's clock follows, by `ms`. */
const later = (ms: number) => vi.setSystemTime(Date.now() + ms);

describe('with the emulator as the service', () => {
  it('20 concurrent calls near expiry make one refresh, and all go out with the new token', async () => {
    const { fetch, counts } = await serviceWithTokensOf(100);
    const client = testClient(fetch);
    await client.registerByUsername({ ...credentials, forceLogin: true });
    const first = await client.getToken();
    vi.useFakeTimers({ toFake: ['Date'] });
    later(80_000);
    const users = await Promise.all(Array.from({ length: 20 }, () => client.getCurrentUser()));
    expect(users.every((user) => user.username === credentials.username)).toBe(true);
    expect(counts.refreshes).toBe(1);
    expect(await client.getToken()).not.toBe(first);
    // The refreshed token carries a new exp: 100 s from now, by the emulator's clock.
    later(60_000);
    await client.getCurrentUser();
    expect(counts.refreshes).toBe(1);
  });

  it.each<[string, () => Promise<Response>]>([
    ['answered 503', async () => new Response('{"code":503,"message":"down","data":null}', { status: 503 })],
    ['dropped', () => Promise.reject(new TypeError('fetch failed'))],
  ])('a refresh %s keeps the session, and 60 calls over a minute make at most 5 refreshes', async (_label, failRefresh) => {
    const { fetch, counts } = await serviceWithTokensOf(400, failRefresh);
    const client = testClient(fetch);
    await client.registerByUsername({ ...credentials, forceLogin: true });
    vi.useFakeTimers({ toFake: ['Date'] });
    later(310_000);
    for (let second = 0; second < 60; second++) {
      await expect(client.getCurrentUser()).resolves.toMatchObject({ username: credentials.username });
      later(1000);
    }
    expect(counts.calls).toBe(60);
    expect(counts.refreshes).toBeGreaterThan(0);
    expect(counts.refreshes).toBeLessThanOrEqual(5);
  });

  it('an expired token signs out without sending anything', async () => {
    const { fetch, counts } = await serviceWithTokensOf(100);
    const client = testClient(fetch);
    await client.registerByUsername({ ...credentials, forceLogin: true });
    const sent = counts.calls;
    vi.useFakeTimers({ toFake: ['Date'] });
    later(101_000);
    await expect(client.getCurrentUser()).rejects.toBeInstanceOf(AuthingSessionError);
    expect(counts.calls).toBe(sent);
    expect(counts.refreshes).toBe(0);
    expect(await client.getToken()).toBeNull();
  });

  it('a refresh the emulator refuses (the token was logged out elsewhere) signs out, and sends the call no more', async () => {
    const { fetch, counts } = await serviceWithTokensOf(100);
    const here = testClient(fetch);
    await here.registerByUsername({ ...credentials, forceLogin: true });
    const elsewhere = testClient(fetch, { token: (await here.getToken())! });
    await elsewhere.logout();
    vi.useFakeTimers({ toFake: ['Date'] });
    later(80_000);
    const calls = counts.calls;
    await expect(here.getCurrentUser()).rejects.toMatchObject({ kind: 'session', message: expect.stringContaining('refused to refresh the session (2020)') });
    expect(counts.refreshes).toBe(1);
    expect(counts.calls).toBe(calls);
    expect(await here.getToken()).toBeNull();
  });
});

describe('a wrong device clock, with the emulator as a process of its own', () => {
  const HOUR = 3_600_000;

  it.each([
    ['an hour ahead', HOUR],
    ['an hour behind', -HOUR],
  ])('a device %s keeps a valid token, refreshes it once when due by the service clock, not on every call', async (_label, offset) => {
    const started = await startListening(join(repoRoot, 'node_modules', '.bin', 'tsx'), ['emulator/src/cli.ts', '--memory', '--port', '0', '--token-ttl', '3600']);
    processes.push(started);
    let refreshes = 0;
    const fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      const request = input instanceof Request ? input : new Request(input, init);
      if (request.url.endsWith('/api/v2/users/refresh-token')) refreshes++;
      return globalThis.fetch(request);
    }) as typeof globalThis.fetch;
    const client = testClient(started.url, { fetch });
    vi.useFakeTimers({ toFake: ['Date'] });
    later(offset);
    await client.registerByUsername({ ...credentials, forceLogin: true });
    for (let call = 0; call < 10; call++) await client.getCurrentUser();
    expect(refreshes).toBe(0);
    // 46 minutes on, for both clocks: the token is in the last quarter of its hour.
    const moved = await globalThis.fetch(`${started.url}/__emulator/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ advanceMs: 46 * 60_000 }) });
    expect(moved.status).toBe(200);
    later(46 * 60_000);
    for (let call = 0; call < 10; call++) await client.getCurrentUser();
    expect(refreshes).toBe(1);
  }, 30_000);
});

describe('the emulator\'s refresh', () => {
  it('issues a token with a new exp, and refuses to refresh a logged-out token (2020)', async () => {
    const { fetch } = await serviceWithTokensOf(100);
    const client = testClient(fetch, { autoRefresh: false });
    await client.registerByUsername({ ...credentials, forceLogin: true });
    const before = await client.checkLoginStatus();
    vi.useFakeTimers({ toFake: ['Date'] });
    later(30_000);
    const refreshed = await client.refreshToken();
    expect(refreshed.exp - before.exp!).toBe(30);
    const old = testClient(fetch, { token: refreshed.token, autoRefresh: false });
    await old.logout();
    await expect(testClient(fetch, { token: refreshed.token }).refreshToken()).rejects.toMatchObject({ code: 2020 });
  });
});
