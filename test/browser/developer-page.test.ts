/**
 * The developer page at /__emulator/, in headless Chromium as a person uses it: find a user, read a code
 * the outbox shows, move the clock, export the state and import it back. Its screenshot is taken and its
 * structure compared (the elements a person relies on are there), not its pixels.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type Emulator } from 'authing-rest-emulator';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testClient } from '../support/clients.ts';
import { startEmulator } from '../support/emulator.ts';
import { browserAvailable, launchChromium, watchOffMachineRequests } from '../support/browser.ts';

const password = 'passw0rd';

describe.runIf(browserAvailable)('the developer page in headless Chromium', () => {
  let browser: Browser;
  let emulator: Emulator;
  let server: Server;
  let host: string;
  let page: Page;
  let offMachine: string[];
  const downloads = mkdtempSync(join(tmpdir(), 'emulator-page-'));

  beforeAll(async () => {
    emulator = await startEmulator();
    server = await serve(emulator, '127.0.0.1', 0);
    host = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    await emulator.seed({ users: [{ email: 'ada@example.com', password, nickname: 'Ada' }, { phone: '13900000001', username: 'grace' }] });
    const ada = testClient(host);
    await ada.loginByEmail({ email: 'ada@example.com', password });
    await ada.setUdv({ key: 'city', value: 'London' });
    await testClient(host).loginByEmail({ email: 'ada@example.com', password: 'wrong-pass' }).catch(() => undefined);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    offMachine = watchOffMachineRequests(page);
    await page.goto(`${host}/__emulator/`);
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    emulator?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('shows the users, the outbox, the requests and the tools, as a screenshot shows them', async () => {
    await page.locator('#user-rows tr').nth(1).waitFor();
    const shot = await page.screenshot({ fullPage: true });
    // A PNG of the whole page.
    expect(shot.subarray(1, 4).toString()).toBe('PNG');
    expect(shot.length).toBeGreaterThan(20_000);
    for (const name of ['+1 min', '+1 h', '+1 day', 'Real time', 'Reset…']) await expect(page.getByRole('button', { name, exact: true }).isVisible()).resolves.toBe(true);
    expect(await page.getByRole('link', { name: 'Export' }).getAttribute('href')).toBe('export');
    expect(await page.locator('h2').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^Users 2 users/), expect.stringMatching(/^Outbox/), expect.stringMatching(/^Requests/)]));
    expect(await page.locator('#users thead th').allInnerTexts()).toEqual(['Email', 'Phone', 'Username', 'Last login', 'Password']);
    // The wrong password is in the log, as its kind only.
    const refused = page.locator('#request-rows tr', { hasText: '2333' });
    await refused.first().waitFor();
    expect(await refused.first().innerText()).toContain('POST /api/v2/login/account');
    expect(await page.locator('#request-rows').innerText()).not.toContain('wrong-pass');
  });

  it('finds a user and shows them whole: custom data, whether they have a password, the last login', async () => {
    await page.getByRole('searchbox', { name: 'Find users' }).fill('ada@');
    await expect.poll(() => page.locator('#user-rows tr').count()).toBe(1);
    await page.locator('#user-rows tr').first().click();
    await page.locator('#user').waitFor();
    expect(await page.locator('#user-title').innerText()).toBe('ada@example.com');
    expect(await page.locator('#user-facts').innerText()).toMatch(/has a password · 1 login, last /);
    expect(await page.locator('#user-data').innerText()).toContain('city\tLondon');
    expect(await page.locator('#user-profile').innerText()).toContain('"nickname": "Ada"');
  });

  it('edits a field, and signs the user out everywhere', async () => {
    await page.locator('#edit-field').fill('nickname');
    await page.locator('#edit-value').fill('Countess');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('#user-profile').innerText()).toContain('"nickname": "Countess"');
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    await expect.poll(() => page.locator('#user-facts').innerText()).toContain('signed out everywhere');
    expect(emulator.users({ query: 'ada@' }).users[0]!.nickname).toBe('Countess');
  });

  it('shows a code as it is sent, big enough to read, updating by itself', async () => {
    await testClient(host).sendSmsCode({ phone: '13900000001' });
    const [sent] = emulator.outbox({ recipient: '13900000001' });
    const code = page.locator('#messages .code').first();
    await expect.poll(() => code.innerText(), { timeout: 10_000 }).toBe(sent!.code);
    const size = await code.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);
  });

  it('moves the clock, and back to real time', async () => {
    await page.getByRole('button', { name: '+1 h', exact: true }).click();
    await expect.poll(() => emulator.clock().offsetMs).toBe(3_600_000);
    await expect.poll(() => page.locator('#clock').innerText()).toContain('(+60 min)');
    await page.getByRole('button', { name: 'Real time' }).click();
    await expect.poll(() => emulator.clock().offsetMs).toBe(0);
  });

  it('exports the state, and imports it back after a reset', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export' }).click()]);
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'authing-rest-emulator-state', users: expect.arrayContaining([expect.objectContaining({ user: expect.objectContaining({ email: 'ada@example.com' }) })]) });
    emulator.reset();
    await page.locator('#import').setInputFiles(file);
    await expect.poll(() => page.locator('#status').innerText()).toBe('Imported 2 users');
    expect(emulator.users().total).toBe(2);
    await expect(testClient(host).loginByEmail({ email: 'ada@example.com', password })).resolves.toMatchObject({ nickname: 'Countess' });
  });

  it('requested nothing off this machine', () => {
    expect(offMachine).toEqual([]);
  });
});
