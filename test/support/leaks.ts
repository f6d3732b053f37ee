/** Everything an error shows of itself, where a secret must never appear. */
import { inspect } from 'node:util';

export function renderings(error: unknown): string {
  const parts: string[] = [String(error), String((error as Error)?.stack ?? ''), inspect(error, { depth: 10, showHidden: true })];
  try {
    parts.push(JSON.stringify(error) ?? '');
  } catch {
    parts.push('<unserialisable>');
  }
  for (let cause = (error as Error)?.cause, depth = 0; cause !== undefined && depth < 10; depth++) {
    parts.push(String(cause), String((cause as Error)?.stack ?? ''), inspect(cause, { depth: 10 }));
    cause = (cause as Error)?.cause;
  }
  return parts.join('\n');
}
