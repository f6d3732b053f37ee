/**
 * A middleware on `authing.api`, the typed openapi-fetch client that every method sends through: it
 * sees the methods' requests and raw typed calls alike, adds a request id and logs status and duration.
 */
import { authing } from './client.ts';

const log: string[] = [];
const started = new Map<string, number>();
authing.api.use({
  onRequest({ id, request }) {
    started.set(id, performance.now());
    request.headers.set('x-request-id', id);
  },
  onResponse({ id, request, response }) {
    const ms = performance.now() - started.get(id)!;
    log.push(`${request.method} ${new URL(request.url).pathname} → ${response.status} in ${ms.toFixed(0)} ms`);
  },
});

await authing.getCurrentUser();
// A raw call: the answer is the envelope, narrowed by its code.
const { data } = await authing.api.GET('/api/v2/users/me');
if (data?.code === 200) log.push(`raw call read ${data.data.email}`);
console.log(log.join('; '));
