/** An `AuthenticationClient` over a fake `fetch`, for unit tests: what it sent, and the auth events it emitted. */
import type { AuthenticationClientOptions, AuthEvent } from '../../src/index.ts';
import { testClient } from './clients.ts';
import { exampleRouter, fakeFetch, type Handler } from './fake-fetch.ts';

/**
 * A client answered by `answer`: a handler, or overrides of the spec's examples by `METHOD /path` (none:
 * every operation answers its success example). Passwords go out as typed unless `options` say otherwise.
 */
export function fakeClient(answer: Handler | Record<string, Handler> = {}, options: Partial<AuthenticationClientOptions> = {}) {
  const wire = fakeFetch(typeof answer === 'function' ? answer : exampleRouter(answer));
  const client = testClient(wire.fetch, { encryptPassword: 'none', maxRetries: 2, ...options });
  const events: Array<[AuthEvent, string | null]> = [];
  client.onAuthStateChange((event, state) => void events.push([event, state.token]));
  return { client, wire, events };
}
