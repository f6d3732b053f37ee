/** The client's session: token storage, auth events, races, and isolation between clients. */
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { AuthenticationClient, AuthingSessionError, memoryStore, type TokenStore } from '../../src/index.ts';
import { localStorageStore } from '../../src/browser.ts';
import { fakeClient } from '../support/fake-client.ts';
import { example, json, ok } from '../support/fake-fetch.ts';
import { loginToken } from '../support/tokens.ts';

const refreshedToken: string = example('refreshToken').data.token;
const credentials = { email: 'test@example.com', password: 'passw0rd' };


describe('signing in and out', () => {
  it('stores the token of a login, sends it on authenticated calls, and emits SIGNED_IN', async () => {
    const { client, wire, events } = fakeClient();
    expect(await client.getToken()).toBeNull();
    const user = await client.loginByEmail(credentials);
    expect(user.token).toBe(loginToken);
    expect(await client.getToken()).toBe(loginToken);
    expect(events).toEqual([['SIGNED_IN', loginToken]]);
    await client.getCurrentUser();
    expect(wire.requests[1]!.headers.authorization).toBe(`Bearer ${loginToken}`);
  });

  it('does not send the token on operations that do not need it', async () => {
    const { client, wire } = fakeClient({}, { token: loginToken });
    await client.sendSmsCode({ phone: '18812345678' });
    expect(wire.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('stores a token from registration only when the service returns one', async () => {
    const { client, events } = fakeClient();
    await client.registerByEmail(credentials);
    expect(await client.getToken()).toBeNull();
    expect(events).toEqual([]);

    const withToken = fakeClient({ 'POST /api/v2/register/email': () => ok({ ...example('registerByEmail').data, token: 'NEW_TOKEN' }) });
    await withToken.client.registerByEmail({ ...credentials, forceLogin: true });
    expect(await withToken.client.getToken()).toBe('NEW_TOKEN');
    expect(withToken.events).toEqual([['SIGNED_IN', 'NEW_TOKEN']]);
  });

  it('replaces the token on refresh and emits TOKEN_REFRESHED', async () => {
    const { client, events } = fakeClient({}, { token: loginToken });
    const refreshed = await client.refreshToken();
    expect(refreshed.token).toBe(refreshedToken);
    expect(await client.getToken()).toBe(refreshedToken);
    expect(events).toEqual([['TOKEN_REFRESHED', refreshedToken]]);
  });

  it('emits USER_UPDATED with the new user after a profile change', async () => {
    const { client } = fakeClient({}, { token: loginToken });
    const seen: unknown[] = [];
    client.onAuthStateChange((event, state) => void seen.push([event, state.user?.nickname]));
    await client.updateProfile({ nickname: 'Nicky' });
    expect(seen).toEqual([['USER_UPDATED', 'Nicky']]);
  });

  it('clears the token on logout and emits SIGNED_OUT', async () => {
    const { client, wire, events } = fakeClient({}, { token: loginToken });
    await client.logout();
    expect(await client.getToken()).toBeNull();
    expect(events).toEqual([['SIGNED_OUT', null]]);
    expect(wire.requests).toHaveLength(1);
  });

  it('clears the token locally even when the service fails the logout, and still reports the failure', async () => {
    const { client } = fakeClient({ 'GET /api/v2/logout': () => json({ code: 2020, message: 'not logged in', data: null }) }, { token: loginToken });
    await expect(client.logout()).rejects.toMatchObject({ code: 2020 });
    expect(await client.getToken()).toBeNull();
  });

  it('logs out without a request when nobody is signed in', async () => {
    const { client, wire } = fakeClient();
    await client.logout();
    expect(wire.requests).toHaveLength(0);
  });

  it('setToken signs in and out without a request', async () => {
    const { client, wire, events } = fakeClient();
    await client.setToken('GIVEN');
    expect(await client.getToken()).toBe('GIVEN');
    await client.setToken(null);
    expect(await client.getToken()).toBeNull();
    expect(events).toEqual([['SIGNED_IN', 'GIVEN'], ['SIGNED_OUT', null]]);
    expect(wire.requests).toHaveLength(0);
  });
});

describe('calls that need a user', () => {
  it.each(['getCurrentUser', 'refreshToken', 'unbindPhone', 'listUdv'] as const)('%s throws AuthingSessionError without sending a request', async (method) => {
    const { client, wire } = fakeClient();
    await expect(client[method]()).rejects.toBeInstanceOf(AuthingSessionError);
    expect(wire.requests).toHaveLength(0);
  });

  it('checkLoginStatus without a token, stored or given, throws AuthingSessionError without a request', async () => {
    const { client, wire } = fakeClient();
    await expect(client.checkLoginStatus()).rejects.toBeInstanceOf(AuthingSessionError);
    expect(wire.requests).toHaveLength(0);
  });
});

describe('listeners', () => {
  it('unsubscribes', async () => {
    const { client } = fakeClient();
    const listener = vi.fn();
    const unsubscribe = client.onAuthStateChange(listener);
    unsubscribe();
    await client.setToken('T');
    expect(listener).not.toHaveBeenCalled();
  });

  it('run after the new state is stored', async () => {
    const { client } = fakeClient();
    let seenInside: string | null = 'unset';
    client.onAuthStateChange(async () => {
      seenInside = await client.getToken();
    });
    await client.loginByEmail(credentials);
    await vi.waitFor(() => expect(seenInside).toBe(loginToken));
  });

  it('a throwing or rejecting listener breaks neither the call nor other listeners', async () => {
    const { client, events } = fakeClient();
    client.onAuthStateChange(() => {
      throw new Error('listener bug');
    });
    client.onAuthStateChange(() => Promise.reject(new Error('async listener bug')));
    const after = vi.fn();
    client.onAuthStateChange(after);
    await expect(client.loginByEmail(credentials)).resolves.toMatchObject({ token: loginToken });
    expect(events).toHaveLength(1);
    expect(after).toHaveBeenCalledOnce();
  });

  it('a listener that calls back into the client completes', async () => {
    const { client } = fakeClient();
    const users: string[] = [];
    client.onAuthStateChange(async (event) => {
      if (event === 'SIGNED_IN') users.push((await client.getCurrentUser()).id);
    });
    await client.loginByEmail(credentials);
    await vi.waitFor(() => expect(users).toEqual(['60b7c8d9e1f2a30012345678']));
  });
});

describe('races', () => {
  it('concurrent refreshToken calls share one request and leave one token', async () => {
    let served = 0;
    const { client, wire } = fakeClient(
      {
        'POST /api/v2/users/refresh-token': async () => {
          served++;
          await new Promise((resolve) => setTimeout(resolve, 5));
          return ok({ token: `T${served}`, iat: 1, exp: 2 });
        },
      },
      { token: loginToken },
    );
    const results = await Promise.all(Array.from({ length: 100 }, () => client.refreshToken()));
    expect(wire.requests).toHaveLength(1);
    expect(new Set(results.map((result) => result.token))).toEqual(new Set(['T1']));
    expect(await client.getToken()).toBe('T1');
  });

  /** Starts `call` with its answer held back, logs out meanwhile, then lets the answer through. */
  async function logoutWhileInFlight(route: string, operationId: string, call: (client: AuthenticationClient) => Promise<unknown>, token?: string) {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { client } = fakeClient({ [route]: async () => (await gate, json(example(operationId))) }, token ? { token } : {});
    const pending = call(client);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await client.logout();
    release();
    await pending;
    return client;
  }

  it('a login answered after logout does not sign the client back in', async () => {
    const client = await logoutWhileInFlight('POST /api/v2/login/account', 'loginByAccount', (c) => c.loginByEmail(credentials));
    expect(await client.getToken()).toBeNull();
  });

  it('a refresh answered after logout does not restore the session', async () => {
    const client = await logoutWhileInFlight('POST /api/v2/users/refresh-token', 'refreshToken', (c) => c.refreshToken(), loginToken);
    expect(await client.getToken()).toBeNull();
  });
});

describe('token stores', () => {
  it('two clients never see each other\'s token', async () => {
    const a = fakeClient();
    const b = fakeClient();
    await a.client.loginByEmail(credentials);
    expect(await b.client.getToken()).toBeNull();
    await b.client.setToken('B');
    expect(await a.client.getToken()).toBe(loginToken);
  });

  it('construction reads and writes no storage; the token option is stored on first use', async () => {
    const store = { get: vi.fn(() => null), set: vi.fn(), remove: vi.fn() } satisfies TokenStore;
    const client = new AuthenticationClient({ userPoolId: 'POOL', storage: store, token: 'START' });
    expect(store.get).not.toHaveBeenCalled();
    expect(store.set).not.toHaveBeenCalled();
    expect(await client.getToken()).toBe('START');
    expect(store.set).toHaveBeenCalledWith('START');
  });

  it('works with an asynchronous store', async () => {
    const values = new Map<string, string>();
    const store: TokenStore = {
      get: async () => values.get('t'),
      set: async (token) => void values.set('t', token),
      remove: async () => void values.delete('t'),
    };
    const { client } = fakeClient({}, { storage: store });
    await client.loginByEmail(credentials);
    expect(values.get('t')).toBe(loginToken);
    await client.logout();
    expect(values.has('t')).toBe(false);
  });

  it("works with a store whose promises are another realm's (an iframe's, a vm context's), and sends the token they give", async () => {
    const OtherPromise = runInNewContext('Promise') as PromiseConstructor;
    let value: string | undefined = 'FROM-STORE';
    const store: TokenStore = {
      get: () => OtherPromise.resolve(value),
      set: (token) => OtherPromise.resolve(void (value = token)),
      remove: () => OtherPromise.resolve(void (value = undefined)),
    };
    expect(store.get()).not.toBeInstanceOf(Promise);
    const { client, wire } = fakeClient({}, { storage: store });
    await client.getCurrentUser();
    expect(wire.requests[0]!.headers.authorization).toBe('Bearer FROM-STORE');
    await client.loginByEmail(credentials);
    expect(value).toBe(loginToken);
    expect(await client.getToken()).toBe(loginToken);
  });

  it('sends concurrent calls in the order they were made, with a synchronous store', async () => {
    const { client, wire } = fakeClient({}, { token: 'T' });
    await Promise.all(['1', '2', '3'].map((n) => client.getCurrentUser({ headers: { 'x-n': n } })));
    expect(wire.requests.map((request) => request.headers['x-n'])).toEqual(['1', '2', '3']);
  });

  it('localStorageStore keeps the token under its key, looked up only when used', async () => {
    const backing = new Map<string, string>();
    const storage = {
      getItem: (key: string) => backing.get(key) ?? null,
      setItem: (key: string, value: string) => void backing.set(key, value),
      removeItem: (key: string) => void backing.delete(key),
    } as Storage;
    const store = localStorageStore('my.token', storage);
    await store.set('X');
    expect(backing.get('my.token')).toBe('X');
    expect(await store.get()).toBe('X');
    await store.remove();
    expect(await store.get()).toBeNull();
    expect(() => localStorageStore()).not.toThrow();
  });

  it('memoryStore instances are independent', async () => {
    const one = memoryStore();
    const two = memoryStore();
    await one.set('1');
    expect(await two.get()).toBeUndefined();
  });
});
