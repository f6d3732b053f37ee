/**
 * The browser's token store: `localStorage`, shared by the tabs of one origin. Exported by the browser
 * entry (`authing-rest-sdk/browser`), so that servers and apps with their own store do not carry it.
 */
import type { TokenStore } from './token-store.js';

/**
 * A store in the browser's `localStorage`, under `key`, so the user stays signed in across reloads, and
 * shared by the tabs of one origin: a sign-in, refresh or sign-out in one reaches the others' listeners
 * (by the `storage` event: no lock, nothing to wait on). `localStorage` is looked up on each use, not at
 * creation, so creating it is safe on a server.
 * @example
 * ```ts
 * import { localStorageStore } from 'authing-rest-sdk/browser';
 * const authing = new AuthenticationClient({ userPoolId: 'YOUR_USER_POOL_ID', storage: localStorageStore() });
 * ```
 * @category Token storage
 */
export function localStorageStore(key = 'authing.token', storage?: Storage): TokenStore {
  const target = () => storage ?? globalThis.localStorage;
  const clockKey = `${key}.clock-skew`;
  return {
    get: () => target().getItem(key),
    set: (value) => target().setItem(key, value),
    remove: () => target().removeItem(key),
    watch(onChange) {
      const onStorage = (event: StorageEvent) => {
        if (event.key === key && event.storageArea === target()) onChange(event.newValue, event.oldValue);
      };
      globalThis.addEventListener?.('storage', onStorage);
      return () => globalThis.removeEventListener?.('storage', onStorage);
    },
    getClockSkew: () => Number(target().getItem(clockKey)),
    setClockSkew: (skew) => target().setItem(clockKey, String(Math.round(skew))),
  };
}
