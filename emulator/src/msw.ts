/**
 * `authing-rest-emulator/msw`: the emulator behind Mock Service Worker, so that an app's unchanged
 * `new AuthenticationClient({ userPoolId })` talks to it in tests (`setupServer` in Node) and in a dev
 * page (`setupWorker`): no server process at all. MSW is a peer dependency (2.x; MSW 3 needs Node 22.12
 * or later in Node).
 */
import { http, type HttpHandler } from 'msw';
import type { Emulator } from './app.js';

/** Where the handlers answer. */
export interface EmulatorHandlersOptions {
  /** The origin the app's client calls: its `host` option. Default `https://core.authing.cn`, the SDK's default. */
  origin?: string;
}

/**
 * MSW request handlers answering every request to `origin`, the API and the developer endpoints under
 * /__emulator/, with `emulator`; requests to other origins pass by.
 *
 * @example
 * ```ts
 * const emulator = await createEmulator();
 * const server = setupServer(...emulatorHandlers(emulator));
 * server.listen();
 * ```
 */
export function emulatorHandlers(emulator: Emulator, { origin = 'https://core.authing.cn' }: EmulatorHandlersOptions = {}): HttpHandler[] {
  const base = new URL(origin).origin;
  return [http.all(`${base}/*`, ({ request }) => emulator.fetch(request))];
}
