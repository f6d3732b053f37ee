/**
 * Generated from openapi/ by scripts/generate.ts (`npm run generate`). Do not edit by hand.
 */

/**
 * How each SDK method reaches the wire, read from the spec's `x-sdk-*` and `x-authing-answer` extensions,
 * `security`, request schemas and success answers. Keyed by SDK method name (`getWellKnown`: the pre-flight).
 * Each row is a {@link Route}: [method, path, token, session, retry, required, data, answer?, customData?];
 * a row without `answer` is answered in the envelope, one without `customData` carries none.
 */
export const routes: Record<RouteName, Route> = {
  getWellKnown: ['get', '/api/v2/.well-known', 'none', 'keep', true, [], ['publicKey']],
  registerByEmail: ['post', '/api/v2/register/email', 'none', 'set', false, ['email', 'password'], ['id'], 'envelope', 'params'],
  registerByUsername: ['post', '/api/v2/register/username', 'none', 'set', false, ['username', 'password'], ['id'], 'envelope', 'params'],
  registerByPhoneCode: ['post', '/api/v2/register/phone-code', 'none', 'set', false, ['phone', 'code'], ['id'], 'envelope', 'params'],
  sendSmsCode: ['post', '/api/v2/sms/send', 'none', 'keep', false, ['phone'], 'object-or-null'],
  loginByEmail: ['post', '/api/v2/login/account', 'none', 'set', false, ['account', 'password'], ['id'], 'envelope', 'array'],
  loginByUsername: ['post', '/api/v2/login/account', 'none', 'set', false, ['account', 'password'], ['id'], 'envelope', 'array'],
  loginByPhonePassword: ['post', '/api/v2/login/account', 'none', 'set', false, ['account', 'password'], ['id'], 'envelope', 'array'],
  loginByPhoneCode: ['post', '/api/v2/login/phone-code', 'none', 'set', false, ['phone', 'code'], ['id'], 'envelope', 'array'],
  checkLoginStatus: ['post', '/api/v2/users/login/check-status', 'body', 'keep', true, ['token'], ['code', 'message', 'status'], 'bare'],
  sendEmail: ['post', '/api/v2/email/send', 'none', 'keep', false, ['email', 'scene'], ['code', 'message']],
  resetPasswordByPhoneCode: ['post', '/api/v2/password/reset/sms', 'none', 'keep', false, ['phone', 'code', 'newPassword'], ['code', 'message']],
  resetPasswordByEmailCode: ['post', '/api/v2/password/reset/email', 'none', 'keep', false, ['email', 'code', 'newPassword'], ['code', 'message']],
  updateProfile: ['post', '/api/v2/users/profile/update', 'required', 'update-user', false, [], ['id']],
  updatePassword: ['post', '/api/v2/password/update', 'required', 'update-user', false, ['newPassword'], ['id']],
  updatePhone: ['post', '/api/v2/users/phone/update', 'required', 'update-user', false, ['phone', 'phoneCode'], ['id']],
  updateEmail: ['post', '/api/v2/users/email/update', 'required', 'update-user', false, ['email', 'emailCode'], ['id']],
  refreshToken: ['post', '/api/v2/users/refresh-token', 'required', 'replace', false, [], ['token', 'iat', 'exp']],
  bindPhone: ['post', '/api/v2/users/phone/bind', 'required', 'update-user', false, ['phone', 'phoneCode'], ['id']],
  unbindPhone: ['post', '/api/v2/users/phone/unbind', 'required', 'update-user', false, [], ['id']],
  getCurrentUser: ['get', '/api/v2/users/me', 'required', 'cache-user', true, [], ['id']],
  logout: ['get', '/api/v2/logout', 'required', 'clear', true, [], 'object-or-null'],
  listUdv: ['post', '/api/v2/udvs/get', 'required', 'keep', true, ['targetType', 'targetId'], 'list', 'bare'],
  setUdv: ['post', '/api/v2/udfs/values', 'required', 'keep', false, [], 'list'],
  removeUdv: ['post', '/graphql/v2', 'required', 'keep', false, ['query'], 'list', 'graphql'],
};

/** An SDK method, or `getWellKnown` for the pre-flight. */
export type RouteName = 'getWellKnown' | 'registerByEmail' | 'registerByUsername' | 'registerByPhoneCode' | 'sendSmsCode' | 'loginByEmail' | 'loginByUsername' | 'loginByPhonePassword' | 'loginByPhoneCode' | 'checkLoginStatus' | 'sendEmail' | 'resetPasswordByPhoneCode' | 'resetPasswordByEmailCode' | 'updateProfile' | 'updatePassword' | 'updatePhone' | 'updateEmail' | 'refreshToken' | 'bindPhone' | 'unbindPhone' | 'getCurrentUser' | 'logout' | 'listUdv' | 'setUdv' | 'removeUdv';

/** The user's token: in the Authorization header (`required`), as the body's `token` unless the caller gives one (`body`), or never (`none`). */
export type TokenRule = 'required' | 'body' | 'none';
/** What a successful answer does to the session (`x-sdk-session`). */
export type SessionEffect = 'keep' | 'set' | 'replace' | 'clear' | 'update-user' | 'cache-user';
/** A success's result: a list, an object or null, or an object with these required fields. */
export type DataShape = 'list' | 'object-or-null' | readonly string[];
/** How the service answers: in the `{ code, message, data }` envelope, the result itself (`bare`), or GraphQL's `{ data: { field }, errors }`. */
export type AnswerKind = 'envelope' | 'bare' | 'graphql';
/** How the body carries `customData`: as `params`, a JSON string of `[{ key, value }]` (registrations), or as that array itself (logins). */
export type CustomDataForm = 'params' | 'array';

/** How one SDK method calls its operation. `retry`: whether a failed attempt may be sent again (`x-sdk-idempotent`); `required`: body fields that must be non-empty strings; `data`: the shape of the result; `answer`: where the result is found. */
export type Route = readonly [
  method: 'get' | 'post',
  path: string,
  token: TokenRule,
  session: SessionEffect,
  retry: boolean,
  required: readonly string[],
  data: DataShape,
  answer?: AnswerKind,
  customData?: CustomDataForm,
];
