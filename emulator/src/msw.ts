/**
 * `authing-rest-emulator/msw`: the emulator behind Mock Service Worker, so that an app's unchanged
 * `new AuthenticationClient({ userPoolId })` talks to it in tests (`setupServer` in Node) and in a dev
 * page (`setupWorker`): no server process at all. MSW is a peer dependency (2.x; MSW 3 needs Node 22.12
 * or later in Node).
 */
import { http, passthrough, type HttpHandler } from 'msw';
import type { Emulator } from './app.js';

/** Where the handlers answer. */
export interface EmulatorHandlersOptions {
  /**
   * The base URL the app's client calls: its `host` option, an origin (`https://core.authing.cn`, the
   * SDK's default) or an origin with a path (`https://example.com/authing`, for a client whose `host` has one).
   */
  origin?: string;
}

/** `origin` as its origin and its path without a trailing slash (`''` for none). @throws TypeError saying what the option takes. */
function baseOf(origin: string): { origin: string; prefix: string } {
  let base: URL;
  try {
    base = new URL(origin);
  } catch {
    base = new URL('invalid:');
  }
  if (!/^https?:$/.test(base.protocol) || base.search || base.hash || base.username || base.password) {
    throw new TypeError(`emulatorHandlers: origin takes the client's host, an http(s) URL such as https://core.authing.cn or https://example.com/authing, not ${JSON.stringify(origin)}`);
  }
  return { origin: base.origin, prefix: base.pathname.replace(/\/+$/, '') };
}

/**
 * MSW request handlers answering every request under `origin`, the API and the developer endpoints under
 * /__emulator/, with `emulator`; requests elsewhere pass by. Under an origin with a path, the emulator sees
 * each request with that path taken off.
 *
 * @example
 * ```ts
 * const emulator = await createEmulator();
 * const server = setupServer(...emulatorHandlers(emulator));
 * server.listen();
 * ```
 */
export function emulatorHandlers(emulator: Emulator, { origin = 'https://core.authing.cn' }: EmulatorHandlersOptions = {}): HttpHandler[] {
  const { origin: base, prefix } = baseOf(origin);
  return [
    http.all(`${base}${prefix}/*`, ({ request }) => {
      if (!prefix) return emulator.fetch(request);
      const url = new URL(request.url);
      // MSW's pattern also matches a path that merely starts with the prefix's text (`/authing-v2/...`).
      if (!url.pathname.startsWith(`${prefix}/`)) return passthrough();
      url.pathname = url.pathname.slice(prefix.length);
      // The body passes on as the stream it is, so that the emulator's body bound still applies while it is read.
      const init = { method: request.method, headers: request.headers, body: request.body, duplex: 'half' } as RequestInit;
      return emulator.fetch(new Request(url, init));
    }),
  ];
}
