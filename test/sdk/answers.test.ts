/**
 * The two answers outside the envelope: checkLoginStatus's token status, answered bare (as Authing's web
 * Guard reads it), and removeUdv's GraphQL answer (as Authing's Python SDK reads it). What each resolves
 * with, and which typed error every other answer becomes.
 */
import { describe, expect, it } from 'vitest';
import {
  AuthingApiError,
  AuthingHttpError,
  AuthingInputError,
  AuthingInvalidResponseError,
  AuthingSessionError,
  type AuthingError,
} from '../../src/index.ts';
import { graphqlDocuments } from '../../generated/graphql.ts';
import { fakeClient } from '../support/fake-client.ts';
import { example, json, type Handler } from '../support/fake-fetch.ts';
import { loginToken } from '../support/tokens.ts';

const CHECK = 'POST /api/v2/users/login/check-status';
const GRAPHQL = 'POST /graphql/v2';

/** What `call` rejects with. */
async function failure(call: Promise<unknown>): Promise<AuthingError> {
  return call.then(
    () => expect.fail('resolved'),
    (error: AuthingError) => error,
  );
}

describe('checkLoginStatus: the token status, bare', () => {
  const answering = (handler: Handler) => fakeClient({ [CHECK]: handler }, { token: loginToken, maxRetries: 0 });

  it('sends the stored token in the body, without an Authorization header', async () => {
    const { client, wire } = answering(() => json(example('checkLoginStatus')));
    await client.checkLoginStatus();
    expect(wire.requests[0]!.body).toEqual({ token: loginToken });
    expect(wire.requests[0]!.headers.authorization).toBeUndefined();
  });

  it('sends the given token rather than the stored one', async () => {
    const { client, wire } = answering(() => json(example('checkLoginStatus')));
    await client.checkLoginStatus({ token: 'OTHER' });
    expect(wire.requests[0]!.body).toEqual({ token: 'OTHER' });
  });

  it('resolves with a valid token status as the service sends it', async () => {
    const { client } = answering(() => json(example('checkLoginStatus')));
    await expect(client.checkLoginStatus()).resolves.toEqual(example('checkLoginStatus'));
  });

  it.each(['tokenExpired', 'tokenInvalid'])('resolves with status false for %s: an answer, not an error', async (name) => {
    const { client } = answering(() => json(example('checkLoginStatus', name)));
    const status = await client.checkLoginStatus();
    expect(status).toMatchObject({ status: false, code: name === 'tokenExpired' ? 2206 : 2207 });
  });

  it('refuses without a token to check, sending nothing', async () => {
    const { client, wire } = fakeClient({}, { maxRetries: 0 });
    const error = await failure(client.checkLoginStatus());
    expect(error).toBeInstanceOf(AuthingSessionError);
    expect(error.message).toBe("checkLoginStatus needs a token to check: pass { token }, or sign in first");
    expect(wire.requests).toHaveLength(0);
  });

  it('turns a non-JSON 502 into AuthingHttpError', async () => {
    const { client } = answering(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    const error = await failure(client.checkLoginStatus());
    expect(error).toBeInstanceOf(AuthingHttpError);
    expect(error).toMatchObject({ status: 502, body: '<html>Bad gateway</html>' });
  });

  it.each([
    ['null', 'null'],
    ['a JSON string', '"busy"'],
    ['a number', '503'],
    ['an array', '[1,2]'],
    ['nothing', ''],
  ])('reports a failure body of %s in AuthingHttpError (a JSON string by its content)', async (_, body) => {
    const { client } = answering(() => new Response(body || null, { status: 503 }));
    const error = await failure(client.checkLoginStatus({ token: 'T' }));
    expect(error).toBeInstanceOf(AuthingHttpError);
    expect(error).toMatchObject({ status: 503, body: body === '"busy"' ? 'busy' : body });
  });

  it('turns an error envelope (no status) into AuthingApiError with its code', async () => {
    const { client } = answering(() => json(example('checkLoginStatus', 'userPoolNotFound')));
    const error = await failure(client.checkLoginStatus());
    expect(error).toBeInstanceOf(AuthingApiError);
    expect(error).toMatchObject({ code: 2224 });
  });

  it('turns a success envelope without status into AuthingInvalidResponseError, never a token status', async () => {
    const { client } = answering(() => json({ code: 200, message: 'ok', data: { id: 'u1' } }));
    const error = await failure(client.checkLoginStatus());
    expect(error).toBeInstanceOf(AuthingInvalidResponseError);
    expect(error.message).toMatch(/the body is not the answer of the expected shape/);
    expect(error.message).not.toContain(loginToken);
  });
});

describe('removeUdv: the GraphQL mutation', () => {
  const answering = (handler: Handler) => fakeClient({ [GRAPHQL]: handler }, { token: loginToken, maxRetries: 0 });
  const graphqlError = (code: number, message: string) => json({ errors: [{ message: { code, message } }], data: null });

  it('sends the document and variables with the bearer token and the usual headers', async () => {
    const { client, wire } = answering(() => json(example('removeUdv')));
    await client.removeUdv({ key: 'age' });
    const [request] = wire.requests;
    expect(request!.body).toEqual({ query: graphqlDocuments.removeUdv, variables: { targetType: 'USER', targetId: '60b7c8d9e1f2a30012345678', key: 'age' } });
    expect(request!.headers).toMatchObject({ authorization: `Bearer ${loginToken}`, 'x-authing-userpool-id': 'POOL', 'content-type': 'application/json' });
  });

  it('resolves to the remaining values, decoded as listUdv decodes them', async () => {
    const { client } = answering(() =>
      json({ data: { removeUdv: [{ key: 'age', dataType: 'NUMBER', value: '15', label: 'Age' }, { key: 'is_ok', dataType: 'BOOLEAN', value: 'true', label: null }] } }),
    );
    await expect(client.removeUdv({ key: 'city' })).resolves.toEqual([
      { key: 'age', dataType: 'NUMBER', value: 15, label: 'Age' },
      { key: 'is_ok', dataType: 'BOOLEAN', value: true, label: null },
    ]);
  });

  it("turns a GraphQL error into AuthingApiError with Authing's code and message", async () => {
    const { client } = answering(() => graphqlError(2020, 'not signed in'));
    const error = await failure(client.removeUdv({ key: 'age' }));
    expect(error).toBeInstanceOf(AuthingApiError);
    expect(error).toMatchObject({ code: 2020, message: 'not signed in', status: 200 });
  });

  it('keeps the token out of a GraphQL error message that quotes it', async () => {
    const { client } = answering(() => graphqlError(2207, `bad token ${loginToken}`));
    const error = await failure(client.removeUdv({ key: 'age' }));
    expect(error.message).toBe('bad token [REDACTED]');
  });

  it.each([
    ['data: null', { data: null }],
    ['no removeUdv list', { data: { removeUdv: 'gone' } }],
    ['a plain-string GraphQL error', { errors: [{ message: 'Syntax Error: Unexpected Name' }] }],
    ['an empty object', {}],
  ])('turns %s into AuthingInvalidResponseError', async (_name, body) => {
    const { client } = answering(() => json(body));
    const error = await failure(client.removeUdv({ key: 'age' }));
    expect(error).toBeInstanceOf(AuthingInvalidResponseError);
    expect(error.message).toMatch(/the body is not a GraphQL answer of the expected shape/);
  });

  it('turns the envelope of a refused request (401) into AuthingApiError', async () => {
    const { client } = answering(() => json({ code: 2020, message: 'Not signed in', data: null }, 401));
    const error = await failure(client.removeUdv({ key: 'age' }));
    expect(error).toBeInstanceOf(AuthingApiError);
    expect(error).toMatchObject({ code: 2020, status: 401 });
  });

  it.each([[''], [undefined], [42]])('refuses the key %s before sending', async (key) => {
    const { client, wire } = answering(() => json(example('removeUdv')));
    const error = await failure(client.removeUdv({ key } as never));
    expect(error).toBeInstanceOf(AuthingInputError);
    expect(error).toMatchObject({ field: 'key' });
    expect(error.message).toMatch(/removeUdv: key is required: a non-empty string/);
    expect(wire.requests).toHaveLength(0);
  });
});
