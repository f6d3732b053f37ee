/** The data types a user-defined field may have, as the spec's `UdvDataType` lists them. */
import type { components } from './generated/schema.js';

export type UdvDataType = components['schemas']['UdvDataType'];

export const UDV_DATA_TYPES = ['STRING', 'NUMBER', 'DATETIME', 'BOOLEAN', 'OBJECT', 'SELECT'] as const satisfies readonly UdvDataType[];

// Every data type of the spec is listed: a type the spec adds and this list lacks fails `tsc` here.
const everyTypeListed: Record<Exclude<UdvDataType, (typeof UDV_DATA_TYPES)[number]>, never> = {};
void everyTypeListed;

/** Whether `value` is one of the data types. */
export const isUdvDataType = (value: unknown): value is UdvDataType => (UDV_DATA_TYPES as readonly unknown[]).includes(value);
