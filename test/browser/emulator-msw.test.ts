/**
 * The emulator inside a page, behind Mock Service Worker's service worker: the Vite example
 * (examples/emulator-in-vite), bundled as a bundler would for the browser (the emulator package's
 * `browser` build, by its export condition), served by a static file server and nothing else. Headless
 * Chromium registers with an SMS code read from the emulator's outbox, logs in with an RSA-encrypted
 * password, edits the profile, is refused a wrong password (2333) and logs out, clicking the page as a
 * user would; the SDK client has no `host` and no `fetch` option, and no request leaves the machine.
 * And the emulator in a module Web Worker, as the SDK's `fetch` there.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchChromium, serveFiles } from '../support/browser.ts';
import { repoRoot } from '../support/spec.ts';

const example = join(repoRoot, 'examples', 'emulator-in-vite');

describe.runIf(browserAvailable)('the emulator in a page, behind MSW (examples/emulator-in-vite)', () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  let built: string;

  beforeAll(async () => {
    built = mkdtempSync(join(tmpdir(), 'authing-emulator-page-'));
    // What `vite` does in development, for this page: bundle for the browser, with import.meta.env.DEV true.
    await build({
      entryPoints: [join(example, 'src', 'main.ts')],
      outdir: built,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      alias: { 'authing-rest-sdk': join(repoRoot, 'dist', 'index.js') },
      define: { 'import.meta.env.DEV': 'true', 'import.meta.env.VITE_AUTHING_USER_POOL_ID': 'undefined' },
      logLevel: 'warning',
    });
    // A module Web Worker that runs the emulator and a client of it.
    writeFileSync(
      join(built, 'worker-entry.js'),
      `import { createEmulator } from 'authing-rest-emulator';
      import { AuthenticationClient, isAuthingApiError } from 'authing-rest-sdk';
      self.onmessage = async () => {
        try {
          const emulator = await createEmulator();
          const authing = new AuthenticationClient({ userPoolId: 'demo', fetch: emulator.fetch });
          await authing.registerByEmail({ email: 'worker@example.com', password: 'passw0rd' });
          const user = await authing.loginByEmail({ email: 'worker@example.com', password: 'passw0rd' });
          const me = await authing.getCurrentUser();
          const wrong = await authing.loginByEmail({ email: 'worker@example.com', password: 'nope' }).catch((error) => isAuthingApiError(error) && error.code);
          await authing.logout();
          self.postMessage({ same: me.id === user.id, email: me.email, wrong, token: await authing.getToken() });
        } catch (error) {
          self.postMessage(String(error));
        }
      };`,
    );
    await build({
      entryPoints: [join(built, 'worker-entry.js')],
      outfile: join(built, 'worker.js'),
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      // Resolved from the repository, as an app's own dependencies would be.
      nodePaths: [join(repoRoot, 'node_modules')],
      alias: { 'authing-rest-sdk': join(repoRoot, 'dist', 'index.js') },
      logLevel: 'warning',
    });
    // The browser build alone, for a page that starts its own emulator.
    await build({
      // Resolved from outside the repository (whose tsconfig maps the name to the sources), as an app resolves it.
      stdin: { contents: "export { createEmulator } from 'authing-rest-emulator';", resolveDir: built },
      outfile: join(built, 'bounds.js'),
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      nodePaths: [join(repoRoot, 'node_modules')],
      logLevel: 'warning',
    });
    const page = readFileSync(join(example, 'index.html'), 'utf8').replace('/src/main.ts', '/app/main.js');
    ({ server, url } = await serveFiles((path) => {
      if (path === '/') return { html: page };
      // What `npx msw init public` puts in the app's public folder.
      if (path === '/mockServiceWorker.js') return { file: join(repoRoot, 'node_modules', 'msw', 'lib', 'mockServiceWorker.js') };
      return path.startsWith('/app/') ? { file: join(built, path.slice('/app/'.length)) } : undefined;
    }));
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    rmSync(built, { recursive: true, force: true });
  });

  /** Clicks `button` and waits for the status line to show `expected`; returns that line. */
  async function click(page: Page, button: string, expected: RegExp): Promise<string> {
    await page.click(`#${button}`);
    await page.waitForFunction((pattern) => new RegExp(pattern).test(document.getElementById('status')!.textContent ?? ''), expected.source, { timeout: 20_000 });
    return (await page.textContent('#status')) ?? '';
  }

  it('registers by SMS code, logs in (RSA), edits the profile, is refused a wrong password and logs out, all in the page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    // Answered by the service worker, or to 127.0.0.1: anything else reached for the network.
    const reachedNetwork: string[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).hostname !== '127.0.0.1' && !response.fromServiceWorker()) reachedNetwork.push(response.url());
    });
    page.on('requestfailed', (request) => reachedNetwork.push(`${request.url()} (failed)`));
    const answeredByWorker: string[] = [];
    page.on('response', (response) => {
      if (response.fromServiceWorker()) answeredByWorker.push(`${response.request().method()} ${new URL(response.url()).pathname}`);
    });

    await page.goto(url);
    await page.waitForFunction(() => /Ready \(the API is emulated/.test(document.getElementById('status')?.textContent ?? ''), undefined, { timeout: 60_000 });

    await page.fill('#phone', '13900000042');
    await click(page, 'send-code', /^Code sent to 13900000042$/);
    const inbox = (await page.textContent('#dev-inbox')) ?? '';
    const code = /SMS to 13900000042: (\d{6})$/.exec(inbox)?.[1];
    expect(code, inbox).toBeDefined();
    await page.fill('#code', code!);
    await click(page, 'register', /^Registered 13900000042$/);
    await click(page, 'login', /^Signed in as 13900000042$/);
    expect(JSON.parse((await page.textContent('#user')) ?? '{}')).toMatchObject({ phone: '13900000042' });

    await page.fill('#nickname', 'Ada');
    await click(page, 'save-profile', /^Saved: Ada$/);
    expect(JSON.parse((await page.textContent('#user')) ?? '{}')).toMatchObject({ nickname: 'Ada' });

    await page.fill('#password', 'wrong-password');
    expect(await click(page, 'login', /^Refused/)).toMatch(/^Refused \(2333\): /);

    await click(page, 'logout', /^Signed out$/);
    expect(await page.textContent('#user')).toBe('');

    expect(errors).toEqual([]);
    expect(reachedNetwork).toEqual([]);
    // The SDK's calls went to Authing's origin, and the service worker answered them from the emulator.
    expect(answeredByWorker).toEqual(
      expect.arrayContaining(['POST /api/v2/sms/send', 'POST /api/v2/register/phone-code', 'GET /api/v2/.well-known', 'POST /api/v2/login/account', 'POST /api/v2/users/profile/update', 'GET /api/v2/logout']),
    );
    await context.close();
  }, 120_000);

  it("bounds a request's work in the page: a 1 MiB password answered within 100 ms with no longer task on the page's thread; through MSW too, and a 5 MB body refused (413)", async () => {
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => /Ready \(the API is emulated/.test(document.getElementById('status')?.textContent ?? ''), undefined, { timeout: 60_000 });
    await page.addScriptTag({ type: 'module', content: "import { createEmulator } from '/app/bounds.js'; window.createBoundsEmulator = createEmulator;" });
    await page.waitForFunction(() => 'createBoundsEmulator' in window);
    const measured = await page.evaluate(async () => {
      const emulator = await (window as unknown as { createBoundsEmulator: () => Promise<{ fetch: typeof fetch; close(): void }> }).createBoundsEmulator();
      // 750,000 random bytes as base64: 1,000,000 characters, a ciphertext ~2,900 times the key's length.
      const bytes = new Uint8Array(750_000);
      for (let offset = 0; offset < bytes.length; offset += 65_536) crypto.getRandomValues(bytes.subarray(offset, offset + 65_536));
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      const body = JSON.stringify({ account: 'nobody', password: btoa(binary) });
      const headers = { 'content-type': 'application/json', 'x-authing-userpool-id': 'POOL' };
      const login = (send: typeof fetch, password = body) => send('https://core.authing.cn/api/v2/login/account', { method: 'POST', headers, body: password }).then((answer) => answer.json());
      // The operation's schema is compiled on its first request: that one-time cost is not a request's work.
      await login(emulator.fetch, JSON.stringify({ account: 'nobody', password: 'x' }));
      const longTasks: number[] = [];
      const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((entry) => entry.duration)));
      observer.observe({ type: 'longtask' });
      const started = performance.now();
      const direct = await login(emulator.fetch);
      const took = performance.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 50));
      const longestTask = Math.max(0, ...longTasks);
      observer.disconnect();
      // Through MSW's service worker: Chromium moves the body between the page and the worker first (its own cost).
      const mswStarted = performance.now();
      const throughWorker = await login(fetch);
      const mswTook = performance.now() - mswStarted;
      const huge = await fetch('https://core.authing.cn/api/v2/sms/send', { method: 'POST', headers, body: JSON.stringify({ phone: '13800000000', pad: 'x'.repeat(5_000_000) }) });
      emulator.close();
      return { direct: direct.code, took, longestTask, throughWorker: throughWorker.code, mswTook, hugeStatus: huge.status };
    });
    console.log(`1 MiB password in the page: ${measured.took.toFixed(0)} ms by emulator.fetch (longest task ${measured.longestTask.toFixed(0)} ms), ${measured.mswTook.toFixed(0)} ms through MSW's service worker`);
    expect(measured.direct).toBe(2016);
    expect(measured.took).toBeLessThan(100);
    expect(measured.longestTask).toBeLessThan(100);
    expect(measured.throughWorker).toBe(2016);
    expect(measured.hugeStatus).toBe(413);
    await page.close();
  }, 120_000);

  it('runs in a module Web Worker, as the SDK\'s fetch there: register, log in (RSA), the user, a wrong password, logout', async () => {
    const page = await browser.newPage();
    await page.goto(url);
    const result = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const worker = new Worker('/app/worker.js', { type: 'module' });
          worker.onmessage = ({ data }) => resolve(data);
          worker.onerror = (event) => resolve(`worker error: ${event.message}`);
          worker.postMessage('start');
        }),
    );
    expect(result).toEqual({ same: true, email: 'worker@example.com', wrong: 2333, token: null });
    await page.close();
  }, 120_000);
});
