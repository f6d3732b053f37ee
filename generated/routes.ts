/**
 * Generated from openapi/ by scripts/generate.ts (`npm run generate`). Do not edit by hand.
 */

/**
 * How each SDK method reaches the wire, read from the spec's `x-sdk-*` and `x-authing-answer` extensions,
 * `security`, request schemas and success answers. Keyed by SDK method name (`getWellKnown`: the pre-flight).
 */
export const routes: Record<RouteName, Route> = {
  getWellKnown: { method: 'get', path: '/api/v2/.well-known', token: 'none', session: 'keep', retry: true, required: [], data: ['publicKey'] },
  registerByEmail: { method: 'post', path: '/api/v2/register/email', token: 'none', session: 'set', retry: false, required: ['email', 'password'], data: ['id'], customData: 'params' },
  registerByUsername: { method: 'post', path: '/api/v2/register/username', token: 'none', session: 'set', retry: false, required: ['username', 'password'], data: ['id'], customData: 'params' },
  registerByPhoneCode: { method: 'post', path: '/api/v2/register/phone-code', token: 'none', session: 'set', retry: false, required: ['phone', 'code'], data: ['id'], customData: 'params' },
  sendSmsCode: { method: 'post', path: '/api/v2/sms/send', token: 'none', session: 'keep', retry: false, required: ['phone'], data: 'object-or-null' },
  loginByEmail: { method: 'post', path: '/api/v2/login/account', token: 'none', session: 'set', retry: false, required: ['account', 'password'], data: ['id'], customData: 'array' },
  loginByUsername: { method: 'post', path: '/api/v2/login/account', token: 'none', session: 'set', retry: false, required: ['account', 'password'], data: ['id'], customData: 'array' },
  loginByPhonePassword: { method: 'post', path: '/api/v2/login/account', token: 'none', session: 'set', retry: false, required: ['account', 'password'], data: ['id'], customData: 'array' },
  loginByPhoneCode: { method: 'post', path: '/api/v2/login/phone-code', token: 'none', session: 'set', retry: false, required: ['phone', 'code'], data: ['id'], customData: 'array' },
  checkLoginStatus: { method: 'post', path: '/api/v2/users/login/check-status', token: 'body', session: 'keep', retry: true, required: ['token'], data: ['code', 'message', 'status'], answer: 'bare' },
  sendEmail: { method: 'post', path: '/api/v2/email/send', token: 'none', session: 'keep', retry: false, required: ['email', 'scene'], data: ['code', 'message'] },
  resetPasswordByPhoneCode: { method: 'post', path: '/api/v2/password/reset/sms', token: 'none', session: 'keep', retry: false, required: ['phone', 'code', 'newPassword'], data: ['code', 'message'] },
  resetPasswordByEmailCode: { method: 'post', path: '/api/v2/password/reset/email', token: 'none', session: 'keep', retry: false, required: ['email', 'code', 'newPassword'], data: ['code', 'message'] },
  updateProfile: { method: 'post', path: '/api/v2/users/profile/update', token: 'required', session: 'update-user', retry: false, required: [], data: ['id'] },
  updatePassword: { method: 'post', path: '/api/v2/password/update', token: 'required', session: 'update-user', retry: false, required: ['newPassword'], data: ['id'] },
  updatePhone: { method: 'post', path: '/api/v2/users/phone/update', token: 'required', session: 'update-user', retry: false, required: ['phone', 'phoneCode'], data: ['id'] },
  updateEmail: { method: 'post', path: '/api/v2/users/email/update', token: 'required', session: 'update-user', retry: false, required: ['email', 'emailCode'], data: ['id'] },
  refreshToken: { method: 'post', path: '/api/v2/users/refresh-token', token: 'required', session: 'replace', retry: false, required: [], data: ['token', 'iat', 'exp'] },
  bindPhone: { method: 'post', path: '/api/v2/users/phone/bind', token: 'required', session: 'update-user', retry: false, required: ['phone', 'phoneCode'], data: ['id'] },
  unbindPhone: { method: 'post', path: '/api/v2/users/phone/unbind', token: 'required', session: 'update-user', retry: false, required: [], data: ['id'] },
  getCurrentUser: { method: 'get', path: '/api/v2/users/me', token: 'required', session: 'cache-user', retry: true, required: [], data: ['id'] },
  logout: { method: 'get', path: '/api/v2/logout', token: 'required', session: 'clear', retry: true, required: [], data: 'object-or-null' },
  listUdv: { method: 'post', path: '/api/v2/udvs/get', token: 'required', session: 'keep', retry: true, required: ['targetType', 'targetId'], data: 'list', answer: 'bare' },
  setUdv: { method: 'post', path: '/api/v2/udfs/values', token: 'required', session: 'keep', retry: false, required: [], data: 'list' },
  removeUdv: { method: 'post', path: '/graphql/v2', token: 'required', session: 'keep', retry: false, required: ['query'], data: 'list', answer: 'graphql' },
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

/** How one SDK method calls its operation. */
export interface Route {
  method: 'get' | 'post';
  path: string;
  token: TokenRule;
  session: SessionEffect;
  /** Whether a failed attempt may be sent again (`x-sdk-idempotent`). */
  retry: boolean;
  /** Body fields that must be non-empty strings. */
  required: readonly string[];
  /** The shape of the result. */
  data: DataShape;
  /** Where the result is found; the envelope when absent. */
  answer?: AnswerKind;
  /** How the body carries custom data; none when absent. */
  customData?: CustomDataForm;
}
