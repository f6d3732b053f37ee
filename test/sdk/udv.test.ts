/** User-defined data: whose data, and values decoded and encoded by their data type. */
import { testClient } from '../support/clients.ts';
import { describe, expect, it } from 'vitest';
import { AuthenticationClient, AuthingInvalidResponseError, AuthingSessionError } from '../../src/index.ts';
import { chunkErrors } from '../../src/chunk-errors.ts';
import { decodeUdvList as decode, encodeUdvValue as encode, userIdFromToken } from '../../src/udv-codec.ts';
import { example, exampleRouter, fakeFetch, ok } from '../support/fake-fetch.ts';
import { loginToken } from '../support/tokens.ts';

const token = loginToken;
/** The codec as the client uses it: with the SDK's errors. */
const decodeUdvList = (list: Parameters<typeof decode>[0]) => decode(list, chunkErrors);
const encodeUdvValue = (value: Parameters<typeof encode>[0]) => encode(value, chunkErrors);
const jwt = (claims: object) => `h.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.s`;

describe('decoding', () => {
  it('decodes each data type', async () => {
    const decoded = decodeUdvList([
      { key: 'age', dataType: 'NUMBER', value: '15', label: 'Age' },
      { key: 'is_ok', dataType: 'BOOLEAN', value: 'true', label: null },
      { key: 'meta', dataType: 'OBJECT', value: '{"a":[1]}' },
      { key: 'born', dataType: 'DATETIME', value: '1700000000000' },
      { key: 'bornIso', dataType: 'DATETIME', value: '2023-11-14T22:13:20.000Z' },
      { key: 'bornIsoJson', dataType: 'DATETIME', value: '"2023-11-14T22:13:20.000Z"' },
      { key: 'city', dataType: 'STRING', value: 'Beijing' },
      { key: 'plan', dataType: 'SELECT', value: 'pro' },
      { key: 'empty', dataType: 'NUMBER', value: null },
    ]);
    expect(decoded).toEqual([
      { key: 'age', dataType: 'NUMBER', value: 15, label: 'Age' },
      { key: 'is_ok', dataType: 'BOOLEAN', value: true, label: null },
      { key: 'meta', dataType: 'OBJECT', value: { a: [1] }, label: null },
      { key: 'born', dataType: 'DATETIME', value: new Date(1700000000000), label: null },
      { key: 'bornIso', dataType: 'DATETIME', value: new Date(1700000000000), label: null },
      { key: 'bornIsoJson', dataType: 'DATETIME', value: new Date(1700000000000), label: null },
      { key: 'city', dataType: 'STRING', value: 'Beijing', label: null },
      { key: 'plan', dataType: 'SELECT', value: 'pro', label: null },
      { key: 'empty', dataType: 'NUMBER', value: null, label: null },
    ]);
  });

  it.each([
    { key: 'age', dataType: 'NUMBER', value: 'fifteen' },
    { key: 'age', dataType: 'NUMBER', value: '"15"' },
    { key: 'ok', dataType: 'BOOLEAN', value: '1' },
    { key: 'born', dataType: 'DATETIME', value: 'yesterday' },
  ] as const)('refuses $value as $dataType with a typed error', async (item) => {
    expect(() => decodeUdvList([item])).toThrow(AuthingInvalidResponseError);
  });

  it('sends values as raw JSON, and dates as ISO-8601 strings; refuses with a typed error what it cannot encode', async () => {
    expect(encodeUdvValue(15)).toBe(15);
    expect(encodeUdvValue(true)).toBe(true);
    expect(encodeUdvValue('text')).toBe('text');
    expect(encodeUdvValue({ a: 1 })).toEqual({ a: 1 });
    expect(encodeUdvValue(new Date(1700000000000))).toBe('2023-11-14T22:13:20.000Z');
    expect(encodeUdvValue('2023-11-14T22:13:20.000Z')).toBe('2023-11-14T22:13:20.000Z');
    expect(() => encodeUdvValue(new Date(Number.NaN))).toThrow(expect.objectContaining({ kind: 'input', field: 'value', message: expect.stringMatching(/invalid Date/) }));
    expect(() => encodeUdvValue(10n as never)).toThrow(expect.objectContaining({ kind: 'input', message: expect.stringMatching(/cannot be encoded/) }));
    expect(() => encodeUdvValue(undefined as never)).toThrow(expect.objectContaining({ kind: 'input', message: expect.stringMatching(/cannot be encoded/) }));
  });
});

describe('whose data', () => {
  it('reads the user id from the token claims: sub, else data.id', () => {
    expect(userIdFromToken(token)).toBe('60b7c8d9e1f2a30012345678');
    expect(userIdFromToken(jwt({ data: { id: 'from-data' } }))).toBe('from-data');
    expect(userIdFromToken(jwt({ sub: 'ü-unicode' }))).toBe('ü-unicode');
    expect(userIdFromToken('not-a-jwt')).toBeUndefined();
    expect(userIdFromToken('a.%%%.c')).toBeUndefined();
  });

  it('prefers the id of the user the client has seen', async () => {
    const wire = fakeFetch(exampleRouter({ 'GET /api/v2/users/me': () => ok({ ...example('getCurrentUser').data, id: 'SEEN' }) }));
    const client = testClient(wire.fetch, { userPoolId: 'POOL', token });
    await client.getCurrentUser();
    await client.listUdv();
    expect(wire.requests[1]!.body.targetId).toBe('SEEN');
  });

  it('asks for getCurrentUser when the token is no JWT and no user was seen', async () => {
    const wire = fakeFetch(exampleRouter());
    const client = testClient(wire.fetch, { userPoolId: 'POOL', token: 'opaque' });
    await expect(client.listUdv()).rejects.toThrow(AuthingSessionError);
    await expect(client.listUdv()).rejects.toThrow(/getCurrentUser/);
    expect(wire.requests).toHaveLength(0);
  });

  it('returns the decoded list from listUdv, setUdv and removeUdv', async () => {
    const wire = fakeFetch(exampleRouter());
    const client = testClient(wire.fetch, { userPoolId: 'POOL', token });
    expect(await client.listUdv()).toEqual([
      { key: 'age', dataType: 'NUMBER', value: 15, label: 'Age' },
      { key: 'is_ok', dataType: 'BOOLEAN', value: true, label: 'Is OK' },
    ]);
    expect(await client.setUdv({ key: 'is_ok', value: true })).toHaveLength(2);
    expect(await client.removeUdv({ key: 'age' })).toEqual([{ key: 'is_ok', dataType: 'BOOLEAN', value: true, label: 'Is OK' }]);
  });
});

describe('malformed lists (found by the hostile-response property)', () => {
  it.each([[[null]], [[42]], [[{ dataType: 'NUMBER', value: '1' }]], [[{ key: 'k', dataType: 'NUMBER', value: '{' }]]])('%j is a typed error', async (list) => {
    expect(() => decodeUdvList(list as never)).toThrow(AuthingInvalidResponseError);
  });
});
