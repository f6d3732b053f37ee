/**
 * The emulator in a page keeps its state across a reload when asked to (`createEmulator({ persist: true })`,
 * in IndexedDB), as a Vite full reload needs: the app's stored token survives, and so must its user. Without
 * the option a reload starts empty, as before. In headless Chromium, with the built packages.
 */
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchChromium, SDK_PAGE_HEAD, serveFiles } from '../support/browser.ts';
import { repoRoot } from '../support/spec.ts';

const PAGE = `${SDK_PAGE_HEAD}
<script type="module">
  import { createEmulator } from '/emulator/dist/browser.js';
  import { AuthenticationClient } from '/dist/index.js';
  import { localStorageStore } from '/dist/browser.js';
  const persist = new URLSearchParams(location.search).get('persist');
  const emulator = await createEmulator(persist === 'no' ? {} : { persist });
  window.app = {
    emulator,
    client: new AuthenticationClient({ userPoolId: 'demo', fetch: emulator.fetch, storage: localStorageStore() }),
  };
  // What IndexedDB holds under a name, read as a test reads it (the emulator saves shortly after each write).
  window.saved = (name) => new Promise((resolve) => {
    const opening = indexedDB.open('authing-rest-emulator', 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore('states');
    opening.onsuccess = () => {
      const asked = opening.result.transaction('states').objectStore('states').get(name);
      asked.onsuccess = () => { resolve(asked.result ?? null); opening.result.close(); };
    };
  });
  window.ready = true;
</script>`;

interface App {
  emulator: { users(): { total: number }; outbox(): unknown[]; clock(): { offsetMs: number }; advanceClock(ms: number): unknown };
  client: { registerByEmail(params: object): Promise<{ id: string }>; loginByEmail(params: object): Promise<{ id: string }>; getCurrentUser(): Promise<{ id: string; nickname: string }>; updateProfile(params: object): Promise<unknown>; getToken(): Promise<string | null> };
}
declare const window: { app: App; ready?: boolean; saved(name: string): Promise<{ clockOffsetMs: number; users: unknown[] } | null> };

describe.runIf(browserAvailable)('the emulator in a page, kept across reloads by choice', () => {
  let browser: Browser;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    ({ server, url } = await serveFiles((path) => {
      if (path === '/') return { html: PAGE };
      return /^\/(dist|node_modules|emulator\/dist)\//.test(path) ? { file: join(repoRoot, path) } : undefined;
    }));
    browser = await launchChromium();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  const load = async (page: Page, persist: string) => {
    await page.goto(`${url}?persist=${persist}`);
    await page.waitForFunction(() => window.ready === true, undefined, { timeout: 30_000 });
  };

  it('with persist, a reload keeps the users, their sessions (the stored token still works) and the clock', async () => {
    const page = await (await browser.newContext()).newPage();
    await load(page, 'dev');
    const registered = await page.evaluate(async () => {
      const { client, emulator } = window.app;
      const user = await client.registerByEmail({ email: 'kept@example.com', password: 'passw0rd', forceLogin: true });
      await client.updateProfile({ nickname: 'Kept' });
      emulator.advanceClock(60_000);
      return user.id;
    });
    // The state is saved shortly after each write: the last one moved the clock.
    await page.waitForFunction(() => window.saved('dev').then((state) => state?.clockOffsetMs === 60_000), undefined, { timeout: 10_000, polling: 50 });
    await page.reload();
    await page.waitForFunction(() => window.ready === true, undefined, { timeout: 30_000 });
    const after = await page.evaluate(async () => {
      const { client, emulator } = window.app;
      const me = await client.getCurrentUser();
      const again = await client.loginByEmail({ email: 'kept@example.com', password: 'passw0rd' });
      return { me, again: again.id, users: emulator.users().total, offset: emulator.clock().offsetMs };
    });
    expect(after).toMatchObject({ me: { id: registered, nickname: 'Kept' }, again: registered, users: 1, offset: 60_000 });
    await page.context().close();
  }, 60_000);

  it('without it, a reload starts empty: the stored token is then refused (2020)', async () => {
    const page = await (await browser.newContext()).newPage();
    await load(page, 'no');
    await page.evaluate(() => window.app.client.registerByEmail({ email: 'gone@example.com', password: 'passw0rd', forceLogin: true }));
    await page.reload();
    await page.waitForFunction(() => window.ready === true, undefined, { timeout: 30_000 });
    const after = await page.evaluate(async () => ({ users: window.app.emulator.users().total, error: await window.app.client.getCurrentUser().then(() => null, (error: { code?: number }) => error.code) }));
    expect(after).toEqual({ users: 0, error: 2020 });
    await page.context().close();
  }, 60_000);

  it('keeps one state per name', async () => {
    const page = await (await browser.newContext()).newPage();
    await load(page, 'first');
    await page.evaluate(() => window.app.client.registerByEmail({ email: 'first@example.com', password: 'passw0rd' }));
    await page.waitForFunction(() => window.saved('first').then((state) => state?.users.length === 1), undefined, { timeout: 10_000, polling: 50 });
    await load(page, 'second');
    expect(await page.evaluate(() => window.app.emulator.users().total)).toBe(0);
    await load(page, 'first');
    expect(await page.evaluate(() => window.app.emulator.users().total)).toBe(1);
    await page.context().close();
  }, 60_000);
});
