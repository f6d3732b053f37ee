/** Construction is free of side effects: no I/O, no timer, no storage access, nothing shared. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthenticationClient, type TokenStore } from '../../src/index.ts';
import { localStorageStore } from '../../src/browser.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('new AuthenticationClient', () => {
  it('sends nothing, starts no timer and touches no storage', () => {
    vi.useFakeTimers();
    const fetch = vi.fn();
    const storage = { get: vi.fn(), set: vi.fn(), remove: vi.fn() } satisfies TokenStore;
    const client = new AuthenticationClient({ userPoolId: 'POOL', token: 'T', fetch, storage, publicKey: undefined });
    void client.api;
    expect(fetch).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
    expect(storage.get).not.toHaveBeenCalled();
    expect(storage.set).not.toHaveBeenCalled();
  });

  it('does not read globalThis.localStorage or call globalThis.fetch until used', () => {
    const readLocalStorage = vi.fn(() => ({}) as Storage);
    Object.defineProperty(globalThis, 'localStorage', { get: readLocalStorage, configurable: true });
    const fetch = vi.spyOn(globalThis, 'fetch');
    try {
      new AuthenticationClient({ userPoolId: 'POOL', storage: localStorageStore() });
      expect(readLocalStorage).not.toHaveBeenCalled();
      expect(fetch).not.toHaveBeenCalled();
    } finally {
      fetch.mockRestore();
      delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});
