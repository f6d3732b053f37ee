/**
 * The published site, built as `npm run docs` builds it and served from 127.0.0.1, read in headless
 * Chromium as a reader would: the front page leads to both references; a method's signature names its
 * types and links them; a parameters page lists its fields; the client comes first in the navigation;
 * a method links its HTTP operation and the operation its methods; the HTTP reference lists the local
 * servers and the names of the examples the mock answers. No page requests anything off this machine.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiDocs, buildFrontPage, buildSdkDocs } from '../../scripts/lib/reference-docs.ts';
import { browserAvailable, launchChromium, renderedText, serveFiles, watchOffMachineRequests } from '../support/browser.ts';
import { loadSpec, specOperations } from '../support/spec.ts';

describe.runIf(browserAvailable)('the reference site in headless Chromium', () => {
  let browser: Browser;
  let server: Server;
  let site: string;
  let root: string;
  const offMachine: string[] = [];

  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), 'authing-site-'));
    buildApiDocs(join(site, 'api', 'index.html'));
    buildSdkDocs(site);
    buildFrontPage(site);
    // Served under a path, as GitHub Pages serves a project's site: every link must be relative.
    let url: string;
    ({ server, url } = await serveFiles((path) => (path.startsWith('/project/') ? { file: join(site, path.slice('/project/'.length)) } : undefined)));
    root = `${url}project/`;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    rmSync(site, { recursive: true, force: true });
  });

  const open = async (path: string) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    offMachine.push(...watchOffMachineRequests(page));
    await page.goto(root + path);
    return page;
  };

  it('the front page leads to both references', async () => {
    const page = await open('index.html');
    expect(await renderedText(page)).toContain('npm install authing-rest-sdk');
    await page.getByRole('link', { name: /SDK reference/ }).first().click();
    await page.waitForURL(`${root}sdk/index.html`);
    expect(await renderedText(page)).toContain('AuthenticationClient');
    await page.goto(`${root}index.html`);
    await page.getByRole('link', { name: /HTTP API reference/ }).first().click();
    await page.waitForURL(`${root}api/index.html`);
    await page.waitForSelector('text=User-defined data', { timeout: 30_000 });
    await page.close();
  }, 60_000);

  it("names loginByEmail's types and links them: Promise<User>, not the user's 55 fields", async () => {
    const page = await open('sdk/classes/AuthenticationClient.html');
    const signature = page.locator('#loginbyemail-1');
    expect(await signature.innerText()).toMatch(/loginByEmail\(params: LoginByEmailParams, options\?: CallOptions\): Promise<User>/);
    expect(await signature.locator('a', { hasText: 'User' }).getAttribute('href')).toBe('../interfaces/User.html');
    expect(await signature.innerText()).not.toContain('emailVerified');
    expect(readFileSync(join(site, 'sdk', 'classes', 'AuthenticationClient.html')).length).toBeLessThan(200_000);
    await page.close();
  });

  it("lists the codes loginByEmail answers with, by name and number, linked to their meaning, and its mock examples", async () => {
    const page = await open('sdk/classes/AuthenticationClient.html');
    const section = page.locator('section.tsd-member:has(#loginbyemail)');
    const text = await section.innerText();
    for (const code of ['2000 CAPTCHA_REQUIRED', '2333 CREDENTIALS_INCORRECT', '2004 USER_NOT_FOUND', '2057 ACCOUNT_LOCKED', '2231 INCOMPLETE_PARAMETERS (HTTP 400)']) expect(text).toContain(code);
    // A login never answers 2006, and a method that sends no token never meets the 401.
    expect(text).not.toMatch(/PASSWORD_WRONG|NOT_LOGGED_IN|notLoggedIn/);
    for (const example of ['example=credentialsIncorrect', 'example=captchaRequired', 'code=400, example=incompleteParameters', 'code=401, example=userPoolMissing']) expect(text).toContain(example);
    await section.getByRole('link', { name: 'CREDENTIALS_INCORRECT' }).click();
    await page.waitForURL(`${root}sdk/interfaces/ErrorCodeNames.html#credentials_incorrect`);
    expect(await renderedText(page)).toContain('2333: The account or password is incorrect.');
    await page.close();
  });

  it('shows each code of ErrorCodes with its name and meaning on its page', async () => {
    const page = await open('sdk/variables/ErrorCodes.html');
    const rows = await page.locator('table tr').allInnerTexts();
    expect(rows).toContain('2333\tCREDENTIALS_INCORRECT\tThe account or password is incorrect.');
    expect(rows).toHaveLength(1 + loadSpec().components.schemas.ErrorCode.oneOf.length);
    await page.close();
  });

  it('lists the fields of LoginByEmailParams with their descriptions, the password as typed', async () => {
    const page = await open('sdk/interfaces/LoginByEmailParams.html');
    const text = await renderedText(page);
    for (const field of ['email', 'password', 'captchaCode', 'clientIp', 'autoRegister', 'customData', 'context']) expect(text).toContain(field);
    expect(text).toContain('The answer to the CAPTCHA the service asked for (error 2000)');
    expect(text).toContain("The user's password as typed; the SDK encrypts it");
    await page.close();
  });

  it('puts AuthenticationClient first in the navigation, and the raw typed API last', async () => {
    const page = await open('sdk/index.html');
    await page.waitForSelector('#tsd-nav-container > li > details > summary', { state: 'attached' });
    const categories = (await page.locator('#tsd-nav-container > li > details > summary').allTextContents()).map((name) => name.trim());
    expect(categories).toEqual(['Client', 'Errors', 'Models', 'Parameters', 'Token storage', 'Raw typed API']);
    const client = (await page.locator('#tsd-nav-container > li:first-child a').allTextContents()).map((name) => name.trim());
    expect(client[0]).toBe('AuthenticationClient');
    await page.close();
  });

  it("links each method to its HTTP operation, and each operation back to its methods", async () => {
    const page = await open('sdk/classes/AuthenticationClient.html');
    await page.getByRole('link', { name: 'POST /api/v2/login/account' }).first().click();
    await page.waitForURL(`${root}api/index.html#operation/loginByAccount`);
    await page.waitForSelector('text=Log in by account and password', { timeout: 30_000 });
    await page.getByRole('link', { name: 'authing.loginByEmail()' }).first().click();
    await page.waitForURL(`${root}sdk/classes/AuthenticationClient.html#loginbyemail`);
    const httpLinks = await page.locator('p.http-operation a').count();
    expect(httpLinks).toBe(24);
    await page.close();
  }, 60_000);

  it('lists the local mock and emulator among the servers, and names the examples the mock answers', async () => {
    const page = await open('api/index.html');
    await page.waitForSelector('text=Servers', { timeout: 30_000 });
    const overview = await renderedText(page);
    expect(overview).toContain('http://127.0.0.1:4010');
    expect(overview).toContain('http://127.0.0.1:4020');
    await page.goto(`${root}api/index.html#operation/loginByAccount`);
    await page.getByText('success · ', { exact: false }).first().click();
    const menu = await renderedText(page);
    for (const name of ['captchaRequired', 'credentialsIncorrect', 'userNotFound']) expect(menu).toContain(`${name} · `);
    await page.getByText('captchaRequired · ', { exact: false }).first().click();
    expect(await renderedText(page)).toContain('Prefer: example=captchaRequired');
    await page.close();
  }, 60_000);

  it('shows every operation in the HTTP reference', async () => {
    const page = await open('api/index.html');
    await page.waitForSelector('text=User-defined data', { timeout: 30_000 });
    // The menu lists each tag's operations by summary once the tag is opened; collect them tag by tag.
    let seen = '';
    for (const tag of loadSpec().tags) {
      await page.getByText(tag.name, { exact: true }).first().click();
      await page.waitForTimeout(200);
      seen += await renderedText(page);
    }
    for (const { operation } of specOperations()) expect(seen, operation.operationId).toContain((operation as unknown as { summary: string }).summary);
    await page.close();
  }, 90_000);

  it('lists the fields of User and the codes of ErrorCodes in the SDK reference', async () => {
    const page = await open('sdk/interfaces/User.html');
    const user = await renderedText(page);
    for (const field of ['email', 'phone', 'token', 'emailVerified', 'customData', 'identities']) expect(user).toContain(field);
    await page.goto(`${root}sdk/interfaces/ErrorCodeNames.html`);
    expect(await renderedText(page)).toMatch(/2000: A CAPTCHA is required[\s\S]*2333: The account or password is incorrect/);
    await page.close();
  });

  it('requested nothing off this machine on any page', () => {
    expect(offMachine).toEqual([]);
  });
});
