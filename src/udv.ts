/**
 * User-defined data: values travel as strings on the wire and are decoded by their data type. The
 * codec is a chunk of its own (`udv-codec`), loaded on the first call that needs it; here, the errors it
 * reports.
 */
import type { ToEnvelope } from './envelope.js';
import { AuthingInputError, AuthingInvalidResponseError, AuthingSessionError } from './errors.js';
import type { UserDefinedData } from './models.js';
import type { DecodedUdv, UdvInputValue, UdvTarget } from './udv-codec.js';
import type { Session } from './session.js';

export type { DecodedUdv, UdvInputValue, UdvValueTypes } from './udv-codec.js';

/** The user-defined-data helpers, with the SDK's errors. */
export interface UdvTools {
  /** Decodes every value of a list from the service. @throws {@link AuthingInvalidResponseError} */
  decodeList(list: UserDefinedData[]): DecodedUdv[];
  /** A value as `setUdv` sends it (raw JSON; a Date as an ISO-8601 string). @throws {@link AuthingInputError} for a value JSON cannot encode or an invalid Date. */
  encodeValue(value: UdvInputValue): unknown;
  /** The user the calls are about: the cached user's id, else the id in the token's claims (no network call). */
  target(session: Session): Promise<UdvTarget>;
  /** The GraphQL request that removes `key` of `target`'s values. */
  removeRequest(target: UdvTarget, key: string): { query: string; variables: UdvTarget & { key: string } };
  /** Reads removeUdv's GraphQL answer as the envelope it stands for. */
  graphqlAsEnvelope: ToEnvelope;
}

/**
 * Loads the codec (once; later calls find it loaded). A UDV call loads it before sending, so that no
 * answer waits on a module load and a load failure costs no request.
 */
export async function loadUdv(): Promise<UdvTools> {
  const codec = await import('./udv-codec.js');
  return {
    // removeRequest and graphqlAsEnvelope as the codec has them; the rest with the SDK's errors.
    ...codec,
    decodeList: (list) =>
      codec.decodeUdvList(list, (reason) => {
        throw new AuthingInvalidResponseError(200, '', reason);
      }),
    encodeValue: (value) =>
      codec.encodeUdvValue(value, (reason) => {
        throw new AuthingInputError('value', reason);
      }),
    target: async (session) =>
      codec.targetOf(await session.token(), session.user, (reason) => {
        throw new AuthingSessionError(reason);
      }),
  };
}
