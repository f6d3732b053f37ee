/**
 * Generated from openapi/ by scripts/generate.ts (`npm run generate`). Do not edit by hand.
 */

import type { operations as OperationTypes } from './schema.js';

/** How each SDK method reaches the wire, read from the spec's `x-sdk-*` extensions and `security`. */
export const operations = {
  getWellKnown: { operationId: 'getWellKnown', method: 'GET', path: '/api/v2/.well-known', auth: 'none', session: 'none', idempotent: true },
  registerByEmail: { operationId: 'registerByEmail', method: 'POST', path: '/api/v2/register/email', auth: 'none', session: 'set', idempotent: false },
  registerByUsername: { operationId: 'registerByUsername', method: 'POST', path: '/api/v2/register/username', auth: 'none', session: 'set', idempotent: false },
  registerByPhoneCode: { operationId: 'registerByPhoneCode', method: 'POST', path: '/api/v2/register/phone-code', auth: 'none', session: 'set', idempotent: false },
  sendSmsCode: { operationId: 'sendSmsCode', method: 'POST', path: '/api/v2/sms/send', auth: 'none', session: 'none', idempotent: false },
  loginByEmail: { operationId: 'loginByAccount', method: 'POST', path: '/api/v2/login/account', auth: 'none', session: 'set', idempotent: false },
  loginByUsername: { operationId: 'loginByAccount', method: 'POST', path: '/api/v2/login/account', auth: 'none', session: 'set', idempotent: false },
  loginByPhonePassword: { operationId: 'loginByAccount', method: 'POST', path: '/api/v2/login/account', auth: 'none', session: 'set', idempotent: false },
  loginByPhoneCode: { operationId: 'loginByPhoneCode', method: 'POST', path: '/api/v2/login/phone-code', auth: 'none', session: 'set', idempotent: false },
  checkLoginStatus: { operationId: 'checkLoginStatus', method: 'POST', path: '/api/v2/users/check-login-status', auth: 'optional', session: 'none', idempotent: true },
  sendEmail: { operationId: 'sendEmail', method: 'POST', path: '/api/v2/email/send', auth: 'none', session: 'none', idempotent: false },
  resetPasswordByPhoneCode: { operationId: 'resetPasswordByPhoneCode', method: 'POST', path: '/api/v2/password/reset/sms', auth: 'none', session: 'none', idempotent: false },
  resetPasswordByEmailCode: { operationId: 'resetPasswordByEmailCode', method: 'POST', path: '/api/v2/password/reset/email', auth: 'none', session: 'none', idempotent: false },
  updateProfile: { operationId: 'updateProfile', method: 'POST', path: '/api/v2/users/profile/update', auth: 'required', session: 'update-user', idempotent: false },
  updatePassword: { operationId: 'updatePassword', method: 'POST', path: '/api/v2/password/update', auth: 'required', session: 'update-user', idempotent: false },
  updatePhone: { operationId: 'updatePhone', method: 'POST', path: '/api/v2/users/phone/update', auth: 'required', session: 'update-user', idempotent: false },
  updateEmail: { operationId: 'updateEmail', method: 'POST', path: '/api/v2/users/email/update', auth: 'required', session: 'update-user', idempotent: false },
  refreshToken: { operationId: 'refreshToken', method: 'POST', path: '/api/v2/users/refresh-token', auth: 'required', session: 'replace', idempotent: false },
  bindPhone: { operationId: 'bindPhone', method: 'POST', path: '/api/v2/users/phone/bind', auth: 'required', session: 'update-user', idempotent: false },
  unbindPhone: { operationId: 'unbindPhone', method: 'POST', path: '/api/v2/users/phone/unbind', auth: 'required', session: 'update-user', idempotent: false },
  getCurrentUser: { operationId: 'getCurrentUser', method: 'GET', path: '/api/v2/users/me', auth: 'required', session: 'cache-user', idempotent: true },
  logout: { operationId: 'logout', method: 'GET', path: '/api/v2/logout', auth: 'required', session: 'clear', idempotent: true },
  listUdv: { operationId: 'listUdv', method: 'POST', path: '/api/v2/udvs/get', auth: 'required', session: 'none', idempotent: true },
  setUdv: { operationId: 'setUdv', method: 'POST', path: '/api/v2/udvs/set', auth: 'required', session: 'none', idempotent: false },
  removeUdv: { operationId: 'removeUdv', method: 'POST', path: '/api/v2/udvs/remove', auth: 'required', session: 'none', idempotent: false },
} as const;

/** Name of an SDK method, or `getWellKnown` for the pre-flight. */
export type OperationName = keyof typeof operations;

/** The operationId behind an SDK method. */
export type OperationIdOf<Name extends OperationName> = (typeof operations)[Name]['operationId'] & keyof OperationTypes;
