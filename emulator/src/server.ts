/** Serves an emulator over HTTP with node:http: each request becomes a web-standard Request. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Emulator } from './app.js';
import { isLoopbackName } from './cors.js';
import { bodyLimitFor } from './limits.js';

/** A request the server answers itself, before the emulator sees it. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The request target as a URL: origin-form (`/path`, normalised: `/api/../x` is `/x`) on this server, or
 * absolute-form (`http://host/path`, as proxies send) naming this machine. Anything else is the client's
 * mistake, answered 400: a target that is no URL, one with credentials, or one naming another host.
 */
function targetOf(raw: string | undefined, origin: string, listeningOn: string): URL {
  const target = raw ?? '/';
  let url: URL;
  try {
    url = new URL(target, origin);
  } catch {
    throw new Refusal(400, `The request target ${JSON.stringify(target.slice(0, 100))} is not a valid URL`);
  }
  if (url.username || url.password) throw new Refusal(400, 'The request target must not carry a user name or password');
  if (!target.startsWith('/') && target !== '*' && !(/^https?:$/.test(url.protocol) && hostAllowed(url.host, listeningOn))) {
    throw new Refusal(400, `An absolute request target must name this machine, not ${url.host || target.slice(0, 100)}`);
  }
  return url;
}

async function toRequest(message: IncomingMessage, url: URL): Promise<Request> {
  // fetch's Request cannot carry these methods: refuse them as the emulator refuses any other it lacks.
  if (message.method === 'TRACE' || message.method === 'CONNECT' || message.method === 'TRACK') throw new Refusal(405, `${message.method} is not allowed`);
  const chunks: Buffer[] = [];
  const limit = bodyLimitFor(url.pathname);
  let size = 0;
  for await (const chunk of message) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Refusal(413, `The body exceeds ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) if (typeof value === 'string') headers.set(name, value);
  const hasBody = message.method !== 'GET' && message.method !== 'HEAD';
  return new Request(url, { method: message.method, headers, body: hasBody ? Buffer.concat(chunks) : undefined });
}

/**
 * Whether the developer endpoints may answer a request with this `Host`: a loopback name, or the
 * address the emulator listens on. Anything else may be a DNS-rebinding page reaching a local port.
 */
function hostAllowed(hostHeader: string | undefined, listeningOn: string): boolean {
  if (!hostHeader) return false;
  const hostname = hostHeader.replace(/:\d+$/, '');
  return isLoopbackName(hostname) || hostname === listeningOn || hostname === `[${listeningOn}]`;
}

function send(reply: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  reply.writeHead(status, { 'content-type': 'application/json', ...headers });
  reply.end(JSON.stringify(body));
}

/** Serves `emulator` over HTTP on `host`:`port` (0: a free port); resolves once it listens. */
export function serve(emulator: Emulator, host: string, port: number): Promise<Server> {
  const server = createServer(async (message, reply) => {
    try {
      const { port: listening } = server.address() as { port: number };
      const url = targetOf(message.url, `http://${host.includes(':') ? `[${host}]` : host}:${listening}`, host);
      // Decided on the normalised path, as the emulator routes it; the Host header counts even when the
      // target names this machine (a rebinding page's request through a proxy).
      if (url.pathname.startsWith('/__emulator/') && !hostAllowed(message.headers.host, host)) {
        return send(reply, 403, { code: 403, message: `Developer endpoints answer requests to this machine only, not to Host ${message.headers.host}`, data: null });
      }
      const response = await emulator.fetch(await toRequest(message, url));
      reply.writeHead(response.status, Object.fromEntries(response.headers));
      reply.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      // Drain what the client still sends, so that it reads the answer instead of a reset connection.
      message.resume();
      if (error instanceof Refusal) return send(reply, error.status, { code: error.status, message: error.message, data: null }, { connection: 'close' });
      send(reply, 500, { code: 500, message: `Emulator bug: ${(error as Error).message}`, data: null });
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
