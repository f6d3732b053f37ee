/**
 * For every operation with a body: bodies mutated from a valid one (a required field removed, a field of
 * the wrong type, an unknown enum value) are refused by the contract mock with violations naming the
 * field, and reach a JavaScript caller of the SDK as typed errors.
 */
import { describe, expect, it } from 'vitest';
import { isAuthingError } from '../../src/index.ts';
import { contractClient, loginToken } from '../support/contract.ts';
import { routes, type RouteName } from '../../generated/routes.ts';
import { specOperations } from '../support/spec.ts';

interface Schema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  required?: string[];
  properties?: Record<string, Schema>;
  anyOf?: Schema[];
  minProperties?: number;
}

const typeOf = (schema: Schema) => (Array.isArray(schema.type) ? schema.type.find((type) => type !== 'null') : schema.type);

/** A value the schema accepts. */
function validValue(schema: Schema): unknown {
  if (schema.enum) return schema.enum[0];
  switch (typeOf(schema)) {
    case 'boolean':
      return true;
    case 'integer':
    case 'number':
      return 1;
    case 'array':
      return [];
    case 'object':
      return {};
    default:
      return 'value';
  }
}

/** A value of another JSON type than the schema's. */
function wrongTypeValue(schema: Schema): unknown {
  switch (typeOf(schema)) {
    case 'string':
      return 12345;
    case 'boolean':
      return 'yes';
    case 'array':
      return { not: 'an array' };
    case 'object':
      return 'not an object';
    default:
      return 'not a number';
  }
}

interface Mutation {
  operationId: string;
  sdkMethod: string;
  method: string;
  path: string;
  label: string;
  field: string;
  body: Record<string, unknown>;
}

const ACCOUNT_FIELD: Record<string, string> = { loginByEmail: 'email', loginByUsername: 'username', loginByPhonePassword: 'phone' };

const mutations: Mutation[] = specOperations().flatMap(({ method, path, operation }) => {
  const declared = operation.requestBody?.content['application/json']?.schema as Schema | undefined;
  // A body with alternatives (bindPhone's code under two names): the first is the one the SDK sends.
  const schema = declared?.anyOf ? declared.anyOf[0] : declared;
  if (!schema?.properties || Object.keys(schema.properties).length === 0) return [];
  const properties = schema.properties;
  const valid: Record<string, unknown> = {};
  for (const field of schema.required ?? []) valid[field] = validValue(properties[field]!);
  // A GraphQL body is valid with its operation's document only: the emulator refuses any other document first.
  if (operation['x-graphql-document']) valid.query = operation['x-graphql-document'];
  if (Object.keys(valid).length === 0) {
    const [first] = Object.keys(properties);
    valid[first!] = validValue(properties[first!]!);
  }
  const base = { operationId: operation.operationId, sdkMethod: operation['x-sdk-methods'][0]!, method, path };
  const out: Mutation[] = [];
  for (const field of schema.required ?? []) {
    const body = { ...valid };
    delete body[field];
    out.push({ ...base, label: `without required ${field}`, field, body });
  }
  for (const [field, property] of Object.entries(properties)) {
    out.push({ ...base, label: `${field} of the wrong type`, field, body: { ...valid, [field]: wrongTypeValue(property) } });
    if (property.enum) out.push({ ...base, label: `${field} outside its enum`, field, body: { ...valid, [field]: 'NOT_A_VALUE' } });
  }
  return out;
});

/** The SDK call a JavaScript caller would make to send `body`, or undefined where the SDK builds the body itself. */
function sdkParams({ sdkMethod, body, field, label }: Mutation): Record<string, unknown> | undefined {
  if (['setUdv', 'removeUdv', 'listUdv'].includes(sdkMethod)) return undefined;
  // The SDK fills a token check's missing token with the stored one: nothing is wrong then.
  if (routes[sdkMethod as RouteName].token === 'body' && field === 'token' && label.startsWith('without')) return undefined;
  // The SDK takes customData as an object and lists it; what a JavaScript caller gets wrong is a non-object.
  if (field === 'customData') return { ...body, customData: 'not an object' };
  const accountField = ACCOUNT_FIELD[sdkMethod];
  if (!accountField) return body;
  const { account, ...rest } = body;
  return account === undefined ? rest : { ...rest, [accountField]: account };
}

describe('mutated request bodies', () => {
  it('covers every operation with a body', () => {
    expect(new Set(mutations.map((mutation) => mutation.operationId)).size).toBe(18);
    expect(mutations.length).toBeGreaterThan(80);
  });

  it.each(mutations)('$operationId $label: refused by the mock, naming the field', async ({ method, path, field, body }) => {
    const { client } = contractClient({ token: loginToken });
    const { error, response } = await client.api.request(method.toLowerCase() as 'post', path as never, { body } as never);
    expect(response.status).toBe(400);
    expect(error).toMatchObject({ code: 2231 });
    expect(response.headers.get('sl-violations')).toContain(field);
  });

  it.each(mutations.filter((mutation) => sdkParams(mutation)))('$operationId $label: a typed error through the SDK', async (mutation) => {
    const { client } = contractClient({ token: loginToken });
    const method = (client as unknown as Record<string, (params: unknown) => Promise<unknown>>)[mutation.sdkMethod]!;
    const error = await method.call(client, sdkParams(mutation)).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(isAuthingError(error), `resolved or threw ${String(error)}`).toBe(true);
    const { kind, status, violations } = error as { kind: string; status?: number; violations?: string[] };
    if (kind === 'api') {
      expect(status).toBe(400);
      expect(violations!.join('\n')).toMatch(new RegExp(mutation.field === 'account' ? 'account' : mutation.field));
    } else {
      expect(kind).toBe('input');
    }
  });
});
