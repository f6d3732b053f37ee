/**
 * User-defined data: values travel as strings on the wire and are decoded here by their data type.
 */
import { AuthingInputError, AuthingInvalidResponseError } from './errors.js';
import type { UdvDataType, UserDefinedData } from './models.js';

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

function decodeValue(item: UserDefinedData): unknown {
  const { value, dataType } = item;
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
export function decodeUdvList(list: UserDefinedData[]): DecodedUdv[] {
  return list.map((item) => {
    try {
      if (typeof item?.key !== 'string') throw new TypeError();
      return { key: item.key, dataType: item.dataType, value: decodeValue(item), label: item.label ?? null } as DecodedUdv;
    } catch {
      throw new AuthingInvalidResponseError(200, '', `user-defined data holds an invalid item (key ${JSON.stringify(item?.key)}, type ${JSON.stringify(item?.dataType)})`);
    }
  });
}

/** Encodes a value for `setUdv`: JSON, with Dates as millisecond timestamps. */
export function encodeUdvValue(value: UdvInputValue): string {
  if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time)) throw new AuthingInputError('value', 'value is an invalid Date');
    return String(time);
  }
  let encoded: string | undefined;
  try {
    encoded = JSON.stringify(value);
  } catch {
    // BigInts and cycles.
  }
  if (encoded === undefined) throw new AuthingInputError('value', 'value cannot be encoded as JSON');
  return encoded;
}
