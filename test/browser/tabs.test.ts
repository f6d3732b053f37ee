/**
 * Every tab in step, in headless Chromium: two pages of one origin, each with its own client on
 * `localStorageStore()` from the built browser entry, against the emulator served over HTTP. A token
 * refreshed in one tab is used by the other without a refresh of its own; a sign-in and a sign-out in one
 * reach the other's listener; two tabs that refresh at the same moment end with one valid stored token.
 * No lock, nothing to wait on: the `storage` event carries it all.
 */
import type { Server } from 'node:http';
import { serve, type Emulator } from 'authing-rest-emulator';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AuthenticationClient } from '../../src/index.ts';
import { startEmulator } from '../support/emulator.ts';
import { browserAvailable, launchChromium, SDK_PAGE_HEAD, serveFiles } from '../support/browser.ts';
import { repoRoot } from '../support/spec.ts';
import { join } from 'node:path';

/** Tokens live 100 s: a token is due for a refresh from 75 s of age. */
const TOKEN_TTL_SECONDS = 100;
const credentials = { username: 'tab-user', password: 'passw0rd' };

const PAGE = `${SDK_PAGE_HEAD}
<script type="module">
  import { AuthenticationClient } from '/dist/index.js';
  import { localStorageStore } from '/dist/browser.js';
  window.tab = { events: [], refreshes: 0 };
  window.openClient = (host) => {
    const counting = (input, init) => {
      if (String(input instanceof Request ? input.url : input).endsWith('/api/v2/users/refresh-token')) window.tab.refreshes++;
      return fetch(input, init);
    };
    window.tab.client = new AuthenticationClient({ userPoolId: 'POOL', host, storage: localStorageStore(), fetch: counting });
    window.tab.client.onAuthStateChange((event, state) => void window.tab.events.push([event, state.token]));
  };
  window.ready = true;
</script>`;

interface TabState {
  events: Array<[string, string | null]>;
  refreshes: number;
  client: {
    getToken(): Promise<string | null>;
    getCurrentUser(): Promise<{ username: string }>;
    loginByUsername(params: object): Promise<unknown>;
    logout(): Promise<void>;
  };
}
declare const window: { tab: TabState; openClient(host: string): void; ready?: boolean };

describe.runIf(browserAvailable)('two tabs of one origin, in headless Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let emulator: Emulator;
  let emulatorServer: Server;
  let pageServer: Server;
  let pageUrl: string;
  let host: string;

  beforeAll(async () => {
    ({ server: pageServer, url: pageUrl } = await serveFiles((path) => {
      if (path === '/') return { html: PAGE };
      return /^\/(dist|node_modules)\//.test(path) ? { file: join(repoRoot, path) } : undefined;
    }));
    browser = await launchChromium();
  }, 90_000);

  beforeEach(async () => {
    emulator = await startEmulator(undefined, { tokenTtlSeconds: TOKEN_TTL_SECONDS });
    await emulator.seed({ users: [credentials] });
    emulatorServer = await serve(emulator, '127.0.0.1', 0);
    host = `http://127.0.0.1:${(emulatorServer.address() as { port: number }).port}`;
    context = await browser.newContext();
  });

  afterEach(async () => {
    await context?.close();
    await new Promise((resolve) => emulatorServer?.close(resolve));
    emulator?.close();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => pageServer?.close(resolve));
  });

  /** A tab with its client, optionally after writing `storage` into the origin's localStorage. */
  async function openTab(storage?: Record<string, string>): Promise<Page> {
    const page = await context.newPage();
    await page.goto(pageUrl);
    await page.waitForFunction(() => window.ready === true, undefined, { timeout: 20_000 });
    if (storage) await page.evaluate((entries) => Object.entries(entries).forEach(([key, value]) => localStorage.setItem(key, value)), storage);
    await page.evaluate((at) => window.openClient(at), host);
    return page;
  }

  const stateOf = (page: Page) => page.evaluate(async () => ({ events: window.tab.events, refreshes: window.tab.refreshes, token: await window.tab.client.getToken() }));
  const eventsOf = async (page: Page) => (await stateOf(page)).events.map(([event]) => event);

  /**
   * A session as a reload finds it: a token the emulator issued, and the clock skew an earlier page
   * learnt; then the emulator's clock moves 80 s on, so that the token is due by the service's clock.
   */
  async function dueSession(): Promise<Record<string, string>> {
    const signIn = new AuthenticationClient({ userPoolId: 'POOL', host, fetch: emulator.fetch });
    const { token } = (await signIn.loginByUsername(credentials)) as { token: string };
    emulator.advanceClock(80_000);
    return { 'authing.token': token, 'authing.token.clock-skew': String(emulator.clock().offsetMs) };
  }

  it("a sign-in and a sign-out in one tab reach the other's listener", async () => {
    const [first, second] = [await openTab(), await openTab()];
    await first.evaluate((login) => window.tab.client.loginByUsername(login).then(() => undefined), credentials);
    const token = (await stateOf(first)).token;
    await expect.poll(() => stateOf(second), { timeout: 10_000 }).toMatchObject({ events: [['SIGNED_IN', token]], token });
    await first.evaluate(() => window.tab.client.logout());
    await expect.poll(() => eventsOf(second), { timeout: 10_000 }).toEqual(['SIGNED_IN', 'SIGNED_OUT']);
    expect((await stateOf(second)).token).toBeNull();
  }, 60_000);

  it('a token refreshed in one tab is used by the other, which makes no refresh of its own', async () => {
    const stored = await dueSession();
    const [first, second] = [await openTab(stored), await openTab()];
    const username = await first.evaluate(() => window.tab.client.getCurrentUser().then((user) => user.username));
    expect(username).toBe(credentials.username);
    const afterRefresh = await stateOf(first);
    expect(afterRefresh).toMatchObject({ refreshes: 1, events: [['TOKEN_REFRESHED', afterRefresh.token]] });
    expect(afterRefresh.token).not.toBe(stored['authing.token']);
    await expect.poll(() => eventsOf(second), { timeout: 10_000 }).toEqual(['TOKEN_REFRESHED']);
    await second.evaluate(() => window.tab.client.getCurrentUser());
    expect(await stateOf(second)).toMatchObject({ refreshes: 0, token: afterRefresh.token });
  }, 60_000);

  it('two tabs that refresh at the same moment both keep a valid session, with the same stored token', async () => {
    const stored = await dueSession();
    const [first, second] = [await openTab(stored), await openTab()];
    await Promise.all([first, second].map((page) => page.evaluate(() => window.tab.client.getCurrentUser())));
    const [one, other] = [await stateOf(first), await stateOf(second)];
    expect(one.refreshes + other.refreshes).toBeGreaterThanOrEqual(1);
    expect(one.token).toBe(other.token);
    expect(one.token).not.toBe(stored['authing.token']);
    // The stored token works in both, with no further refresh.
    for (const page of [first, second]) await page.evaluate(() => window.tab.client.getCurrentUser());
    expect((await stateOf(first)).refreshes + (await stateOf(second)).refreshes).toBe(one.refreshes + other.refreshes);
  }, 60_000);
});
