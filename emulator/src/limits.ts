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
