/**
 * Parameter and result types of the client's methods, derived from the generated spec types so that
 * a change to the spec shows up here as a type change.
 */
import type { RequestBody } from '../generated/operation-types.js';
import type { operations } from '../generated/schema.js';
import type { UdvInputValue } from './udv-types.js';

/**
 * Per-call settings, the optional last argument of every method.
 * @category Client
 */
export interface CallOptions {
  /** Aborts the call; it then rejects with `AuthingAbortError` and is not retried. */
  signal?: AbortSignal;
  /** Limit for each attempt, in milliseconds; overrides the client's `timeoutMs`. */
  timeoutMs?: number;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
}

/**
 * The parameters of a method that takes none (`getCurrentUser`, `logout`, `refreshToken`, `unbindPhone`,
 * `listUdv`): an empty object, for calling it as the others are, `getCurrentUser({}, options)`.
 * @category Parameters
 */
export type NoParams = Record<string, never>;

/**
 * Parameters of `registerByEmail`.
 * @category Parameters
 */
export interface RegisterByEmailParams extends WithCustomData<RequestBody<'registerByEmail'>> {
  /** The user's password as typed; the SDK encrypts it (see the client's `encryptPassword`). */
  password: string;
}
/**
 * Parameters of `registerByUsername`.
 * @category Parameters
 */
export interface RegisterByUsernameParams extends WithCustomData<RequestBody<'registerByUsername'>> {
  /** The user's password as typed; the SDK encrypts it (see the client's `encryptPassword`). */
  password: string;
}
/**
 * Parameters of `registerByPhoneCode`.
 * @category Parameters
 */
export interface RegisterByPhoneCodeParams extends WithCustomData<RequestBody<'registerByPhoneCode'>> {
  /** A password to sign in with later, as typed; the SDK encrypts it. Without one, the user signs in by SMS code. */
  password?: string;
}
/**
 * Parameters of `sendSmsCode`.
 * @category Parameters
 */
export interface SendSmsCodeParams extends RequestBody<'sendSmsCode'> {}
/**
 * Parameters of `loginByEmail`.
 * @category Parameters
 */
export interface LoginByEmailParams extends AccountLogin {
  /** The user's email address (case does not matter). */
  email: string;
}
/**
 * Parameters of `loginByUsername`.
 * @category Parameters
 */
export interface LoginByUsernameParams extends AccountLogin {
  /** The user's username. */
  username: string;
}
/**
 * Parameters of `loginByPhonePassword`.
 * @category Parameters
 */
export interface LoginByPhonePasswordParams extends AccountLogin {
  /** The user's phone number. */
  phone: string;
}
/**
 * Parameters of `loginByPhoneCode`.
 * @category Parameters
 */
export interface LoginByPhoneCodeParams extends WithCustomData<RequestBody<'loginByPhoneCode'>> {}
/**
 * Parameters of `checkLoginStatus`: the token to check; without one, the stored token is checked.
 * @category Parameters
 */
export interface CheckLoginStatusParams extends Partial<RequestBody<'checkLoginStatus'>> {}
/**
 * Parameters of `sendEmail`.
 * @category Parameters
 */
export interface SendEmailParams extends RequestBody<'sendEmail'> {}
/**
 * Parameters of `resetPasswordByPhoneCode`.
 * @category Parameters
 */
export interface ResetPasswordByPhoneCodeParams extends RequestBody<'resetPasswordByPhoneCode'> {
  /** The new password as typed; the SDK encrypts it. */
  newPassword: string;
}
/**
 * Parameters of `resetPasswordByEmailCode`.
 * @category Parameters
 */
export interface ResetPasswordByEmailCodeParams extends RequestBody<'resetPasswordByEmailCode'> {
  /** The new password as typed; the SDK encrypts it. */
  newPassword: string;
}
/**
 * Parameters of `updateProfile`: the profile fields to change.
 * @category Parameters
 */
export interface UpdateProfileParams extends Omit<RequestBody<'updateProfile'>, 'email' | 'phone' | 'password'> {}
/**
 * Parameters of `updatePassword`.
 * @category Parameters
 */
export interface UpdatePasswordParams extends RequestBody<'updatePassword'> {
  /** The new password as typed; the SDK encrypts it. */
  newPassword: string;
  /** The current password as typed, required when the user has one; the SDK encrypts it. */
  oldPassword?: string;
}
/**
 * Parameters of `updatePhone`.
 * @category Parameters
 */
export interface UpdatePhoneParams extends RequestBody<'updatePhone'> {}
/**
 * Parameters of `updateEmail`.
 * @category Parameters
 */
export interface UpdateEmailParams extends RequestBody<'updateEmail'> {}
/**
 * Parameters of `bindPhone` (the code as `phoneCode`, the name the SDK sends).
 * @category Parameters
 */
export interface BindPhoneParams extends Extract<RequestBody<'bindPhone'>, { phoneCode: string }> {}

/**
 * Parameters of `setUdv`.
 * @category Parameters
 */
export interface SetUdvParams {
  /** Key of the user-defined field. */
  key: string;
  /** The value; its type must match the field's data type in the pool. A Date is sent as an ISO-8601 string (an ISO string works too). */
  value: UdvInputValue;
}

/**
 * Parameters of `removeUdv`.
 * @category Parameters
 */
export interface RemoveUdvParams {
  /** Key of the user-defined field. */
  key: string;
}

export type { OperationId, RequestBody } from '../generated/operation-types.js';

/**
 * What registrations and logins take beyond the wire's fields: the user's custom data and the request
 * context as objects. The SDK encodes them as Authing's own clients do: custom data as a list of
 * `{ key, value }` (a real array on logins, the JSON string `params` on registrations), `context` as a
 * JSON string.
 * @category Parameters
 */
export interface CustomDataOptions {
  /** Values of user-defined fields to store on the user, by key: `{ school: 'MIT', age: 22 }`. */
  customData?: Record<string, unknown>;
  /** Context passed to the pool's pipeline functions. Sent JSON-encoded. */
  context?: Record<string, unknown>;
}

/**
 * A registration's or login's wire body, with {@link CustomDataOptions} in place of the encoded `params`, `customData` and `context`.
 * @category Parameters
 */
export type WithCustomData<Body> = Omit<Body, 'params' | 'context' | 'customData'> & CustomDataOptions;

/**
 * What the account-and-password logins take beside the account.
 * @category Parameters
 */
export interface AccountLogin extends WithCustomData<Omit<RequestBody<'loginByAccount'>, 'account'>> {
  /** The user's password as typed; the SDK encrypts it (see the client's `encryptPassword`). */
  password: string;
}
