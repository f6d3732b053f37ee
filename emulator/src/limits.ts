/** The bounds on what one request may make the emulator do, checked before the work they bound. */

/** How deep a JSON value a client sends may nest: far beyond any real request, far below what would overflow the stack. */
export const MAX_DEPTH = 32;

/** Whether `value` nests objects and arrays deeper than `limit` (checked without recursion). */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!node || typeof node !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

/** The largest request body the emulator reads, on every path (HTTP, in process, behind MSW): 1 MiB. */
export const MAX_BODY_BYTES = 1 << 20;

/** The largest state `POST /__emulator/import` reads: room for hundreds of thousands of users (20,000 take about 15 MB). */
export const MAX_IMPORT_BYTES = 256 << 20;

/** The body bound of a request to `path`. */
export const bodyLimitFor = (path: string) => (path === '/__emulator/import' ? MAX_IMPORT_BYTES : MAX_BODY_BYTES);

/**
 * The body of `request` as text (UTF-8), or undefined when it is longer than `limit` bytes: a declared
 * length over the limit is refused before anything is read, and reading stops at the first byte past it.
 */
export async function readBodyWithin(request: Request, limit: number): Promise<string | undefined> {
  if (Number(request.headers.get('content-length')) > limit) return undefined;
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
