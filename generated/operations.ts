/**
 * Generated from openapi/ by scripts/generate.ts (`npm run generate`). Do not edit by hand.
 */

/**
 * How each SDK method reaches the wire, read from the spec's `x-sdk-*` extensions, `security`,
 * request schemas and success envelopes. Keyed by SDK method name (`getWellKnown`: the pre-flight).
 */
export const operations: Record<OperationName, Operation> = {
  getWellKnown: ['get', '/api/v2/.well-known', 'none', 'none', true, [], 'object'],
  registerByEmail: ['post', '/api/v2/register/email', 'none', 'set', false, ['email', 'password'], 'object'],
  registerByUsername: ['post', '/api/v2/register/username', 'none', 'set', false, ['username', 'password'], 'object'],
  registerByPhoneCode: ['post', '/api/v2/register/phone-code', 'none', 'set', false, ['phone', 'code'], 'object'],
  sendSmsCode: ['post', '/api/v2/sms/send', 'none', 'none', false, ['phone'], 'optional'],
  loginByEmail: ['post', '/api/v2/login/account', 'none', 'set', false, ['account', 'password'], 'object'],
  loginByUsername: ['post', '/api/v2/login/account', 'none', 'set', false, ['account', 'password'], 'object'],
  loginByPhonePassword: ['post', '/api/v2/login/account', 'none', 'set', false, ['account', 'password'], 'object'],
  loginByPhoneCode: ['post', '/api/v2/login/phone-code', 'none', 'set', false, ['phone', 'code'], 'object'],
  checkLoginStatus: ['post', '/api/v2/users/check-login-status', 'optional', 'none', true, [], 'object'],
  sendEmail: ['post', '/api/v2/email/send', 'none', 'none', false, ['email', 'scene'], 'object'],
  resetPasswordByPhoneCode: ['post', '/api/v2/password/reset/sms', 'none', 'none', false, ['phone', 'code', 'newPassword'], 'object'],
  resetPasswordByEmailCode: ['post', '/api/v2/password/reset/email', 'none', 'none', false, ['email', 'code', 'newPassword'], 'object'],
  updateProfile: ['post', '/api/v2/users/profile/update', 'required', 'update-user', false, [], 'object'],
  updatePassword: ['post', '/api/v2/password/update', 'required', 'update-user', false, ['newPassword'], 'object'],
  updatePhone: ['post', '/api/v2/users/phone/update', 'required', 'update-user', false, ['phone', 'phoneCode'], 'object'],
  updateEmail: ['post', '/api/v2/users/email/update', 'required', 'update-user', false, ['email', 'emailCode'], 'object'],
  refreshToken: ['post', '/api/v2/users/refresh-token', 'required', 'replace', false, [], 'object'],
  bindPhone: ['post', '/api/v2/users/phone/bind', 'required', 'update-user', false, ['phone', 'phoneCode'], 'object'],
  unbindPhone: ['post', '/api/v2/users/phone/unbind', 'required', 'update-user', false, [], 'object'],
  getCurrentUser: ['get', '/api/v2/users/me', 'required', 'cache-user', true, [], 'object'],
  logout: ['get', '/api/v2/logout', 'required', 'clear', true, [], 'optional'],
  listUdv: ['post', '/api/v2/udvs/get', 'required', 'none', true, ['targetType', 'targetId'], 'list'],
  setUdv: ['post', '/api/v2/udvs/set', 'required', 'none', false, ['targetType', 'targetId', 'key', 'value'], 'list'],
  removeUdv: ['post', '/api/v2/udvs/remove', 'required', 'none', false, ['targetType', 'targetId', 'key'], 'list'],
};

/** An SDK method, or `getWellKnown` for the pre-flight. */
export type OperationName = 'getWellKnown' | 'registerByEmail' | 'registerByUsername' | 'registerByPhoneCode' | 'sendSmsCode' | 'loginByEmail' | 'loginByUsername' | 'loginByPhonePassword' | 'loginByPhoneCode' | 'checkLoginStatus' | 'sendEmail' | 'resetPasswordByPhoneCode' | 'resetPasswordByEmailCode' | 'updateProfile' | 'updatePassword' | 'updatePhone' | 'updateEmail' | 'refreshToken' | 'bindPhone' | 'unbindPhone' | 'getCurrentUser' | 'logout' | 'listUdv' | 'setUdv' | 'removeUdv';

/** Whether an operation needs the user's token: always, when no token is given in the body, or never. */
export type AuthRequirement = 'required' | 'optional' | 'none';
/** What a successful answer does to the session (`x-sdk-session`). */
export type SessionEffect = 'none' | 'set' | 'replace' | 'clear' | 'update-user' | 'cache-user';
/** The top-level shape of the success envelope's `data`: an object, a list, or null or an object. */
export type DataShape = 'object' | 'list' | 'optional';

/** [HTTP method, path, token, session effect, idempotent (may be retried), required body fields, data shape]. */
export type Operation = readonly ['get' | 'post', string, AuthRequirement, SessionEffect, boolean, readonly string[], DataShape];
