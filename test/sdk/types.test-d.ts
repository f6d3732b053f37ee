/** Compile-time contract of the public API: required vs optional parameters, and return types. */
import { describe, expectTypeOf, it } from 'vitest';
import {
  AuthenticationClient,
  AuthingApiError,
  ErrorCodes,
  isAuthingApiError,
  type CommonMessage,
  type DecodedUdv,
  type ErrorCode,
  type JwtTokenStatus,
  type RefreshToken,
  type User,
} from '../../src/index.ts';

declare const client: AuthenticationClient;

describe('parameters', () => {
  it('requires what the spec requires', () => {
    // @ts-expect-error password is required
    void client.registerByEmail({ email: 'a@b.c' });
    // @ts-expect-error email is required
    void client.loginByEmail({ password: 'x' });
    // @ts-expect-error the wire name `account` is not a parameter of loginByEmail
    void client.loginByEmail({ account: 'a@b.c', password: 'x' });
    // @ts-expect-error scene is required
    void client.sendEmail({ email: 'a@b.c' });
    // @ts-expect-error VerifyEmail is a display name; the wire value is VERIFY_EMAIL
    void client.sendEmail({ email: 'a@b.c', scene: 'VerifyEmail' });
    // @ts-expect-error email cannot be changed by updateProfile
    void client.updateProfile({ email: 'a@b.c' });
    // @ts-expect-error phoneCode is required
    void client.bindPhone({ phone: '1' });
    // @ts-expect-error refreshToken takes no parameters object
    void client.refreshToken({ token: 'x' });
  });

  it('keeps options optional', () => {
    void client.registerByEmail({ email: 'a@b.c', password: 'x' });
    void client.registerByEmail({ email: 'a@b.c', password: 'x', profile: { nickname: 'N' }, forceLogin: true, generateToken: false, clientIp: '1.2.3.4' });
    void client.loginByEmail({ email: 'a@b.c', password: 'x', autoRegister: true, captchaCode: 'c', clientIp: '1.2.3.4' });
    void client.checkLoginStatus();
    void client.checkLoginStatus({ token: 'T' });
    void client.updatePassword({ newPassword: 'n' });
    void client.updatePhone({ phone: '1', phoneCode: '2', oldPhone: '3', oldPhoneCode: '4' });
    void client.setUdv({ key: 'born', value: new Date() });
    void client.getCurrentUser({ signal: AbortSignal.timeout(1000), timeoutMs: 500, headers: { 'x-a': 'b' } });
  });

  it('takes the call options of a method without parameters first, or after {}', () => {
    void client.getCurrentUser({}, { headers: { prefer: 'example=loginExpired' } });
    void client.logout({}, { timeoutMs: 500 });
    void client.listUdv({ headers: {} });
    // @ts-expect-error getCurrentUser takes no parameters
    void client.getCurrentUser({ id: 'u1' }, {});
    // @ts-expect-error one set of call options
    void client.refreshToken({ timeoutMs: 1 }, { timeoutMs: 2 });
  });
});

describe('results', () => {
  it('are the envelope data, typed from the spec', () => {
    expectTypeOf(client.loginByEmail).returns.resolves.toEqualTypeOf<User>();
    expectTypeOf(client.getCurrentUser).returns.resolves.toEqualTypeOf<User>();
    expectTypeOf(client.refreshToken).returns.resolves.toEqualTypeOf<RefreshToken>();
    expectTypeOf(client.checkLoginStatus).returns.resolves.toEqualTypeOf<JwtTokenStatus>();
    expectTypeOf(client.sendEmail).returns.resolves.toEqualTypeOf<CommonMessage>();
    expectTypeOf(client.sendSmsCode).returns.resolves.toEqualTypeOf<CommonMessage | null>();
    expectTypeOf(client.logout).returns.resolves.toEqualTypeOf<void>();
    expectTypeOf(client.listUdv).returns.resolves.toEqualTypeOf<DecodedUdv[]>();
  });

  it('narrow user-defined values by data type', () => {
    const [first] = [] as DecodedUdv[];
    if (first?.dataType === 'NUMBER') expectTypeOf(first.value).toEqualTypeOf<number | null>();
    if (first?.dataType === 'DATETIME') expectTypeOf(first.value).toEqualTypeOf<Date | null>();
  });

  it('types error codes with the known codes and still accepts others', () => {
    const error: unknown = undefined;
    if (isAuthingApiError(error)) {
      expectTypeOf(error).toEqualTypeOf<AuthingApiError>();
      expectTypeOf<2000>().toMatchTypeOf<typeof error.code>();
      expectTypeOf<9999>().toMatchTypeOf<typeof error.code>();
      expectTypeOf<ErrorCode>().toMatchTypeOf<typeof error.code>();
    }
  });

  it('compares error codes with ErrorCodes one by one and as a list', () => {
    const error = new AuthingApiError(2333, 'wrong', null, 200, []);
    expectTypeOf(error.code === ErrorCodes.CREDENTIALS_INCORRECT).toEqualTypeOf<boolean>();
    expectTypeOf([ErrorCodes.PASSWORD_WRONG, ErrorCodes.CREDENTIALS_INCORRECT].includes(error.code)).toEqualTypeOf<boolean>();
    expectTypeOf([2006, 2333].includes(error.code)).toEqualTypeOf<boolean>();
    expectTypeOf(new Set([ErrorCodes.CAPTCHA_REQUIRED]).has(error.code)).toEqualTypeOf<boolean>();
  });

  it('types client.api from the spec', () => {
    expectTypeOf(client.api.GET('/api/v2/users/me')).resolves.toHaveProperty('data');
    // @ts-expect-error no such path
    void client.api.GET('/api/v2/nowhere');
  });

  it('narrows a raw answer by its code: 200 is the success, with its data typed', async () => {
    const { data } = await client.api.GET('/api/v2/users/me');
    if (data?.code === 200) {
      expectTypeOf(data.data).toMatchTypeOf<{ id: string }>();
      expectTypeOf(data.data.email).toEqualTypeOf<string | null | undefined>();
    } else if (data) {
      expectTypeOf(data.code).toEqualTypeOf<ErrorCode>();
      expectTypeOf(data.message).toBeString();
    }
  });
});
