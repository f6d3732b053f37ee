/**
 * Every request the emulator takes, on every path (HTTP, in process, behind MSW): its body read within
 * the body bound, then sent to the developer endpoints (/__emulator/, this machine's pages only) or to
 * the API, with CORS headers; a failure of the emulator itself is an answer that says so, never a throw.
 */
import { corsFor, isLoopbackOrigin } from './cors.js';
import { MAX_BODY_BYTES, readBodyWithin } from './limits.js';
import { errorEnvelope, type ApiRequest } from './operation-answers.js';
import { StaleRequestError } from './state.js';
import { StorageError } from './store.js';

/** Where a request goes once its body is read. */
export interface Destinations {
  api: (request: ApiRequest) => Promise<Response>;
  developer: (request: ApiRequest, url: URL) => Promise<Response>;
}

/** The emulator's handler of every request, over its two destinations. */
export function dispatcher({ api, developer }: Destinations): (request: Request) => Promise<Response> {
  async function answer(request: Request, url: URL, developerPath: boolean): Promise<Response> {
    if (request.method === 'OPTIONS') return new Response(null, { status: 204 });
    const bodyText = await readBodyWithin(request, MAX_BODY_BYTES);
    if (bodyText === undefined) return errorEnvelope(413, `The body exceeds ${MAX_BODY_BYTES} bytes`);
    const read: ApiRequest = { method: request.method, path: url.pathname, headers: request.headers, bodyText };
    return developerPath ? developer(read, url) : api(read);
  }

  return async (request) => {
    const url = new URL(request.url);
    const developerPath = url.pathname.startsWith('/__emulator/');
    // Developer endpoints answer pages of this machine only: a page elsewhere must not read the outbox.
    if (developerPath && !isLoopbackOrigin(request.headers.get('origin'))) return errorEnvelope(403, 'Developer endpoints answer pages on this machine only');
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
