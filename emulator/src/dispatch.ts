/**
 * Every request the emulator takes, on every path (HTTP, in process, behind MSW): its body read within
 * the body bound, then sent to the developer endpoints (/__emulator/, this machine's pages only) or to
 * the API, with CORS headers; a failure of the emulator itself is an answer that says so, never a throw.
 */
import { corsFor, isLoopbackOrigin } from './cors.js';
import { bodyLimitFor, readBodyWithin } from './limits.js';
import { errorEnvelope, type ApiRequest } from './operation-answers.js';
import { StaleRequestError } from './state.js';
import { StorageError } from './store.js';

/** Whether `origin` is the request's own (a page the emulator served, at the address it listens on). */
function isSameOrigin(origin: string | null, url: URL): boolean {
  try {
    return origin !== null && new URL(origin).origin === url.origin;
  } catch {
    return false;
  }
}

/** Where a request goes once its body is read. */
export interface Destinations {
  api: (request: ApiRequest) => Promise<Response>;
  developer: (request: ApiRequest, url: URL) => Promise<Response>;
}

/** The emulator's handler of every request, over its two destinations. */
export function dispatcher({ api, developer }: Destinations): (request: Request) => Promise<Response> {
  async function answer(request: Request, url: URL, developerPath: boolean): Promise<Response> {
    if (request.method === 'OPTIONS') return new Response(null, { status: 204 });
    const limit = bodyLimitFor(url.pathname);
    const bodyText = await readBodyWithin(request, limit);
    if (bodyText === undefined) return errorEnvelope(413, `The body exceeds ${limit} bytes`);
    const read: ApiRequest = { method: request.method, path: url.pathname, headers: request.headers, bodyText };
    return developerPath ? developer(read, url) : api(read);
  }

  return async (request) => {
    const url = new URL(request.url);
    // The developer page lives at /__emulator/, whose links are relative to it.
    if (url.pathname === '/__emulator') return new Response(null, { status: 308, headers: { location: '/__emulator/' } });
    const developerPath = url.pathname.startsWith('/__emulator/');
    // Developer endpoints answer pages of this machine only (and the developer page, from the address the
    // emulator serves it at): a page elsewhere must not read the outbox.
    const origin = request.headers.get('origin');
    if (developerPath && !isLoopbackOrigin(origin) && !isSameOrigin(origin, url)) return errorEnvelope(403, 'Developer endpoints answer pages on this machine only');
    let response: Response;
    try {
      response = await answer(request, url, developerPath);
    } catch (error) {
      if (error instanceof StaleRequestError) response = errorEnvelope(503, error.message);
      else if (error instanceof StorageError) response = errorEnvelope(500, `The emulator ${error.message}; nothing was changed`);
      else response = errorEnvelope(500, `Emulator bug: ${(error as Error)?.message ?? error}`);
    }
    return corsFor(response, request, developerPath);
  };
}
