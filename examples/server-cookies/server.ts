/**
 * A server's sessions in an httpOnly cookie, with plain `node:http`: one client per request, whose token
 * store is the request's cookie. The client refreshes a token due for it before using it, and the store
 * writes the new token on the response; an expired or refused token clears the cookie.
 *
 *   AUTHING_USER_POOL_ID=POOL AUTHING_HOST=http://127.0.0.1:3000 PORT=8080 npx tsx examples/server-cookies/server.ts
 *
 * (with the emulator on port 3000: `npx authing-rest-emulator --token-ttl 60` makes tokens live a minute).
 * Routes: POST /login { email, password }, GET /me, POST /logout.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { AuthenticationClient, isAuthingApiError, isAuthingInputError, isAuthingSessionError, type TokenStore } from 'authing-rest-sdk';

const COOKIE = 'authing_token';
/** A login body is a few dozen bytes: anything past this is refused unread. */
const BODY_LIMIT_BYTES = 16 * 1024;

/** The request's token cookie as a client's store: what the client stores goes out on the response. */
export function cookieStore(request: IncomingMessage, response: ServerResponse): TokenStore {
  let token = cookieOf(request, COOKIE);
  return {
    get: () => token,
    set: (value) => {
      token = value;
      response.setHeader('set-cookie', tokenCookie(value, secondsLeft(value)));
    },
    remove: () => {
      token = undefined;
      response.setHeader('set-cookie', tokenCookie('', 0));
    },
  };
}

/** The app: a client per request, on the request's cookie. */
export function createApp({ userPoolId, host }: { userPoolId: string; host?: string }): Server {
  return createServer(async (request, response) => {
    const authing = new AuthenticationClient({ userPoolId, host, storage: cookieStore(request, response) });
    try {
      if (request.method === 'POST' && request.url === '/login') {
        const { email, password } = await jsonBody(request);
        const user = await authing.loginByEmail({ email, password, clientIp: request.socket.remoteAddress });
        return reply(response, 200, { id: user.id, email: user.email });
      }
      if (request.method === 'GET' && request.url === '/me') {
        const user = await authing.getCurrentUser();
        return reply(response, 200, { id: user.id, email: user.email });
      }
      if (request.method === 'POST' && request.url === '/logout') {
        await authing.logout();
        return reply(response, 204);
      }
      reply(response, 404, { error: 'not found' });
    } catch (error) {
      replyWithError(response, error);
    }
  });
}

/** What each failure means to the browser: sign in (again), a bad request, or Authing unreachable. */
function replyWithError(response: ServerResponse, error: unknown): void {
  // No session, or the one there was has ended (its cookie is cleared by then).
  if (isAuthingSessionError(error)) return reply(response, 401, { error: 'sign in first' });
  // Wrong password, unknown user, expired token, ...: the service's code and message.
  if (isAuthingApiError(error)) return reply(response, 401, { error: error.message, code: error.code });
  // A body that is not JSON, or lacks a field the call needs (the SDK's message names it).
  if (error instanceof SyntaxError) return reply(response, 400, { error: 'send JSON { email, password }' });
  if (isAuthingInputError(error)) return reply(response, 400, { error: error.message });
  reply(response, 502, { error: 'the sign-in service is unavailable, try again' });
}

function reply(response: ServerResponse, status: number, body?: object): void {
  if (body) response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  else response.writeHead(status).end();
}

/** The request's JSON body; the SDK checks its fields (a missing or empty one is an AuthingInputError). */
async function jsonBody(request: IncomingMessage): Promise<{ email: string; password: string }> {
  let text = '';
  for await (const chunk of request) {
    text += chunk;
    if (text.length > BODY_LIMIT_BYTES) throw new SyntaxError('body too large');
  }
  return JSON.parse(text);
}

function cookieOf(request: IncomingMessage, name: string): string | undefined {
  const pair = request.headers.cookie?.split(/;\s*/).find((entry) => entry.startsWith(`${name}=`));
  return pair && decodeURIComponent(pair.slice(name.length + 1));
}

/** The token's cookie: not readable by the page's scripts, sent back only to this site, kept as long as the token lives. */
const tokenCookie = (token: string, maxAgeSeconds: number) =>
  `${COOKIE}=${encodeURIComponent(token)}; HttpOnly; Secure; SameSite=Lax; Path=/; Max-Age=${maxAgeSeconds}`;

/** Seconds until the token's `exp` claim; a day for a token without one (the service says when it ends). */
function secondsLeft(token: string): number {
  try {
    const { exp } = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { exp?: unknown };
    if (typeof exp === 'number') return Math.max(0, Math.floor(exp - Date.now() / 1000));
  } catch {
    // Not a JWT.
  }
  return 24 * 3600;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT ?? 8080);
  createApp({ userPoolId: process.env.AUTHING_USER_POOL_ID ?? 'YOUR_USER_POOL_ID', host: process.env.AUTHING_HOST || undefined }).listen(port, () =>
    console.log(`listening on http://localhost:${port}: POST /login, GET /me, POST /logout`),
  );
}
