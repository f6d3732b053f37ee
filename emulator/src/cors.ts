/**
 * Which pages may call the emulator from a browser. The API is open to every origin, as the mock is, so
 * that a frontend dev server on any port can use it. The developer endpoints (/__emulator/: the outbox,
 * reset, seed, clock) are not: a page elsewhere could otherwise read another user's reset code or wipe
 * the state, so they answer pages on this machine only.
 */

/** A page on this machine: `http(s)://localhost`, `127.x.x.x`, `[::1]` or `*.localhost`, any port; or no Origin (not a page). */
export function isLoopbackOrigin(origin: string | null): boolean {
  if (origin === null) return true;
  try {
    const { protocol, hostname } = new URL(origin);
    return /^https?:$/.test(protocol) && isLoopbackName(hostname);
  } catch {
    return false;
  }
}

/** `localhost`, `*.localhost`, `127.0.0.0/8` or `[::1]`. */
export const isLoopbackName = (hostname: string) =>
  hostname === 'localhost' || hostname.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(hostname) || hostname === '[::1]' || hostname === '::1';

/** `response` with the CORS headers its path gets; developer paths are only ever answered to loopback origins (checked before). */
export function corsFor(response: Response, request: Request, developerPath: boolean): Response {
  const headers = new Headers(response.headers);
  const origin = request.headers.get('origin');
  headers.set('access-control-allow-origin', developerPath ? (origin ?? 'null') : (origin ?? '*'));
  headers.set('access-control-allow-headers', request.headers.get('access-control-request-headers') ?? '*');
  headers.set('access-control-allow-methods', 'GET, POST, OPTIONS');
  headers.set('access-control-expose-headers', 'sl-violations');
  if (origin) headers.set('vary', 'origin');
  return new Response(response.body, { status: response.status, headers });
}
