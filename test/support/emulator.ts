/** An in-process emulator for tests, with SDK clients on it and its developer endpoints. */
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createEmulator, serve, type Emulator, type EmulatorOptions } from 'authing-rest-emulator';
import { isAuthingApiError } from '../../src/index.ts';
import { EMULATOR_URL } from './clients.ts';
import { encrypt, parsePublicKey } from '../../src/rsa.ts';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundledSpecPath, repoRoot } from './spec.ts';

export { EMULATOR_URL } from './clients.ts';

/** Which build of the emulator a test runs: Node's, or the browser build (on Node's web APIs: sql.js, Web Crypto). */
export type EmulatorPlatform = 'node' | 'web';
export const EMULATOR_PLATFORMS: EmulatorPlatform[] = ['node', 'web'];

/** An in-process emulator in memory, of Node's build or of the browser build (built by the global setup). */
export async function startEmulatorOn(platform: EmulatorPlatform, options: { userPoolId?: string } = {}): Promise<Emulator> {
  if (platform === 'node') return startEmulator(undefined, options);
  const browserBuild = pathToFileURL(join(repoRoot, 'emulator', 'dist', 'browser.js')).href;
  const { createEmulator: createInBrowser } = (await import(browserBuild)) as typeof import('../../emulator/src/browser.ts');
  return createInBrowser(options);
}

/** An in-process emulator, at its default (fast) scrypt cost. */
export async function startEmulator(databaseFile?: string, options: EmulatorOptions = {}): Promise<Emulator> {
  return createEmulator({ specPath: bundledSpecPath, databaseFile, ...options });
}

/** The newest code sent to `recipient` (for `scene`, when given), from the emulator's outbox. */
export function latestCode(emulator: Emulator, recipient: string, scene?: string): string {
  const message = emulator.outbox({ recipient }).find((entry) => !scene || entry.scene === scene);
  if (!message) throw new Error(`no code for ${recipient} ${scene ?? ''}`);
  return message.code;
}

/** `plain` encrypted with the emulator's public key, as a client sends a password (RSA PKCS#1 v1.5, base64). */
export async function encryptedPassword(emulator: Emulator, plain: string): Promise<string> {
  const answer = await emulator.fetch(`${EMULATOR_URL}/api/v2/.well-known`, { headers: { 'x-authing-userpool-id': 'POOL' } });
  const { publicKey } = ((await answer.json()) as { data: { publicKey: string } }).data;
  return encrypt(parsePublicKey(publicKey), plain);
}

/** POSTs `body` as JSON to a developer endpoint (`reset`, `seed`, `clock`). */
export function postDeveloper(emulator: Emulator, endpoint: string, body: unknown = {}): Promise<Response> {
  return emulator.fetch(`${EMULATOR_URL}/__emulator/${endpoint}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

export async function advanceClock(emulator: Emulator, advanceMs: number): Promise<void> {
  await postDeveloper(emulator, 'clock', { advanceMs });
}

/** An answer read off the socket: its status, headers (lower-cased names) and body. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Sends `head` (the request line and headers, as written, then a blank line) and `body` over a plain TCP
 * socket, so that nothing normalises the request target or the Host header; the connection is closed
 * after the answer. Fails after 10 s.
 */
export function rawHttp(port: number, head: string, body = ''): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const timer = setTimeout(() => socket.destroy(new Error('no answer within 10 s')), 10_000);
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const [top = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = top.split('\r\n');
      const headers = Object.fromEntries(headerLines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
      let payload = rest.join('\r\n\r\n');
      if (/chunked/i.test(headers['transfer-encoding'] ?? '')) payload = dechunk(payload);
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: Buffer.from(payload, 'latin1').toString('utf8') });
    });
    const lengthHeader = body ? `Content-Length: ${Buffer.byteLength(body)}\r\n` : '';
    socket.end(`${head}\r\n${lengthHeader}Connection: close\r\n\r\n${body}`);
  });
}

/** The body of a chunked transfer: each chunk's size in hex, CRLF, its bytes, CRLF; a zero size ends it. */
function dechunk(text: string): string {
  let body = '';
  for (let at = 0; ; ) {
    const lineEnd = text.indexOf('\r\n', at);
    const size = Number.parseInt(text.slice(at, lineEnd), 16);
    if (!size) return body;
    body += text.slice(lineEnd + 2, lineEnd + 2 + size);
    at = lineEnd + 2 + size + 2;
  }
}

/** What a call came to: 200, the code of the AuthingApiError it threw, or the text of any other error. */
export const codeOf = (promise: Promise<unknown>): Promise<number | string> =>
  promise.then(
    () => 200,
    (error: unknown) => (isAuthingApiError(error) ? error.code : String(error)),
  );

/**
 * In-process emulators a test file starts and that are closed after each test: `start` takes
 * {@link startEmulator}'s arguments; call `closeAll` from `afterEach`.
 */
export function emulatorsOfTest() {
  const open: Emulator[] = [];
  return {
    start: async (...args: Parameters<typeof startEmulator>) => {
      const emulator = await startEmulator(...args);
      open.push(emulator);
      return emulator;
    },
    closeAll: () => {
      for (const emulator of open.splice(0)) emulator.close();
    },
  };
}

/** An in-process emulator served over HTTP on 127.0.0.1 and a free port, and the function that stops both. */
export async function servedEmulator(): Promise<{ emulator: Emulator; port: number; stop: () => void }> {
  const emulator = await startEmulator();
  const server = await serve(emulator, '127.0.0.1', 0);
  return {
    emulator,
    port: (server.address() as AddressInfo).port,
    stop: () => {
      server.close();
      emulator.close();
    },
  };
}
