/**
 * One minimal and one full call of each of the 24 methods, with the seed's values, and the body the full
 * call must put on the wire. Shared by the wire tests (fake fetch) and the contract suite (Prism).
 */
import type { AuthenticationClient, CallOptions } from '../../src/index.ts';
import { graphqlDocuments } from '../../generated/graphql.ts';

export const email = 'test@example.com';
export const phone = '18812345678';
export const userId = '60b7c8d9e1f2a30012345678';

export interface MethodCalls {
  name: string;
  /** Whether the call needs a signed-in client. */
  signedIn: boolean;
  minimal: (client: AuthenticationClient, options?: CallOptions) => Promise<unknown>;
  full: (client: AuthenticationClient, options?: CallOptions) => Promise<unknown>;
  /** What `full` sends as its body (passwords as typed), or undefined for no body. */
  fullBody?: Record<string, unknown>;
  fullQuery?: Record<string, string>;
}

const profile = { nickname: 'Nick' };
const clientIp = '203.0.113.7';
/**
 * Custom data and context as callers give them, and as they go on the wire, as Authing's clients send
 * them: registrations take `params`, a JSON string; logins take `customData`, the real array.
 */
const customData = { city: 'Beijing', age: 22 };
const context = { source: 'web' };
const encoded = { params: '[{"key":"city","value":"Beijing"},{"key":"age","value":22}]', context: '{"source":"web"}' };
const loginEncoded = { customData: [{ key: 'city', value: 'Beijing' }, { key: 'age', value: 22 }], context: '{"source":"web"}' };

export const methodCalls: MethodCalls[] = [
  {
    name: 'registerByEmail',
    signedIn: false,
    minimal: (c, o) => c.registerByEmail({ email, password: 'passw0rd' }, o),
    full: (c, o) => c.registerByEmail({ email, password: 'passw0rd', profile, forceLogin: true, generateToken: false, clientIp, customData, context }, o),
    fullBody: { email, password: 'passw0rd', profile, forceLogin: true, generateToken: false, clientIp, ...encoded },
  },
  {
    name: 'registerByUsername',
    signedIn: false,
    minimal: (c, o) => c.registerByUsername({ username: 'bob', password: 'passw0rd' }, o),
    full: (c, o) => c.registerByUsername({ username: 'bob', password: 'passw0rd', profile, forceLogin: false, generateToken: true, clientIp, customData, context }, o),
    fullBody: { username: 'bob', password: 'passw0rd', profile, forceLogin: false, generateToken: true, clientIp, ...encoded },
  },
  {
    name: 'registerByPhoneCode',
    signedIn: false,
    minimal: (c, o) => c.registerByPhoneCode({ phone, code: '1234' }, o),
    full: (c, o) => c.registerByPhoneCode({ phone, code: '1234', password: 'passw0rd', phoneCountryCode: '+86', profile, forceLogin: true, clientIp, customData, context }, o),
    fullBody: { phone, code: '1234', password: 'passw0rd', phoneCountryCode: '+86', profile, forceLogin: true, clientIp, ...encoded },
  },
  {
    name: 'sendSmsCode',
    signedIn: false,
    minimal: (c, o) => c.sendSmsCode({ phone }, o),
    full: (c, o) => c.sendSmsCode({ phone, phoneCountryCode: '+86', scene: 'register', captchaCode: 'x7k2' }, o),
    fullBody: { phone, phoneCountryCode: '+86', scene: 'register', captchaCode: 'x7k2' },
  },
  {
    name: 'loginByEmail',
    signedIn: false,
    minimal: (c, o) => c.loginByEmail({ email, password: 'passw0rd' }, o),
    full: (c, o) => c.loginByEmail({ email, password: 'passw0rd', autoRegister: true, captchaCode: 'x7k2', clientIp, customData, context }, o),
    fullBody: { account: email, password: 'passw0rd', autoRegister: true, captchaCode: 'x7k2', clientIp, ...loginEncoded },
  },
  {
    name: 'loginByUsername',
    signedIn: false,
    minimal: (c, o) => c.loginByUsername({ username: 'bob', password: 'passw0rd' }, o),
    full: (c, o) => c.loginByUsername({ username: 'bob', password: 'passw0rd', autoRegister: true, captchaCode: 'x7k2', clientIp, customData, context }, o),
    fullBody: { account: 'bob', password: 'passw0rd', autoRegister: true, captchaCode: 'x7k2', clientIp, ...loginEncoded },
  },
  {
    name: 'loginByPhoneCode',
    signedIn: false,
    minimal: (c, o) => c.loginByPhoneCode({ phone, code: '1234' }, o),
    full: (c, o) => c.loginByPhoneCode({ phone, code: '1234', phoneCountryCode: '+86', autoRegister: true, clientIp, customData, context }, o),
    fullBody: { phone, code: '1234', phoneCountryCode: '+86', autoRegister: true, clientIp, ...loginEncoded },
  },
  {
    name: 'loginByPhonePassword',
    signedIn: false,
    minimal: (c, o) => c.loginByPhonePassword({ phone, password: 'passw0rd' }, o),
    full: (c, o) => c.loginByPhonePassword({ phone, password: 'passw0rd', captchaCode: 'x7k2', clientIp, customData, context }, o),
    fullBody: { account: phone, password: 'passw0rd', captchaCode: 'x7k2', clientIp, ...loginEncoded },
  },
  {
    name: 'checkLoginStatus',
    signedIn: true,
    // Without a token, the stored one is checked: it goes in the body, not in Authorization.
    minimal: (c, o) => c.checkLoginStatus({}, o),
    full: (c, o) => c.checkLoginStatus({ token: 'TOKEN' }, o),
    fullBody: { token: 'TOKEN' },
  },
  {
    name: 'sendEmail',
    signedIn: false,
    minimal: (c, o) => c.sendEmail({ email, scene: 'RESET_PASSWORD' }, o),
    full: (c, o) => c.sendEmail({ email, scene: 'VERIFY_EMAIL' }, o),
    fullBody: { email, scene: 'VERIFY_EMAIL' },
  },
  {
    name: 'resetPasswordByPhoneCode',
    signedIn: false,
    minimal: (c, o) => c.resetPasswordByPhoneCode({ phone, code: '1234', newPassword: 'passw0rd' }, o),
    full: (c, o) => c.resetPasswordByPhoneCode({ phone, code: '1234', newPassword: 'passw0rd', phoneCountryCode: '+86' }, o),
    fullBody: { phone, code: '1234', newPassword: 'passw0rd', phoneCountryCode: '+86' },
  },
  {
    name: 'resetPasswordByEmailCode',
    signedIn: false,
    minimal: (c, o) => c.resetPasswordByEmailCode({ email, code: '1234', newPassword: 'passw0rd' }, o),
    full: (c, o) => c.resetPasswordByEmailCode({ email, code: '1234', newPassword: 'passw0rd' }, o),
    fullBody: { email, code: '1234', newPassword: 'passw0rd' },
  },
  {
    name: 'updateProfile',
    signedIn: true,
    minimal: (c, o) => c.updateProfile({ nickname: 'Nick' }, o),
    full: (c, o) =>
      c.updateProfile({ username: 'bob', nickname: 'Nick', company: 'Example Ltd', gender: 'M', birthdate: '1990-01-01', city: 'Beijing', website: 'https://example.com' }, o),
    fullBody: { username: 'bob', nickname: 'Nick', company: 'Example Ltd', gender: 'M', birthdate: '1990-01-01', city: 'Beijing', website: 'https://example.com' },
  },
  {
    name: 'updatePassword',
    signedIn: true,
    minimal: (c, o) => c.updatePassword({ newPassword: 'passw0rd' }, o),
    full: (c, o) => c.updatePassword({ newPassword: 'passw0rd', oldPassword: '123456!' }, o),
    fullBody: { newPassword: 'passw0rd', oldPassword: '123456!' },
  },
  {
    name: 'updatePhone',
    signedIn: true,
    minimal: (c, o) => c.updatePhone({ phone: '15899999999', phoneCode: '1234' }, o),
    full: (c, o) =>
      c.updatePhone({ phone: '15899999999', phoneCode: '1234', phoneCountryCode: '+86', oldPhone: '15888888888', oldPhoneCode: '5678', oldPhoneCountryCode: '+86' }, o),
    fullBody: { phone: '15899999999', phoneCode: '1234', phoneCountryCode: '+86', oldPhone: '15888888888', oldPhoneCode: '5678', oldPhoneCountryCode: '+86' },
  },
  {
    name: 'updateEmail',
    signedIn: true,
    minimal: (c, o) => c.updateEmail({ email: 'test1@example.com', emailCode: '1234' }, o),
    full: (c, o) => c.updateEmail({ email: 'test1@example.com', emailCode: '1234', oldEmail: 'test2@example.com', oldEmailCode: '5678' }, o),
    fullBody: { email: 'test1@example.com', emailCode: '1234', oldEmail: 'test2@example.com', oldEmailCode: '5678' },
  },
  { name: 'refreshToken', signedIn: true, minimal: (c, o) => c.refreshToken(o), full: (c, o) => c.refreshToken(o), fullBody: {} },
  {
    name: 'bindPhone',
    signedIn: true,
    minimal: (c, o) => c.bindPhone({ phone, phoneCode: '1234' }, o),
    full: (c, o) => c.bindPhone({ phone, phoneCode: '1234', phoneCountryCode: '+86' }, o),
    fullBody: { phone, phoneCode: '1234', phoneCountryCode: '+86' },
  },
  { name: 'unbindPhone', signedIn: true, minimal: (c, o) => c.unbindPhone(o), full: (c, o) => c.unbindPhone(o), fullBody: {} },
  { name: 'getCurrentUser', signedIn: true, minimal: (c, o) => c.getCurrentUser(o), full: (c, o) => c.getCurrentUser(o) },
  { name: 'logout', signedIn: true, minimal: (c, o) => c.logout(o), full: (c, o) => c.logout(o), fullQuery: { app_id: 'APP_ID' } },
  { name: 'listUdv', signedIn: true, minimal: (c, o) => c.listUdv(o), full: (c, o) => c.listUdv(o), fullBody: { targetType: 'USER', targetId: userId } },
  {
    name: 'setUdv',
    signedIn: true,
    minimal: (c, o) => c.setUdv({ key: 'age', value: 15 }, o),
    full: (c, o) => c.setUdv({ key: 'meta', value: { plan: 'pro', seats: [1, 2] } }, o),
    fullBody: { udfs: [{ definition: 'meta', value: { plan: 'pro', seats: [1, 2] } }] },
  },
  {
    name: 'removeUdv',
    signedIn: true,
    minimal: (c, o) => c.removeUdv({ key: 'age' }, o),
    full: (c, o) => c.removeUdv({ key: 'age' }, o),
    // The GraphQL mutation Authing's SDKs send: no REST endpoint removes a value.
    fullBody: { query: graphqlDocuments.removeUdv, variables: { targetType: 'USER', targetId: userId, key: 'age' } },
  },
];
