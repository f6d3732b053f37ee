/** Every error class from a realistic answer, the guards, and what errors must never contain. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as sdk from '../../src/index.ts';
import {
  AuthenticationClient,
  AuthingApiError,
  AuthingError,
  AuthingHttpError,
  AuthingInputError,
  AuthingInvalidResponseError,
  AuthingNetworkError,
  isAuthingApiError,
  isAuthingError,
  isAuthingHttpError,
  isAuthingInvalidResponseError,
  isAuthingNetworkError,
} from '../../src/index.ts';
import { fakeClient } from '../support/fake-client.ts';
import { example, exampleRouter, json } from '../support/fake-fetch.ts';
import { loginToken } from '../support/tokens.ts';

const password = 'S3cret-passw0rd';


const login = (client: AuthenticationClient) => client.loginByEmail({ email: 'test@example.com', password });

describe('error classes', () => {
  it('AuthingApiError: a business error in an HTTP 200 envelope', async () => {
    const { client } = fakeClient(() => json(example('loginByAccount', 'credentialsIncorrect')), { maxRetries: 0 });
    const error = await login(client).catch((caught) => caught);
    expect(error).toBeInstanceOf(AuthingApiError);
    expect(error).toBeInstanceOf(AuthingError);
    expect(error).toMatchObject({ name: 'AuthingApiError', kind: 'api', code: 2333, status: 200, data: null, violations: [] });
    expect(error.message).toBe('The account or password is incorrect.');
    expect(isAuthingApiError(error)).toBe(true);
  });

  it('AuthingApiError: the envelope in a 400, with the mock\'s validation messages', async () => {
    const violations = JSON.stringify([{ location: ['request', 'body'], severity: 'Error', code: 'required', message: "must have required property 'account'" }]);
    const { client } = fakeClient(() => json({ code: 2231, message: 'incomplete', data: null }, 400, { 'sl-violations': violations }), { maxRetries: 0 });
    await expect(login(client)).rejects.toMatchObject({ code: 2231, status: 400, violations: ["request.body: must have required property 'account'"] });
  });

  it('AuthingHttpError: a proxy\'s HTML 502 page, with a bounded excerpt', async () => {
    const page = `<html><body>${'Bad gateway '.repeat(200)}</body></html>`;
    const { client } = fakeClient(() => new Response(page, { status: 502, headers: { 'content-type': 'text/html' } }), { maxRetries: 0 });
    const error = await login(client).catch((caught) => caught);
    expect(error).toBeInstanceOf(AuthingHttpError);
    expect(error.status).toBe(502);
    expect(error.body.startsWith('<html><body>Bad gateway')).toBe(true);
    expect(error.body.length).toBe(sdk.BODY_EXCERPT_LIMIT);
    expect(isAuthingHttpError(error)).toBe(true);
  });

  it('AuthingHttpError: a problem+json answer', async () => {
    const { client } = fakeClient(() => json({ type: 'about:blank', title: 'Invalid request', status: 422 }, 422), { maxRetries: 0 });
    await expect(login(client)).rejects.toMatchObject({ kind: 'http', status: 422, body: expect.stringContaining('Invalid request') });
  });

  it("AuthingHttpError: a problem+json answer's detail is in the message, without secrets", async () => {
    const detail = `Response for contentType: application/json and exampleKey: loginExpired does not exist (${password})`;
    const { client } = fakeClient(() => json({ type: 'https://stoplight.io/prism/errors#NOT_FOUND', title: 'The server cannot find the requested content', status: 404, detail }, 404), { maxRetries: 0 });
    const error = await login(client).catch((caught) => caught);
    expect(error.message).toBe('HTTP 404 without an Authing envelope: Response for contentType: application/json and exampleKey: loginExpired does not exist ([REDACTED])');
  });

  it.each([
    ['an HTML page with status 200', () => new Response('<html>maintenance</html>', { status: 200 })],
    ['truncated JSON', () => new Response('{"code":200,"mess', { status: 200 })],
    ['an empty body', () => new Response('', { status: 200 })],
    ['JSON without a code', () => json({ message: 'ok', data: {} })],
    ['a code that is a string', () => json({ code: '200', message: 'ok', data: {} })],
    ['data of the wrong type', () => json({ code: 200, message: 'ok', data: 'a user' })],
    ['a list where an object is expected', () => json({ code: 200, message: 'ok', data: [] })],
  ])('AuthingInvalidResponseError: %s', async (_label, answer) => {
    const { client } = fakeClient(answer, { maxRetries: 0 });
    const error = await login(client).catch((caught) => caught);
    expect(error).toBeInstanceOf(AuthingInvalidResponseError);
    expect(isAuthingInvalidResponseError(error)).toBe(true);
    expect(error.status).toBe(200);
  });

  it('AuthingNetworkError: fetch rejects, with the cause kept', async () => {
    const cause = new TypeError('fetch failed');
    const { client } = fakeClient(() => Promise.reject(cause), { maxRetries: 0 });
    const error = await login(client).catch((caught) => caught);
    expect(error).toBeInstanceOf(AuthingNetworkError);
    expect(error.cause).toBe(cause);
    expect(isAuthingNetworkError(error)).toBe(true);
  });

  it('AuthingNetworkError: says in its message where the request went and why it got no answer, without secrets', async () => {
    // A port nothing listens on: Node's fetch refuses with the reason in its cause.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const client = new AuthenticationClient({ userPoolId: 'POOL', host: `http://127.0.0.1:${port}`, encryptPassword: 'none', maxRetries: 0 });
    const error = await login(client).catch((caught) => caught);
    expect(error).toBeInstanceOf(AuthingNetworkError);
    expect(error.message).toBe(`Network error: no complete answer from POST http://127.0.0.1:${port}/api/v2/login/account: connect ECONNREFUSED 127.0.0.1:${port}`);
    expect(inspect(error, { depth: 5 })).not.toContain(password);
  });

  it('AuthingNetworkError: the connection resets half-way through the body', async () => {
    const { client } = fakeClient(() => {
      const body = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"code":200,'));
          controller.error(new TypeError('terminated'));
        },
      });
      return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
    }, { maxRetries: 0 });
    await expect(login(client)).rejects.toBeInstanceOf(AuthingNetworkError);
  });
});

describe('input errors', () => {
  it('refuses a client without userPoolId, saying what it takes and what it got', () => {
    expect(() => new AuthenticationClient({} as never)).toThrow("Invalid AuthenticationClient option userPoolId: expected your user pool's id, a non-empty string, got undefined");
    expect(() => new AuthenticationClient({ userPoolId: '' })).toThrow("Invalid AuthenticationClient option userPoolId: expected your user pool's id, a non-empty string, got an empty string");
    expect(() => new AuthenticationClient(undefined as never)).toThrow('AuthenticationClient needs an options object { userPoolId, ... }, got undefined');
    expect(() => new AuthenticationClient('POOL' as never)).toThrow('AuthenticationClient needs an options object { userPoolId, ... }, got "POOL"');
  });

  it.each([
    [{ host: 'core.authing.cn' }, 'host', 'an http(s) URL like https://core.authing.cn, got "core.authing.cn"'],
    [{ host: 'https://core authing.cn' }, 'host', 'an http(s) URL like https://core.authing.cn, got "https://core authing.cn"'],
    [{ host: 'ftp://core.authing.cn' }, 'host', 'an http(s) URL like https://core.authing.cn, got "ftp://core.authing.cn"'],
    [{ timeoutMs: 0 }, 'timeoutMs', 'milliseconds from 1 to 2^31-1, got 0'],
    [{ timeoutMs: Number.NaN }, 'timeoutMs', 'milliseconds from 1 to 2^31-1, got NaN'],
    [{ maxRetries: -1 }, 'maxRetries', 'an integer from 0 to 10, got -1'],
    [{ maxRetries: 1.5 }, 'maxRetries', 'an integer from 0 to 10, got 1.5'],
    [{ fetch: 'fetch' }, 'fetch', 'a fetch function, got "fetch"'],
    [{ encryptPassword: 'aes' }, 'encryptPassword', `'rsa', 'none' or a function, got "aes"`],
    [{ encryptPassword: [] }, 'encryptPassword', `'rsa', 'none' or a function, got an array`],
  ])('refuses %o, naming the option, what it takes and what it got', (options, field, expected) => {
    const create = () => new AuthenticationClient({ userPoolId: 'POOL', ...(options as object) });
    expect(create).toThrow(expect.objectContaining({ kind: 'input', field }));
    expect(create).toThrow(`Invalid AuthenticationClient option ${field}: expected ${expected}`);
  });

  it('says what a bad parameter got, but never the value of a password, code or token', async () => {
    const { client } = fakeClient(exampleRouter(), { maxRetries: 0 });
    await expect(client.loginByEmail({ email: 42, password } as never)).rejects.toThrow('loginByEmail: email is required: a non-empty string, got 42');
    await expect(client.loginByEmail({ email: 'a@b.c', password: 123456 } as never)).rejects.toThrow('loginByEmail: password is required: a non-empty string, got a number');
    await expect(client.resetPasswordByEmailCode({ email: 'a@b.c', code: 987654, newPassword: password } as never)).rejects.toThrow(
      'resetPasswordByEmailCode: code is required: a non-empty string, got a number',
    );
    await expect(client.sendSmsCode('18812345678' as never)).rejects.toThrow('sendSmsCode needs an object of parameters, got "18812345678"');
    expect(() => client.setToken(12345 as never)).toThrow('setToken takes a non-empty string, or null to sign out, got a number');
    await expect(client.sendSmsCode({ phone: '18812345678' }, { timeoutMs: -5 })).rejects.toThrow(
      'sendSmsCode: call options must be { signal?, timeoutMs?, headers? } with timeoutMs from 1 to 2^31-1, got -5',
    );
  });

  it('refuses a missing required parameter before sending anything, naming the caller\'s field', async () => {
    const { client, wire } = fakeClient(exampleRouter(), { maxRetries: 0 });
    await expect(client.loginByEmail({ password } as never)).rejects.toMatchObject({ kind: 'input', field: 'email' });
    await expect(client.registerByEmail({ email: '', password })).rejects.toMatchObject({ kind: 'input', field: 'email' });
    await expect(client.sendEmail({ email: 'a@b.c' } as never)).rejects.toMatchObject({ field: 'scene' });
    await expect(client.sendSmsCode(null as never)).rejects.toMatchObject({ field: 'params' });
    await expect(client.updateProfile('nickname' as never)).rejects.toMatchObject({ field: 'params' });
    expect(wire.requests).toHaveLength(0);
  });
});

describe('values JSON cannot hold', () => {
  const deep = () => {
    const root: Record<string, unknown> = {};
    let node = root;
    for (let depth = 0; depth < 20_000; depth++) node = (node.a = {}) as Record<string, unknown>;
    return root;
  };
  const cyclic = () => {
    const value: Record<string, unknown> = {};
    value.self = value;
    return value;
  };

  it.each([
    ['nested 20,000 deep', deep],
    ['with a cycle', cyclic],
    ['with a BigInt', () => ({ count: 10n })],
  ])("a registration's customData or context %s: AuthingInputError naming the field, nothing sent", async (_label, value) => {
    const { client, wire } = fakeClient(exampleRouter(), { maxRetries: 0 });
    await expect(client.registerByEmail({ email: 'a@b.c', password, customData: { meta: value() } })).rejects.toMatchObject({ kind: 'input', field: 'customData', message: expect.stringContaining('customData cannot be encoded as JSON') });
    await expect(client.registerByEmail({ email: 'a@b.c', password, context: value() })).rejects.toMatchObject({ kind: 'input', field: 'context', message: expect.stringContaining('context cannot be encoded as JSON') });
    await expect(client.loginByEmail({ email: 'a@b.c', password, customData: { meta: value() } })).rejects.toMatchObject({ kind: 'input', message: expect.stringContaining('cannot be encoded as JSON') });
    expect(wire.requests).toHaveLength(0);
  });
});

describe('call options', () => {
  it.each([[null], ['fast'], [{ timeoutMs: 0 }], [{ timeoutMs: -5 }], [{ timeoutMs: Number.NaN }]])('refuses %o before sending', async (options) => {
    const { client, wire } = fakeClient(exampleRouter(), { maxRetries: 0, token: loginToken });
    await expect(client.getCurrentUser(options as never)).rejects.toMatchObject({ kind: 'input', field: 'options' });
    await expect(client.sendSmsCode({ phone: '18812345678' }, options as never)).rejects.toMatchObject({ kind: 'input', field: 'options' });
    expect(wire.requests).toHaveLength(0);
  });

  it.each([[{ 'x-bad\nname': 'v' }], [{ 'x-ok': 'line\nbreak' }], [{ 'x-ok': 'é\u0100' }]])('refuses the headers %o before sending, per call and at construction', async (headers) => {
    const { client, wire } = fakeClient(exampleRouter(), { maxRetries: 0 });
    await expect(client.sendSmsCode({ phone: '18812345678' }, { headers })).rejects.toMatchObject({ kind: 'input', field: 'headers' });
    expect(() => new AuthenticationClient({ userPoolId: 'POOL', headers })).toThrow(expect.objectContaining({ kind: 'input', field: 'headers' }));
    expect(wire.requests).toHaveLength(0);
  });

  it('refuses a stored token that no header can carry before sending (typed, not a middleware error)', async () => {
    const { client, wire } = fakeClient(exampleRouter(), { maxRetries: 0, token: 'bad\ntoken' });
    await expect(client.getCurrentUser()).rejects.toMatchObject({ kind: 'input', field: 'headers' });
    expect(wire.requests).toHaveLength(0);
  });

  it('refuses parameters that JSON cannot encode before sending', async () => {
    const { client, wire } = fakeClient(exampleRouter(), { maxRetries: 0, token: loginToken });
    const cyclic: Record<string, unknown> = { nickname: 'n' };
    cyclic.self = cyclic;
    await expect(client.updateProfile(cyclic)).rejects.toMatchObject({ kind: 'input', field: 'params' });
    await expect(client.updateProfile({ nickname: 'n', age: 1n } as never)).rejects.toMatchObject({ kind: 'input', field: 'params' });
    expect(wire.requests).toHaveLength(0);
  });
});

describe('guards', () => {
  it('recognise errors from another copy of the package by their brand', () => {
    const foreign = Object.assign(new Error('x'), { [Symbol.for('authing-rest-sdk.error')]: 'api', code: 2000 });
    expect(isAuthingError(foreign)).toBe(true);
    expect(isAuthingApiError(foreign)).toBe(true);
    expect(isAuthingHttpError(foreign)).toBe(false);
  });

  it('reject everything else', () => {
    for (const value of [null, undefined, 0, 'AuthingApiError', new Error('x'), { kind: 'api' }]) expect(isAuthingError(value)).toBe(false);
  });

  it('exist for every error class', () => {
    for (const name of Object.keys(sdk).filter((key) => /^Authing\w+Error$/.test(key))) {
      expect(typeof (sdk as Record<string, unknown>)[`is${name}`], name).toBe('function');
    }
  });
});

describe('secrets never reach an error', () => {
  const secretsIn = (error: unknown) => {
    const parts = [String(error), (error as Error).stack, JSON.stringify(error), inspect(error, { depth: 10 })];
    for (let cause = (error as Error).cause; cause; cause = (cause as Error).cause) parts.push(inspect(cause, { depth: 10 }));
    return parts.join('\n');
  };

  it.each([
    ['a message that echoes the password', () => json({ code: 2333, message: `wrong password ${password}`, data: null })],
    ['an HTML page that echoes the password', () => new Response(`<p>bad request: ${password}</p>`, { status: 500 })],
    ['a 200 page that echoes the password', () => new Response(`unexpected ${password}`, { status: 200 })],
  ])('%s', async (_label, answer) => {
    const { client } = fakeClient(answer, { maxRetries: 0 });
    const error = await login(client).catch((caught) => caught);
    expect(isAuthingError(error)).toBe(true);
    expect(secretsIn(error)).not.toContain(password);
    expect(secretsIn(error)).toContain('[REDACTED]');
  });

  it('nor verification codes and tokens', async () => {
    const { client } = fakeClient(() => json({ code: 2001, message: 'code 987654 is wrong', data: null }), { maxRetries: 0 });
    const error = await client.loginByPhoneCode({ phone: '18812345678', code: '987654' }).catch((caught) => caught);
    expect(secretsIn(error)).not.toContain('987654');

    const signedIn = fakeClient(() => new Response(`token ${loginToken} rejected`, { status: 401 }), { maxRetries: 0, token: loginToken });
    const tokenError = await signedIn.client.getCurrentUser().catch((caught) => caught);
    expect(secretsIn(tokenError)).not.toContain(loginToken);
  });
});

describe('ErrorCodes', () => {
  it("names every code of the spec's ErrorCode with its number", async () => {
    const { ErrorCodes } = await import('../../src/index.ts');
    const { loadSpec } = await import('../support/spec.ts');
    const fromSpec = (loadSpec().components.schemas.ErrorCode.oneOf as Array<{ const: number; title: string }>).map(({ title, const: code }) => [title, code]);
    expect(Object.entries(ErrorCodes)).toEqual(fromSpec);
    expect(ErrorCodes.CREDENTIALS_INCORRECT).toBe(2333);
  });
});
