/**
 * Generated from openapi/ by scripts/generate.ts (`npm run generate`). Do not edit by hand.
 */

import type { components, operations } from './schema.js';

/**
 * The id of an operation of the spec (its `operationId`).
 * @category Parameters
 */
export type OperationId = keyof operations;

/**
 * The JSON request body of an operation of the spec (an empty object for one that takes none).
 * @category Parameters
 */
export type RequestBody<Id extends OperationId> = [NonNullable<operations[Id]['requestBody']>] extends [never]
  ? Record<string, never>
  : NonNullable<operations[Id]['requestBody']> extends { content: { 'application/json': infer Body } }
    ? Body
    : Record<string, never>;

/** What an operation answers with HTTP 200: its success, or why it failed. */
type Answer<Id extends OperationId> = operations[Id]['responses'][200]['content']['application/json'];
/** The answer of a success alone: not the error envelope, not GraphQL errors. */
type Success<Id extends OperationId> = Exclude<Answer<Id>, components['schemas']['ErrorEnvelope'] | components['schemas']['GraphqlErrors']>;

/**
 * What an operation's success carries: the envelope's `data`, the bare answer (a token status, a list), or
 * the one field of a GraphQL answer's `data`.
 */
export type SuccessData<Id extends OperationId> =
  Success<Id> extends { code: 200; data: infer Data } ? Data : Success<Id> extends { data: infer Fields } ? Fields[keyof Fields] : Success<Id>;
