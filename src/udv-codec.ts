/**
 * User-defined data's three calls and their codec, in a chunk of its own: loaded on the first
 * user-defined-data call, since most apps never make one. It builds no error object (the errors' classes
 * live in the main chunk, so that `instanceof` holds); it throws them through the `ChunkErrors` the main
 * entry gives it, and sends through the client's caller.
 */
import type { ChunkErrors } from './chunk-errors.js';
import { graphqlDocuments } from '../generated/graphql.js';
import type { UserDefinedData } from './models.js';
import type { DecodedUdv, UdvInputValue } from './udv-types.js';
import type { CallOptions, RemoveUdvParams, SetUdvParams } from './params.js';
import type { Session } from './session.js';

/** How the calls send one of their operations: the client's caller (caller.ts), as far as they use it. */
type SendUdv = <T>(
  name: 'listUdv' | 'setUdv' | 'removeUdv',
  params: object,
  options: CallOptions | undefined,
  extras: { toBody: (params: Record<string, unknown>) => Record<string, unknown> | Promise<Record<string, unknown>>; toEnvelope?: (body: Record<string, unknown>) => unknown },
) => Promise<T>;

/** What the calls need of the client: its caller, its session (whose user the data is about), the SDK's errors. */
export interface UdvClient {
  caller: { send: SendUdv };
  session: Pick<Session, 'token' | 'user'>;
  errors: ChunkErrors;
}

/** The client's `listUdv`: the signed-in user's data, decoded. */
export async function listUdv({ caller, session, errors }: UdvClient, options: CallOptions | undefined): Promise<DecodedUdv[]> {
  const toBody = async () => ({ ...targetOf(await session.token(), session.user, errors) });
  return decodeUdvList(await caller.send('listUdv', {}, options, { toBody }), errors);
}

/** The client's `setUdv`: sends one `{ definition, value }`, the value encoded; decodes the list it answers. */
export async function setUdv({ caller, errors }: UdvClient, params: SetUdvParams, options: CallOptions | undefined): Promise<DecodedUdv[]> {
  const toBody = ({ key, value }: Record<string, unknown>) => {
    errors.requireText('setUdv', 'key', key);
    return { udfs: [{ definition: key, value: encodeUdvValue(value as SetUdvParams['value'], errors) }] };
  };
  return decodeUdvList(await caller.send('setUdv', params, options, { toBody }), errors);
}

/** The client's `removeUdv`: the GraphQL mutation, its answer read as the envelope it stands for. */
export async function removeUdv({ caller, session, errors }: UdvClient, params: RemoveUdvParams, options: CallOptions | undefined): Promise<DecodedUdv[]> {
  const toBody = async ({ key }: Record<string, unknown>) => {
    errors.requireText('removeUdv', 'key', key);
    return removeRequest(targetOf(await session.token(), session.user, errors), key as string);
  };
  return decodeUdvList(await caller.send('removeUdv', params, options, { toBody, toEnvelope: graphqlAsEnvelope }), errors);
}

/** Whose user-defined data a call is about: always a user, here the signed-in one. */
export interface UdvTarget {
  targetType: 'USER';
  targetId: string;
}

/**
 * A GraphQL answer as the envelope it stands for, as Authing's Python SDK reads it: the first error's
 * `message` holds Authing's `{ code, message }`; a success's result is its one `data` field. Anything else
 * (an answer with a top-level `code` is the error envelope already) is given back as it came.
 */
export function graphqlAsEnvelope(body: Record<string, unknown>): unknown {
  if ('code' in body) return body;
  const first = Array.isArray(body.errors) ? (body.errors[0] as { message?: unknown } | undefined) : undefined;
  const error = first?.message as { code?: unknown; message?: unknown } | undefined;
  if (typeof error?.code === 'number') return { code: error.code, message: error.message, data: null };
  const data = body.data;
  return !first && data && typeof data === 'object' && !Array.isArray(data) ? { code: 200, message: '', data: Object.values(data)[0] } : body;
}

/** The GraphQL request that removes the value of `key` from `target`, as Authing's SDKs send it. */
export const removeRequest = (target: UdvTarget, key: string) => ({ query: graphqlDocuments.removeUdv, variables: { ...target, key } });

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
      // A millisecond timestamp or an ISO-8601 date, JSON-encoded or not.
      let time: unknown = value;
      try {
        time = JSON.parse(value);
      } catch {
        // An ISO date as it is.
      }
      const date = new Date(typeof time === 'string' && /^\d+$/.test(time) ? Number(time) : (time as string | number));
      if (typeof time === 'boolean' || time === null || Number.isNaN(date.getTime())) throw new TypeError();
      return date;
    }
    default:
      return value;
  }
}

/** Decodes every value of a user-defined data list from the service. */
export function decodeUdvList(list: UserDefinedData[], errors: ChunkErrors): DecodedUdv[] {
  return list.map((item) => {
    try {
      if (typeof item?.key !== 'string') throw new TypeError();
      return { key: item.key, dataType: item.dataType, value: decodeValue(item), label: item.label ?? null } as DecodedUdv;
    } catch {
      return errors.invalidResponse(`user-defined data holds an invalid item (key ${JSON.stringify(item?.key)}, type ${JSON.stringify(item?.dataType)})`);
    }
  });
}

/** A value as `setUdv` sends it: raw JSON, with Dates as ISO-8601 strings (as Authing's Python SDK sends them). */
export function encodeUdvValue(value: UdvInputValue, errors: ChunkErrors): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? errors.input('value', 'value is an invalid Date') : value.toISOString();
  let encoded: string | undefined;
  try {
    encoded = JSON.stringify(value);
  } catch {
    // BigInts and cycles.
  }
  return encoded === undefined ? errors.input('value', 'value cannot be encoded as JSON') : value;
}

/** The user the UDV calls are about: the cached user's id, else the id in the token's claims (no network call). */
export function targetOf(token: string | null, user: { id?: string } | null, errors: ChunkErrors): UdvTarget {
  if (!token) return errors.session('User-defined data needs a signed-in user, but no token is stored');
  const targetId = user?.id || userIdFromToken(token);
  return targetId ? { targetType: 'USER', targetId } : errors.session('The token carries no user id; call getCurrentUser() first');
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
