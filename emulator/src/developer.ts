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
 *   GET  /__emulator/                     the developer page (developer-page.ts), over these endpoints
 *   GET  /__emulator/users[?query=&limit=&offset=]  { users, total }: by email, username or phone, newest first
 *   GET  /__emulator/users/{id}           { user, hasPassword, customData, signedOutAt }
 *   POST /__emulator/users/{id}           { ...fields } changes them (a password is hashed); the user as above
 *   POST /__emulator/users/{id}/delete    deletes the user and their data
 *   POST /__emulator/users/{id}/sign-out  refuses every token issued to the user so far
 *   GET  /__emulator/requests[?limit=]    { requests }: the last requests of the API, newest first
 *   GET  /__emulator/export               the whole state, as a file to import later
 *   POST /__emulator/import               a state /export wrote: replaces everything, or changes nothing
 * POSTs take `content-type: application/json` only, so that a page cannot send one without a CORS
 * preflight.
 */
import { SeedError, UserEditError, type DeveloperTools, type Seed } from './developer-tools.js';
import { DEVELOPER_PAGE } from './developer-page.js';
import type { ApiRequest } from './operation-answers.js';
import { ImportError } from './snapshot.js';

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A number from the query, within `min`..`max`, or `fallback` when absent or out of range. */
function bounded(value: string | null, fallback: number, min: number, max: number): number {
  const number = Number(value);
  return value !== null && Number.isInteger(number) && number >= min && number <= max ? number : fallback;
}

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
    const user = /^\/__emulator\/users\/([^/]+)(\/delete|\/sign-out)?$/.exec(url.pathname);
    if (user) return userRoute(tools, request.method, decodeURIComponent(user[1]!), user[2], body);
    switch (route) {
      case 'GET /__emulator/':
        return new Response(DEVELOPER_PAGE, { headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:" } });
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
      case 'GET /__emulator/users':
        return json(tools.users({ query: url.searchParams.get('query') ?? '', limit: bounded(url.searchParams.get('limit'), 50, 1, 1000), offset: bounded(url.searchParams.get('offset'), 0, 0, 1e9) }));
      case 'GET /__emulator/requests':
        return json({ requests: tools.requests(bounded(url.searchParams.get('limit'), 200, 1, 200)) });
      case 'GET /__emulator/export':
        return new Response(JSON.stringify(tools.export()), {
          headers: { 'content-type': 'application/json', 'content-disposition': `attachment; filename="emulator-state-${new Date().toISOString().slice(0, 19).replace(/:/g, '-')}.json"` },
        });
      case 'POST /__emulator/import':
        try {
          tools.import(body);
          return json({ imported: true, users: tools.users({ limit: 1 }).total });
        } catch (error) {
          if (error instanceof ImportError) return json({ error: error.message }, 400);
          throw error;
        }
      default:
        return json({ error: `no developer endpoint ${route}` }, 404);
    }
  };
}

/** The endpoints of one user: read, change, delete, sign out everywhere. */
async function userRoute(tools: DeveloperTools, method: string, id: string, action: string | undefined, body: Record<string, any> | undefined): Promise<Response> {
  const missing = () => json({ error: `no user ${id}` }, 404);
  if (method === 'GET' && !action) return tools.user(id) ? json(tools.user(id)) : missing();
  if (method !== 'POST') return json({ error: `no developer endpoint ${method} for a user` }, 404);
  if (action === '/delete') return tools.deleteUser(id) ? json({ deleted: true }) : missing();
  if (action === '/sign-out') return tools.signOutEverywhere(id) ? json({ signedOut: true }) : missing();
  if (!tools.user(id)) return missing();
  try {
    return json(await tools.editUser(id, body!));
  } catch (error) {
    if (error instanceof UserEditError) return json({ error: error.message }, 400);
    throw error;
  }
}
