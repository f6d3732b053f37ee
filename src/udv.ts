/**
 * User-defined data: values travel as strings on the wire and are decoded by their data type. The
 * codec is a chunk of its own (`udv-codec`), loaded on the first call that needs it; here are its types
 * and the errors it reports.
 */
import { AuthingInputError, AuthingInvalidResponseError, AuthingSessionError } from './errors.js';
import type { UdvDataType, UserDefinedData } from './models.js';
import type { Session } from './session.js';

/** What each data type decodes to. */
export interface UdvValueTypes {
  STRING: string;
  SELECT: string;
  NUMBER: number;
  BOOLEAN: boolean;
  DATETIME: Date;
  OBJECT: unknown;
}

/** One user-defined field with its value decoded by `dataType`; narrow on `dataType` to get the value's type. */
export type DecodedUdv = {
  [Type in UdvDataType]: { key: string; dataType: Type; value: UdvValueTypes[Type] | null; label: string | null };
}[UdvDataType];

/** A value `setUdv` accepts: JSON-encodable, or a Date for DATETIME fields. */
export type UdvInputValue = string | number | boolean | Date | null | Record<string, unknown> | unknown[];

/** The user-defined-data helpers, with the SDK's errors. */
export interface UdvTools {
  /** Decodes every value of a list from the service. @throws {@link AuthingInvalidResponseError} */
  decodeList(list: UserDefinedData[]): DecodedUdv[];
  /** A value as `setUdv` sends it (raw JSON; a Date as an ISO-8601 string). @throws {@link AuthingInputError} for a value JSON cannot encode or an invalid Date. */
  encodeValue(value: UdvInputValue): unknown;
  /** The user the calls are about: the cached user's id, else the id in the token's claims (no network call). */
  target(session: Session): Promise<{ targetType: 'USER'; targetId: string }>;
}

/**
 * Loads the codec (once; later calls find it loaded). A UDV call loads it before sending, so that no
 * answer waits on a module load and a load failure costs no request.
 */
export async function loadUdv(): Promise<UdvTools> {
  const codec = await import('./udv-codec.js');
  return {
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
