/** The types of user-defined data as the SDK's methods take and give them. */
import type { UdvDataType } from './models.js';

/**
 * What each data type decodes to.
 * @category Models
 */
export interface UdvValueTypes {
  STRING: string;
  SELECT: string;
  NUMBER: number;
  BOOLEAN: boolean;
  DATETIME: Date;
  OBJECT: unknown;
}

/**
 * One user-defined field with its value decoded by `dataType`; narrow on `dataType` to get the value's type.
 * @category Models
 */
export type DecodedUdv = {
  [Type in UdvDataType]: { key: string; dataType: Type; value: UdvValueTypes[Type] | null; label: string | null };
}[UdvDataType];

/**
 * A value `setUdv` accepts: JSON-encodable, or a Date for DATETIME fields.
 * @category Models
 */
export type UdvInputValue = string | number | boolean | Date | null | Record<string, unknown> | unknown[];
