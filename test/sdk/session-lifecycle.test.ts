/**
 * The session as long as the user's: a token due for a refresh (the last quarter of its life) is
 * refreshed before the call that needs it, once for any number of calls; a refresh that fails for a
 * passing reason keeps the still-valid token and waits before trying again; an expired token is never
 * sent; a token the service refuses ends the session; a wrong device clock changes nothing; the initial
 * session is read and checked once. Against a fetch double here; against the emulator in
 * test/emulator/sessions.test.ts.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthingSessionError, type AuthEvent, type TokenStore } from '../../src/index.ts';
import { fakeClient } from '../support/fake-client.ts';
import { json, ok, type Handler } from '../support/fake-fetch.ts';
import { tokenAged, tokenWith } from '../support/tokens.ts';

const user = { id: 'u1', email: 'test@example.com' };
const refreshes = (requests: Array<{ url: URL }>) => requests.filter((request) => request.url.pathname === '/api/v2/users/refresh-token').length;
const sentTokens = (requests: Array<{ url: URL; headers: Record<string, string> }>) =>
  requests.filter((request) => request.url.pathname === '/api/v2/users/me').map((request) => request.headers.authorization?.slice('Bearer '.length));

/** The service's refresh: a new token of the same life, issued now by the service's clock (`serviceNow`). */
const refreshAnswer =
  (serviceNow: () => number = Date.now): Handler =>
  () => {
    const iat = Math.floor(serviceNow() / 1000);
    return ok({ token: tokenWith({ iat, exp: iat + 3600 }), iat, exp: iat + 3600 });
  };

afterEach(() => {
  vi.useRealTimers();
});

describe('refresh before expiry, on use', () => {
  it('refreshes a token in the last quarter of its life before the call, and sends the call with the new one', async () => {
    const due = tokenAged(2800);
    const { client, wire, events } = fakeClient({ 'POST /api/v2/users/refresh-token': refreshAnswer(), 'GET /api/v2/users/me': () => ok(user) }, { token: due });
    await client.getCurrentUser();
    const refreshed = await client.getToken();
    expect(refreshed).not.toBe(due);
    expect(wire.requests.map((request) => request.url.pathname)).toEqual(['/api/v2/users/refresh-token', '/api/v2/users/me']);
    expect(sentTokens(wire.requests)).toEqual([refreshed]);
    expect(events).toEqual([['TOKEN_REFRESHED', refreshed]]);
  });

  it('does not refresh a token before the last quarter of its life', async () => {
    const { client, wire } = fakeClient({ 'GET /api/v2/users/me': () => ok(user) }, { token: tokenAged(2600) });
    await client.getCurrentUser();
    expect(refreshes(wire.requests)).toBe(0);
  });

  it('makes one refresh for 20 concurrent calls that find the token due, and all of them send the new token', async () => {
    const { client, wire } = fakeClient({ 'POST /api/v2/users/refresh-token': refreshAnswer(), 'GET /api/v2/users/me': () => ok(user) }, { token: tokenAged(3000) });
    await Promise.all(Array.from({ length: 20 }, () => client.getCurrentUser()));
    expect(refreshes(wire.requests)).toBe(1);
    expect(new Set(sentTokens(wire.requests))).toEqual(new Set([await client.getToken()]));
  });

  it('with autoRefresh: false, sends the due token as it is', async () => {
    const due = tokenAged(3000);
    const { client, wire } = fakeClient({ 'GET /api/v2/users/me': () => ok(user) }, { token: due, autoRefresh: false });
    await client.getCurrentUser();
    expect(refreshes(wire.requests)).toBe(0);
    expect(sentTokens(wire.requests)).toEqual([due]);
  });

  it('sends a token it cannot read (not a JWT with iat and exp) as it is', async () => {
    const { client, wire } = fakeClient({ 'GET /api/v2/users/me': () => ok(user) }, { token: 'opaque-token' });
    await client.getCurrentUser();
    expect(sentTokens(wire.requests)).toEqual(['opaque-token']);
  });
});

describe('nothing expired is sent', () => {
  it.each([true, false])('a call when the stored token is past its exp sends nothing, signs out and rejects with AuthingSessionError (autoRefresh %s)', async (autoRefresh) => {
    const { client, wire, events } = fakeClient({}, { token: tokenAged(3700), autoRefresh });
    const error = await client.getCurrentUser().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthingSessionError);
    expect((error as Error).message).toBe('getCurrentUser needs a signed-in user, but the session expired: sign in again (nothing was sent)');
    expect(wire.requests).toHaveLength(0);
    expect(await client.getToken()).toBeNull();
    expect(events).toEqual([['SIGNED_OUT', null]]);
  });

  it('raw calls through client.api too: a due token is refreshed first, an expired one is not sent', async () => {
    const due = fakeClient({ 'POST /api/v2/users/refresh-token': refreshAnswer(), 'GET /api/v2/users/me': () => ok(user) }, { token: tokenAged(3000) });
    const { data } = await due.client.api.GET('/api/v2/users/me');
    expect(data).toMatchObject({ code: 200, data: user });
    expect(sentTokens(due.wire.requests)).toEqual([await due.client.getToken()]);
    expect(refreshes(due.wire.requests)).toBe(1);

    const expired = fakeClient({}, { token: tokenAged(3700) });
    const error = await expired.client.api.GET('/api/v2/users/me').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthingSessionError);
    expect((error as Error).message).toBe('api.GET /api/v2/users/me needs a signed-in user, but the session expired: sign in again (nothing was sent)');
    expect(expired.wire.requests).toHaveLength(0);
    expect(expired.events).toEqual([['SIGNED_OUT', null]]);
  });

  it('a logout with an expired token signs out locally, sending nothing', async () => {
    const { client, wire } = fakeClient({}, { token: tokenAged(3700) });
    await expect(client.logout()).resolves.toBeUndefined();
    expect(wire.requests).toHaveLength(0);
    expect(await client.getToken()).toBeNull();
  });
});

describe('failure without storms, and without losing the session', () => {
  /** Calls getCurrentUser every `everyMs` for `forMs` of fake time; returns the requests made. */
  async function callsOver(answer: Handler, forMs: number, everyMs: number) {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const { client, wire } = fakeClient({ 'POST /api/v2/users/refresh-token': answer, 'GET /api/v2/users/me': () => ok(user) }, { token: tokenAged(3000), maxRetries: 0 });
    for (let elapsed = 0; elapsed < forMs; elapsed += everyMs) {
      await expect(client.getCurrentUser()).resolves.toMatchObject(user);
      await vi.advanceTimersByTimeAsync(everyMs);
    }
    return { client, wire };
  }

  it.each<[string, Handler]>([
    ['answered 503', () => json({ message: 'unavailable' }, 503)],
    ['answered 429 with Retry-After: 30', () => json({ message: 'slow down' }, 429, { 'retry-after': '30' })],
    ['dropped by the network', () => Promise.reject(new TypeError('fetch failed'))],
    ['answered with a page that is no envelope', () => new Response('<html>gateway</html>', { status: 200 })],
  ])('a refresh %s keeps the session: 60 calls over a minute all go out with the valid token, and at most 5 refreshes', async (_label, answer) => {
    const { client, wire } = await callsOver(answer, 60_000, 1000);
    expect(sentTokens(wire.requests)).toHaveLength(60);
    expect(refreshes(wire.requests)).toBeGreaterThan(0);
    expect(refreshes(wire.requests)).toBeLessThanOrEqual(5);
    expect(await client.getToken()).not.toBeNull();
  });

  it('tries again once the wait has passed, and a success ends the waiting', async () => {
    let down = true;
    const refresh = refreshAnswer();
    const { client, wire } = await callsOver((request, recorded, init) => (down ? json({}, 503) : refresh(request, recorded, init)), 10_000, 1000);
    down = false;
    await vi.advanceTimersByTimeAsync(60_000);
    await client.getCurrentUser();
    const refreshed = await client.getToken();
    await client.getCurrentUser();
    expect(sentTokens(wire.requests).slice(-2)).toEqual([refreshed, refreshed]);
  });

  it.each([2206, 2207, 2020])('a refresh refused with %i ends the session: token removed, SIGNED_OUT, the call rejects and sends nothing more', async (code) => {
    const { client, wire, events } = fakeClient({ 'POST /api/v2/users/refresh-token': () => json({ code, message: 'refused', data: null }) }, { token: tokenAged(3000) });
    const error = await client.getCurrentUser().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuthingSessionError);
    expect((error as Error).message).toContain(`refused to refresh the session (${code})`);
    expect(await client.getToken()).toBeNull();
    expect(events).toEqual([['SIGNED_OUT', null]]);
    expect(wire.requests.map((request) => request.url.pathname)).toEqual(['/api/v2/users/refresh-token']);
  });

  it.each([2206, 2207, 2020])('any call answered %i for the stored token ends the session, so the dead token is not sent again', async (code) => {
    const { client, wire, events } = fakeClient({ 'GET /api/v2/users/me': () => json({ code, message: 'no', data: null }) }, { token: tokenAged(10) });
    await expect(client.getCurrentUser()).rejects.toMatchObject({ code });
    expect(await client.getToken()).toBeNull();
    expect(events).toEqual([['SIGNED_OUT', null]]);
    await expect(client.getCurrentUser()).rejects.toBeInstanceOf(AuthingSessionError);
    expect(wire.requests).toHaveLength(1);
  });

  it('a check of the stored token that finds it expired ends the session; a check of another token does not', async () => {
    const dead = { code: 2206, message: 'expired', status: false, exp: null, iat: null };
    const { client, events } = fakeClient({ 'POST /api/v2/users/login/check-status': () => json(dead) }, { token: tokenAged(10) });
    await client.checkLoginStatus({ token: 'someone-else' });
    expect(await client.getToken()).not.toBeNull();
    await client.checkLoginStatus();
    expect(await client.getToken()).toBeNull();
    expect(events).toEqual([['SIGNED_OUT', null]]);
  });
});

describe('a wrong device clock changes nothing', () => {
  const HOUR = 3_600_000;

  it.each([
    ['an hour ahead', HOUR],
    ['an hour behind', -HOUR],
  ])('a device %s neither drops a valid token nor refreshes on every call, and refreshes once when due', async (_label, offset) => {
    const serviceNow = () => Date.now() - offset;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + offset);
    const { client, wire, events } = fakeClient({
      'POST /api/v2/login/account': () => ok({ ...user, token: tokenAged(0, 3600, serviceNow()) }),
      'POST /api/v2/users/refresh-token': refreshAnswer(serviceNow),
      'GET /api/v2/users/me': () => ok(user),
    });
    await client.loginByEmail({ email: user.email, password: 'passw0rd' });
    for (let call = 0; call < 10; call++) await client.getCurrentUser();
    expect(refreshes(wire.requests)).toBe(0);
    // 46 minutes on: the token is in the last quarter of its hour, by the service's clock.
    vi.setSystemTime(Date.now() + 46 * 60_000);
    for (let call = 0; call < 10; call++) await client.getCurrentUser();
    expect(refreshes(wire.requests)).toBe(1);
    expect(events.map(([event]) => event)).toEqual<AuthEvent[]>(['SIGNED_IN', 'TOKEN_REFRESHED']);
  });
});

describe('the initial session', () => {
  it('drops an expired stored token, and tells the listeners INITIAL_SESSION once', async () => {
    const { client, wire, events } = fakeClient({}, { token: tokenAged(4000) });
    await expect(client.initialSession()).resolves.toEqual({ token: null, user: null });
    expect(client.initialSession()).toBe(client.initialSession());
    expect(events).toEqual([['SIGNED_OUT', null], ['INITIAL_SESSION', null]]);
    expect(wire.requests).toHaveLength(0);
  });

  it('refreshes a due stored token first, and keeps a fresh one as it is, with no request', async () => {
    const due = fakeClient({ 'POST /api/v2/users/refresh-token': refreshAnswer() }, { token: tokenAged(3000) });
    const state = await due.client.initialSession();
    expect(state.token).toBe(await due.client.getToken());
    expect(due.events.map(([event]) => event)).toEqual(['TOKEN_REFRESHED', 'INITIAL_SESSION']);
    const fresh = tokenAged(10);
    const kept = fakeClient({}, { token: fresh });
    await expect(kept.client.initialSession()).resolves.toMatchObject({ token: fresh });
    expect(kept.wire.requests).toHaveLength(0);
  });

  /** A store that remembers a token issued a minute ago by a service an hour behind this device, and that skew. */
  function storeOfServiceAnHourBehind(answer: <T>(value: T) => T | Promise<T>) {
    const HOUR = 3_600_000;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + HOUR);
    const values = new Map<string, string>([
      ['token', tokenAged(60, 3600, Date.now() - HOUR)],
      ['skew', String(-HOUR)],
    ]);
    const store: TokenStore = {
      get: () => answer(values.get('token')),
      set: (token) => void values.set('token', token),
      remove: () => void values.delete('token'),
      getClockSkew: () => answer(Number(values.get('skew') ?? 0)),
      setClockSkew: (skew) => void values.set('skew', String(skew)),
    };
    // By this device's clock the token expired an hour ago; by the service's it is a minute old.
    return { store, token: values.get('token') };
  }

  it("judges a reloaded page's token by the clock skew the store kept (initialSession)", async () => {
    const { store, token } = storeOfServiceAnHourBehind((value) => value);
    const { client, wire } = fakeClient({ 'GET /api/v2/users/me': () => ok(user) }, { storage: store });
    await expect(client.initialSession()).resolves.toMatchObject({ token });
    await client.getCurrentUser();
    expect(refreshes(wire.requests)).toBe(0);
    expect(sentTokens(wire.requests)).toEqual([token]);
  });

  it.each([
    ['a synchronous store', <T>(value: T) => value],
    ['an asynchronous store', <T>(value: T) => Promise.resolve(value)],
  ])("recalls the kept clock skew on the first call too, without initialSession, from %s", async (_, answer) => {
    const { store, token } = storeOfServiceAnHourBehind(answer);
    const { client, wire, events } = fakeClient({ 'GET /api/v2/users/me': () => ok(user) }, { storage: store });
    await client.getCurrentUser();
    expect(sentTokens(wire.requests)).toEqual([token]);
    expect(events).toEqual([]);
  });
});

describe('changes made elsewhere (another tab)', () => {
  it("reach this client's listeners through the store's watch: a refresh, another user's sign-in, a sign-out", async () => {
    let notify: (token: string | null) => void = () => {};
    let watching = 0;
    const values: { token?: string } = {};
    const store: TokenStore = {
      get: () => values.token,
      set: (token) => void (values.token = token),
      remove: () => void delete values.token,
      watch: (onChange) => {
        watching++;
        notify = onChange;
        return () => void watching--;
      },
    };
    const first = tokenAged(10, 3600, Date.now(), 'u1');
    const { client, wire, events } = fakeClient({ 'GET /api/v2/users/me': () => ok(user) }, { storage: store, token: first });
    expect(watching).toBe(1);
    await client.getCurrentUser();
    const refreshed = tokenAged(0, 3600, Date.now(), 'u1');
    values.token = refreshed;
    notify(refreshed);
    const other = tokenAged(0, 3600, Date.now(), 'u2');
    values.token = other;
    notify(other);
    delete values.token;
    notify(null);
    // Told once the session's renewal chunk has loaded: in order, each once.
    await vi.waitFor(() => expect(events).toHaveLength(3));
    expect(events).toEqual([
      ['TOKEN_REFRESHED', refreshed],
      ['SIGNED_IN', other],
      ['SIGNED_OUT', null],
    ]);
    // The next call reads what the other tab left: nothing.
    await expect(client.getCurrentUser()).rejects.toBeInstanceOf(AuthingSessionError);
    expect(wire.requests).toHaveLength(1);
  });
});
