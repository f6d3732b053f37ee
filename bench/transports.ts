/** The two transports the calls are timed over: a stubbed fetch (no I/O) and real loopback HTTP. */
import { createServer } from 'node:http';
import { USER_BODY } from './calls.ts';

/** A fetch that resolves a prepared Response without I/O (a Response body is single-use, so one per call). */
export const stubFetch: typeof fetch = async () => new Response(USER_BODY, { status: 200, headers: { 'content-type': 'application/json' } });

/** A minimal node:http server on 127.0.0.1 that answers every request with the prepared body. */
export async function startLoopbackServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(USER_BODY) });
      response.end(USER_BODY);
    });
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
