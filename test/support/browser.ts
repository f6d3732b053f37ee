/** Headless Chromium for the browser tests: Debian's, launched for this closed network, and what a page did. */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, normalize } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Whether the browser tests can run here; under CI=true they must (and fail without Chromium). */
export const browserAvailable = existsSync(CHROMIUM) || process.env.CI === 'true';

/** Why the browser tests were skipped, or undefined when they ran (test/setup/report-skips.ts prints it last). */
export const browserSkipReason = (): string | undefined =>
  browserAvailable
    ? undefined
    : `The browser tests (test/browser/: the SDK in a page and a Web Worker, the reference site) were SKIPPED: no Chromium at ${CHROMIUM}. ` +
      "Install Debian's (apt-get install chromium) or set CHROMIUM_PATH. Under CI=true they run, and fail without it.";

/**
 * The head of a test page that loads the built SDK (/dist/index.js) as a browser would without a bundler:
 * an import map for the SDK's dependencies, served from /node_modules/.
 */
export const SDK_PAGE_HEAD = `<!doctype html>
<meta charset="utf-8">
<script type="importmap">
{ "imports": {
  "openapi-fetch": "/node_modules/openapi-fetch/dist/index.mjs",
  "micro-rsa-dsa-dh/": "/node_modules/micro-rsa-dsa-dh/",
  "@noble/hashes/": "/node_modules/@noble/hashes/"
} }
</script>`;

/** Starts Chromium headless, with nothing that would call other machines on its own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    timeout: 60_000,
  });
}

/** Content types of the files the tests serve. */
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.svg': 'image/svg+xml' };

/** What a served path is: a file, a page given as HTML, or nothing (404). */
export type Served = { file: string } | { html: string } | undefined;

/** A static HTTP server on 127.0.0.1 and a free port; `route` gets each request's normalised, decoded path. */
export async function serveFiles(route: (path: string) => Served): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const served = route(normalize(decodeURIComponent(new URL(request.url!, 'http://x').pathname)));
    if (served && 'html' in served) return void response.writeHead(200, { 'content-type': 'text/html' }).end(served.html);
    if (!served || !existsSync(served.file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(served.file)] ?? 'application/octet-stream' }).end(readFileSync(served.file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` };
}

/** Collects every request `page` makes to another machine (data: and blob: URLs stay on it). */
export function watchOffMachineRequests(page: Page): string[] {
  const offMachine: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1') offMachine.push(request.url());
  });
  return offMachine;
}

/** The page's rendered text: the pages also embed data in scripts, which proves nothing. */
export const renderedText = (page: Page) =>
  page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('script, style').forEach((node) => node.remove());
    return copy.textContent ?? '';
  });
