/**
 * The codec of user-defined data, in a chunk of its own: loaded on the first user-defined-data call,
 * since most apps never make one. It builds no error object (the errors' classes live in the main
 * chunk, so that `instanceof` holds); it reports what is wrong through `fail`.
 */
import type { UserDefinedData } from './models.js';
import type { DecodedUdv, UdvInputValue } from './udv.js';

/** Reports why a value cannot be decoded or encoded; never returns. */
export type Fail = (reason: string) => never;

function decodeValue({ value, dataType }: UserDefinedData): unknown {
  if (value === null || value === undefined) return null;
  switch (dataType) {
    case 'NUMBER':
    case 'BOOLEAN':
    case 'OBJECT': {
      const decoded = JSON.parse(value);
      if (dataType !== 'OBJECT' && typeof decoded !== dataType.toLowerCase()) throw new TypeError();
      return decoded;
    }
    case 'DATETIME': {
      const date = new Date(Number(JSON.parse(value)));
      if (Number.isNaN(date.getTime())) throw new TypeError();
      return date;
    }
    default:
      return value;
  }
}

/** Decodes every value of a user-defined data list from the service. */
export function decodeUdvList(list: UserDefinedData[], fail: Fail): DecodedUdv[] {
  return list.map((item) => {
    try {
      if (typeof item?.key !== 'string') throw new TypeError();
      return { key: item.key, dataType: item.dataType, value: decodeValue(item), label: item.label ?? null } as DecodedUdv;
    } catch {
      return fail(`user-defined data holds an invalid item (key ${JSON.stringify(item?.key)}, type ${JSON.stringify(item?.dataType)})`);
    }
  });
}

/** Encodes a value for `setUdv`: JSON, with Dates as millisecond timestamps. */
export function encodeUdvValue(value: UdvInputValue, fail: Fail): string {
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? fail('value is an invalid Date') : String(time);
  }
  let encoded: string | undefined;
  try {
    encoded = JSON.stringify(value);
  } catch {
    // BigInts and cycles.
  }
  return encoded ?? fail('value cannot be encoded as JSON');
}

/** The user id in a JWT's payload (`sub`, else `data.id`), read without verifying it; undefined when `token` is not a readable JWT. */
export function userIdFromToken(token: string): string | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const bytes = Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0));
    const claims = JSON.parse(new TextDecoder().decode(bytes)) as { sub?: unknown; data?: { id?: unknown } };
    const id = typeof claims.sub === 'string' && claims.sub ? claims.sub : claims.data?.id;
    return typeof id === 'string' && id ? id : undefined;
  } catch {
    return undefined;
  }
}
