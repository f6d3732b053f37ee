/** Serves an emulator over HTTP with node:http: each request becomes a web-standard Request. */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { Emulator } from './app.js';

const MAX_BODY_BYTES = 1 << 20;

async function toRequest(message: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of message) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(message.headers)) if (typeof value === 'string') headers.set(name, value);
  const hasBody = message.method !== 'GET' && message.method !== 'HEAD';
  return new Request(new URL(message.url ?? '/', origin), { method: message.method, headers, body: hasBody ? Buffer.concat(chunks) : undefined });
}

/** Serves `emulator` over HTTP on `host`:`port` (0: a free port); resolves once it listens. */
export function serve(emulator: Emulator, host: string, port: number): Promise<Server> {
  const origin = `http://${host}:${port}`;
  const server = createServer(async (message, reply) => {
    try {
      const response = await emulator.fetch(await toRequest(message, origin));
      reply.writeHead(response.status, Object.fromEntries(response.headers));
      reply.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      reply.writeHead(500, { 'content-type': 'application/json' });
      reply.end(JSON.stringify({ code: 500, message: `Emulator error: ${(error as Error).message}`, data: null }));
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
