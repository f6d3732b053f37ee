/**
 * Hostile input from JavaScript callers who ignore the types: missing fields, wrong types, null, empty
 * and 100 KB strings, unicode and control characters, extra keys, `__proto__` and `constructor`.
 * Every call either fails with a typed error before sending anything, or sends the values intact; it
 * never crashes, never changes the caller's object and never pollutes a prototype.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AuthenticationClient, isAuthingError } from '../../src/index.ts';
import { chunkErrors } from '../../src/chunk-errors.ts';
import { encodeUdvValue as encode } from '../../src/udv-codec.ts';
import { graphqlDocuments } from '../../generated/graphql.ts';
import { routes, type RouteName } from '../../generated/routes.ts';

const encodeUdvValue = (value: Parameters<typeof encode>[0]) => encode(value, chunkErrors);
import { exampleRouter, fakeFetch } from '../support/fake-fetch.ts';
import { loadSpec, specOperations } from '../support/spec.ts';
import { loginToken } from '../support/tokens.ts';

const RUNS = 1000;
const token = loginToken;
const userId = '60b7c8d9e1f2a30012345678';

/** Methods that take a parameters object, with the names of their parameters (from the spec's request bodies). */
const LOGIN_ACCOUNT: Record<string, string> = { loginByEmail: 'email', loginByUsername: 'username', loginByPhonePassword: 'phone' };
const UDV_PARAMS: Record<string, string[]> = { setUdv: ['key', 'value'], removeUdv: ['key'] };
const methods = specOperations()
  .flatMap(({ operation }) => operation['x-sdk-methods'].map((name) => ({ name, operation })))
  .filter(({ operation, name }) => operation.requestBody && !['refreshToken', 'unbindPhone', 'listUdv'].includes(name))
  .map(({ name, operation }) => {
    if (UDV_PARAMS[name]) return { name, fields: UDV_PARAMS[name] };
    const schema = operation.requestBody!.content['application/json']!.schema as { properties?: Record<string, unknown> };
    const fields = Object.keys(schema.properties ?? {}).filter((field) => !['targetType', 'targetId'].includes(field));
    return { name, fields: LOGIN_ACCOUNT[name] ? fields.map((field) => (field === 'account' ? LOGIN_ACCOUNT[name]! : field)) : fields };
  });

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null, '', 0, -1, Number.NaN, true, false, [], {}, '__proto__', 'constructor') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('\u0000', '\u0007', '\n', '\r', '\u2028', '\ud800', '\udfff', '😀', 'é', '"', '\\'), minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(100 * 1024)) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 1 })) },
);

/** A parameters object: some of the method's fields, hostile values, and extra (even prototype-named) keys. */
const hostileParams = (fields: string[]) =>
  fc
    .tuple(
      fc.subarray(fields),
      fc.array(hostileValue, { minLength: fields.length, maxLength: fields.length }),
      fc.array(fc.tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'toString', 'hasOwnProperty'), hostileValue), { maxLength: 3 }),
    )
    .map(([present, values, extras]) => {
      const params: Record<string, unknown> = {};
      present.forEach((field) => (params[field] = values[fields.indexOf(field)]));
      // defineProperty: a plain assignment to __proto__ would set the prototype, not an own key as JSON.parse makes it.
      for (const [key, value] of extras) Object.defineProperty(params, key, { value, enumerable: true, writable: true, configurable: true });
      return params;
    });

const notAnObject = fc.constantFrom(null, undefined, 'params', 42, [], [{}]);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** JSON with sorted keys, to compare bodies whatever the key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.keys(inner).sort().map((key) => [key, (inner as Record<string, unknown>)[key]]))
      : inner,
  );
}

/** What the body must be on the wire when the call is sent. */
function expectedWire(name: string, params: Record<string, unknown>): unknown {
  // checkLoginStatus() alone may be called without parameters.
  const { customData, context, ...copy } = Object.fromEntries(Object.entries(params ?? {}));
  // Custom data goes on the wire as a list of { key, value }: the array itself on logins, JSON-encoded as
  // `params` on registrations; a context object JSON-encoded. As Authing's clients send them.
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
  if (isObject(customData)) {
    const list = Object.entries(customData).map(([key, value]) => ({ key, value }));
    if (routes[name as RouteName].customData === 'array') copy.customData = list;
    else copy.params = JSON.stringify(list);
  } else if (customData !== undefined) copy.customData = customData;
  // A token check without a token checks the stored one.
  if (name === 'checkLoginStatus' && copy.token === undefined) copy.token = token;
  if (context !== undefined) copy.context = isObject(context) ? JSON.stringify(context) : context;
  if (LOGIN_ACCOUNT[name]) {
    const { [LOGIN_ACCOUNT[name]!]: account, ...rest } = copy;
    return { account, ...rest };
  }
  if (name === 'setUdv') return { udfs: [{ definition: params.key, value: encodeUdvValue(params.value as never) }] };
  if (name === 'removeUdv') return { query: graphqlDocuments.removeUdv, variables: { targetType: 'USER', targetId: userId, key: params.key } };
  return copy;
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join();

describe('hostile input', () => {
  it('covers the methods that take parameters', () => {
    // 24 methods, less the five that take no parameters object (refreshToken, unbindPhone, getCurrentUser, logout, listUdv).
    expect(methods.length).toBe(19);
    expect(loadSpec()).toBeDefined();
  });

  it(`fails typed before sending, or sends the values intact; never mutates or pollutes (${RUNS} cases)`, async () => {
    const before = prototypeKeys();
    const arbitrary = fc.constantFrom(...methods).chain(({ name, fields }) =>
      fc.tuple(fc.constant(name), fc.oneof({ weight: 9, arbitrary: hostileParams(fields) }, { weight: 1, arbitrary: notAnObject })),
    );
    await fc.assert(
      fc.asyncProperty(arbitrary, async ([name, rawParams]) => {
        const params = deepFreeze(rawParams);
        const snapshot = params && typeof params === 'object' ? canonical(params) : params;
        const wire = fakeFetch(exampleRouter());
        const client = new AuthenticationClient({ userPoolId: 'POOL', token, encryptPassword: 'none', fetch: wire.fetch, maxRetries: 0 });
        let error: unknown;
        try {
          await (client as unknown as Record<string, (params: unknown) => Promise<unknown>>)[name]!(params);
        } catch (caught) {
          error = caught;
        }
        if (error !== undefined) {
          expect(isAuthingError(error), `${name} threw ${String(error)}`).toBe(true);
          const kind = (error as { kind: string }).kind;
          if (kind === 'input' || kind === 'session') expect(wire.requests).toHaveLength(0);
        }
        if (wire.requests.length > 0) {
          expect(wire.requests).toHaveLength(1);
          expect(canonical(wire.requests[0]!.body)).toBe(canonical(JSON.parse(JSON.stringify(expectedWire(name, params as Record<string, unknown>)))));
        }
        if (params && typeof params === 'object') expect(canonical(params)).toBe(snapshot);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(prototypeKeys()).toBe(before);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
