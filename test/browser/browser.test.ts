/**
 * Proof in a real browser: Debian's headless Chromium loads the built ESM bundle from a page on
 * 127.0.0.1 and signs in, reads the user and signs out against the contract mock, with the token kept
 * in localStorage. Then it opens both built references, served from 127.0.0.1: the HTTP API reference
 * shows every operation, the SDK reference shows the models' fields, and neither page requests anything
 * from another machine.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { serve, type Emulator } from 'authing-rest-emulator';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiBaseUrl, apiIsMock } from '../support/contract.ts';
import { startEmulator } from '../support/emulator.ts';
import { browserAvailable, launchChromium, SDK_PAGE_HEAD, serveFiles } from '../support/browser.ts';
// @ts-expect-error plain JavaScript, shared by every runtime
import { expected } from '../runtimes/scenario.mjs';
import { loadSpec, repoRoot, specOperations } from '../support/spec.ts';

const PAGE = `${SDK_PAGE_HEAD}
<script type="module">
  import { AuthenticationClient } from '/dist/index.js';
  import { localStorageStore } from '/dist/browser.js';
  window.signInAndOut = async (host) => {
    localStorage.clear();
    const authing = new AuthenticationClient({ userPoolId: 'POOL', host, storage: localStorageStore() });
    const user = await authing.loginByEmail({ email: 'test@example.com', password: 'passw0rd' });
    const storedAfterLogin = localStorage.getItem('authing.token');
    const traced = [];
    authing.api.use({ onRequest: ({ schemaPath }) => void traced.push(schemaPath) });
    const me = await authing.getCurrentUser();
    const viaApi = await authing.api.GET('/api/v2/users/me');
    const udvKeys = (await authing.listUdv()).map((item) => item.key);
    await authing.logout();
    return {
      userId: user.id, token: user.token, storedAfterLogin, meId: me.id, apiMeId: viaApi.data.data.id, traced, udvKeys,
      storedAfterLogout: localStorage.getItem('authing.token'),
    };
  };
  window.ready = true;
</script>`;

describe.runIf(browserAvailable)('in headless Chromium', () => {
  let browser: Browser;
  let server: Server;
  let pageUrl: string;
  let docs: string;
  let emulator: Emulator;
  let emulatorServer: Server;
  const served: string[] = [];

  beforeAll(async () => {
    docs = mkdtempSync(join(tmpdir(), 'authing-browser-'));
    // The runtime scenario in a Web Worker: the built package and the scenario, bundled as a user's
    // bundler would, against an emulator on another port (its API answers every origin).
    writeFileSync(join(docs, 'worker-entry.mjs'), `import * as sdk from ${JSON.stringify(join(repoRoot, 'dist', 'index.js'))};\nimport { scenario } from ${JSON.stringify(join(repoRoot, 'test', 'runtimes', 'scenario.mjs'))};\nself.onmessage = async ({ data }) => self.postMessage(await scenario(sdk, data).catch((error) => String(error)));\n`);
    await build({ entryPoints: [join(docs, 'worker-entry.mjs')], bundle: true, format: 'esm', platform: 'browser', outfile: join(docs, 'worker.js'), logLevel: 'warning' });
    emulator = await startEmulator();
    emulatorServer = await serve(emulator, '127.0.0.1', 0);
    ({ server, url: pageUrl } = await serveFiles((path) => {
      served.push(path);
      if (path === '/') return { html: PAGE };
      if (!/^\/(dist|node_modules|docs)\//.test(path)) return undefined;
      return { file: path.startsWith('/docs/') ? join(docs, path.slice('/docs/'.length)) : join(repoRoot, path) };
    }));
    browser = await launchChromium();
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await new Promise((resolve) => emulatorServer?.close(resolve));
    emulator?.close();
    rmSync(docs, { recursive: true, force: true });
  });

  it('runs the runtime scenario in a Web Worker: RSA login, the user by method and raw call, logout, a typed API error', async () => {
    const page = await browser.newPage();
    await page.goto(pageUrl);
    const emulatorUrl = `http://127.0.0.1:${(emulatorServer.address() as { port: number }).port}`;
    const result = await page.evaluate(
      (host) =>
        new Promise((resolve) => {
          const worker = new Worker('/docs/worker.js', { type: 'module' });
          worker.onmessage = ({ data }) => resolve(data);
          worker.onerror = (event) => resolve(`worker error: ${event.message}`);
          worker.postMessage(host);
        }),
      emulatorUrl,
    );
    expect(result).toMatchObject(expected);
    await page.close();
  }, 60_000);

  it.runIf(apiIsMock)('signs in, reads the user (also through client.api, with a middleware) and signs out with the token in localStorage', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(pageUrl);
    await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true, undefined, { timeout: 20_000 });
    const result = await page.evaluate(
      (host) => (window as unknown as { signInAndOut: (host: string) => Promise<Record<string, unknown>> }).signInAndOut(host),
      apiBaseUrl,
    );
    expect(errors).toEqual([]);
    expect(result.userId).toBe('60b7c8d9e1f2a30012345678');
    expect(result.storedAfterLogin).toBe(result.token);
    expect(result.meId).toBe(result.userId);
    expect(result.apiMeId).toBe(result.userId);
    expect(result.traced).toEqual(['/api/v2/users/me', '/api/v2/users/me', '/api/v2/udvs/get', '/api/v2/logout']);
    expect((result.udvKeys as string[]).length).toBeGreaterThan(0);
    expect(result.storedAfterLogout).toBeNull();
    // openapi-fetch comes with the main entry; the encryption module and the UDV codec were loaded on demand, as files of their own.
    expect(served.indexOf('/node_modules/openapi-fetch/dist/index.mjs')).toBeGreaterThan(served.indexOf('/dist/index.js'));
    expect(served.indexOf('/dist/rsa.js')).toBeGreaterThan(served.indexOf('/node_modules/openapi-fetch/dist/index.mjs'));
    expect(served).toContain('/dist/udv-codec.js');
    await page.close();
  }, 60_000);
});
