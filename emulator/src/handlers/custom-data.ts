/**
 * User-defined values as clients send them: raw JSON values by field key, from setUdv's `udfs`, a
 * registration's `params` (`[{ key, value }]`, JSON-encoded: the SDKs' `customData`), or a login's
 * `customData` (that list as a real array; older SDKs send `params` on logins too). Each
 * key must name a field the pool defines, and each value fit its data type; anything else is refused
 * with 2231 (Authing's own behaviour for unknown keys could not be established, so nothing is dropped
 * silently). Stored as the text listUdv answers with.
 */
import type { State } from '../state.js';
import { Failure } from './failure.js';
import { MAX_DEPTH, nestedDeeperThan } from '../limits.js';

/** One value to store: a field's key and the raw JSON value sent for it. */
export interface CustomValue {
  key: string;
  value: unknown;
}

/** The text stored for `value`, or undefined when it does not fit `dataType`. */
function storedText(dataType: string, value: unknown): string | undefined {
  switch (dataType) {
    case 'NUMBER':
      return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
    case 'BOOLEAN':
      return typeof value === 'boolean' ? String(value) : undefined;
    case 'OBJECT':
      return typeof value === 'object' && value !== null ? JSON.stringify(value) : undefined;
    case 'DATETIME':
      // A millisecond timestamp, or an ISO-8601 date as Authing's Python SDK sends it.
      if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
      return typeof value === 'string' && !Number.isNaN(/^\d+$/.test(value) ? Number(value) : Date.parse(value)) ? value : undefined;
    default:
      return typeof value === 'string' ? value : undefined;
  }
}

/** Checks every value against its field; returns what to store. @throws Failure 2231 naming the first misfit. */
export function checkedValues(state: State, values: CustomValue[]): Array<[key: string, text: string]> {
  return values.map(({ key, value }) => {
    const definition = state.udf(key);
    if (!definition) throw new Failure('INCOMPLETE_PARAMETERS', `The user pool defines no field "${key}"`);
    const text = storedText(definition.dataType, value);
    if (text === undefined) throw new Failure('INCOMPLETE_PARAMETERS', `The value of "${key}" must be of type ${definition.dataType}`);
    return [key, text];
  });
}

/** Where a registration or login carries custom data: a real list (`customData`), or its JSON string (`params`). */
export interface CustomDataFields {
  customData?: CustomValue[];
  params?: string;
}

/** The values a registration or login carries, checked; none when it carries none. */
export function customDataOf(state: State, { customData, params }: CustomDataFields): Array<[key: string, text: string]> {
  if (customData !== undefined) return checkedValues(state, customData);
  if (params === undefined) return [];
  let list: unknown;
  try {
    list = JSON.parse(params);
  } catch {
    // Reported below.
  }
  // A JSON string inside the body escapes the body's own depth check: the same bound applies to what it holds.
  if (nestedDeeperThan(list, MAX_DEPTH)) throw new Failure('INCOMPLETE_PARAMETERS', `params nests objects or arrays deeper than ${MAX_DEPTH} levels`);
  const valid = Array.isArray(list) && list.every((item) => typeof item?.key === 'string' && 'value' in item);
  if (!valid) throw new Failure('INCOMPLETE_PARAMETERS', 'params must be a JSON list of { key, value }');
  return checkedValues(state, list as CustomValue[]);
}

/** Stores checked values on a user. Call inside the write's transaction. */
export function storeValues(state: State, userId: string, values: Array<[key: string, text: string]>): void {
  for (const [key, text] of values) state.setUdv(userId, key, text);
}
