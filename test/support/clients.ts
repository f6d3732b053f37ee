/**
 * The one way tests make an SDK client: over an emulator (its in-process fetch), a fetch double, or a
 * server's URL (the mock under contract test, an emulator served over HTTP). Pool `POOL`, no retries, so
 * that a failure shows at once; `options` override any of it.
 */
import type { Emulator } from 'authing-rest-emulator';
import { AuthenticationClient, type AuthenticationClientOptions } from '../../src/index.ts';

/** The host an in-process emulator is called at: any would do, nothing leaves the process. */
export const EMULATOR_URL = 'http://emulator.test';

/** What a test client talks to: an emulator, a fetch, or a URL. */
export type ClientTarget = Pick<Emulator, 'fetch'> | typeof fetch | string;

export function testClient(target: ClientTarget, options: Partial<AuthenticationClientOptions> = {}): AuthenticationClient {
  const transport = typeof target === 'string' ? { host: target } : typeof target === 'function' ? { fetch: target } : { host: EMULATOR_URL, fetch: target.fetch };
  return new AuthenticationClient({ userPoolId: 'POOL', maxRetries: 0, ...transport, ...options });
}
