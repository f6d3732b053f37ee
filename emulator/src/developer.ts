/**
 * Developer endpoints, outside the spec, under /__emulator/ (for pages and programs on this machine
 * only: see cors.ts and server.ts):
 *   GET  /__emulator/outbox[?recipient=]  SMS and email codes (and CAPTCHA answers) sent, newest first
 *   POST /__emulator/reset                forget all users, codes, messages and failures; real time again
 *   POST /__emulator/seed                 { users: [{ email?, username?, phone?, password?, ...profile }],
 *                                           fields: [{ key, dataType, label? }] }; a user that exists
 *                                           identically is left alone
 *   GET  /__emulator/clock                { now, offsetMs }
 *   POST /__emulator/clock                { advanceMs } moves the clock (codes and tokens expire); back
 *                                           too, never before real time nor more than 100 years ahead
 * POSTs take `content-type: application/json` only, so that a page cannot send one without a CORS
 * preflight.
 */
import { SeedError, type DeveloperTools, type Seed } from './developer-tools.js';
import type { ApiRequest } from './operation-answers.js';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The JSON object a developer endpoint was sent, or undefined. */
function objectOf(text: string): Record<string, any> | undefined {
  try {
    const value = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The developer endpoints over HTTP, each a developer tool. */
export function developerRoutes(tools: DeveloperTools) {
  return async (request: ApiRequest, url: URL): Promise<Response> => {
    const route = `${request.method} ${url.pathname}`;
    let body: Record<string, any> | undefined;
    if (request.method === 'POST') {
      if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) return json({ error: 'send content-type: application/json' }, 415);
      body = objectOf(request.bodyText);
      if (!body) return json({ error: 'send a JSON object' }, 400);
    }
    switch (route) {
      case 'GET /__emulator/outbox':
        return json({ messages: tools.outbox({ recipient: url.searchParams.get('recipient') ?? undefined }) });
      case 'POST /__emulator/reset':
        tools.reset();
        return json({ reset: true });
      case 'POST /__emulator/seed':
        try {
          return json({ users: await tools.seed(body as Seed) });
        } catch (error) {
          if (error instanceof SeedError) return json({ error: error.message }, 400);
          throw error;
        }
      case 'GET /__emulator/clock':
        return json(tools.clock());
      case 'POST /__emulator/clock':
        try {
          return json(tools.advanceClock(body!.advanceMs));
        } catch (error) {
          if (!(error instanceof RangeError)) throw error;
          return json({ error: 'send { advanceMs }: a number of milliseconds that keeps the clock between real time and 100 years ahead' }, 400);
        }
      default:
        return json({ error: `no developer endpoint ${route}` }, 404);
    }
  };
}
