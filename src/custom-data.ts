/**
 * A body's custom data and context in the forms Authing's own clients send them: `customData` becomes a list
 * of `{ key, value }`, sent as the real array on logins and as `params`, its JSON string, on registrations;
 * a `context` object becomes a JSON string. A chunk of its own, loaded on the first call that carries either;
 * it imports nothing of the main entry at run time (the caller gives it its input error).
 */
import type { CustomDataForm } from '../generated/routes.js';

type Body = Record<string, unknown>;

/** Throws the typed error of a parameter that cannot be sent. */
type InputFailure = (field: string, message: string) => never;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `value` as JSON text, or the caller's input error naming `field` when JSON cannot hold it (a cycle, a BigInt, nesting too deep). */
function jsonText(field: string, value: unknown, fail: InputFailure): string {
  try {
    return JSON.stringify(value);
  } catch (error) {
    return fail(field, `${field} cannot be encoded as JSON: ${(error as Error).message}`);
  }
}

/** `body` with its custom data and context as the wire wants them, for a route that carries custom data in `form`. */
export function wireForm({ customData, context, ...rest }: Body, form: CustomDataForm | undefined, fail: InputFailure): Body {
  if (isRecord(customData)) {
    const list = Object.entries(customData).map(([key, value]) => ({ key, value }));
    if (form === 'array') rest.customData = list;
    else rest.params = jsonText('customData', list, fail);
  } else if (customData !== undefined) rest.customData = customData;
  if (context !== undefined) rest.context = isRecord(context) ? jsonText('context', context, fail) : context;
  return rest;
}
