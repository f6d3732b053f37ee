/**
 * Parameter and result types of the client's methods, derived from the generated spec types so that
 * a change to the spec shows up here as a type change.
 */
import type { operations } from '../generated/schema.js';
import type { UdvInputValue } from './udv.js';

/** The JSON request body of an operation of the spec. */
export type RequestBody<OperationId extends keyof operations> = operations[OperationId] extends {
  requestBody: { content: { 'application/json': infer Body } };
}
  ? Body
  : never;

/**
 * What registrations and logins take beyond the wire's fields: the user's custom data and the request
 * context as objects. The SDK encodes them as Authing's own clients do: custom data as a list of
 * `{ key, value }` (a real array on logins, the JSON string `params` on registrations), `context` as a
 * JSON string.
 */
export interface CustomDataOptions {
  /** Values of user-defined fields to store on the user, by key: `{ school: 'MIT', age: 22 }`. */
  customData?: Record<string, unknown>;
  /** Context passed to the pool's pipeline functions. Sent JSON-encoded. */
  context?: Record<string, unknown>;
}

/** A registration's or login's wire body, with {@link CustomDataOptions} in place of the encoded `params`, `customData` and `context`. */
export type WithCustomData<Body> = Omit<Body, 'params' | 'context' | 'customData'> & CustomDataOptions;

/** The fields of the account-and-password login other than the account itself. */
export type AccountLogin = WithCustomData<Omit<RequestBody<'loginByAccount'>, 'account'>>;

/** Per-call settings, the optional last argument of every method. */
export interface CallOptions {
  /** Aborts the call; it then rejects with `AuthingAbortError` and is not retried. */
  signal?: AbortSignal;
  /** Limit for each attempt, in milliseconds; overrides the client's `timeoutMs`. */
  timeoutMs?: number;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
}

/** Parameters of `registerByEmail`. */
export type RegisterByEmailParams = WithCustomData<RequestBody<'registerByEmail'>>;
/** Parameters of `registerByUsername`. */
export type RegisterByUsernameParams = WithCustomData<RequestBody<'registerByUsername'>>;
/** Parameters of `registerByPhoneCode`. */
export type RegisterByPhoneCodeParams = WithCustomData<RequestBody<'registerByPhoneCode'>>;
/** Parameters of `sendSmsCode`. */
export type SendSmsCodeParams = RequestBody<'sendSmsCode'>;
/** Parameters of `loginByEmail`. */
export type LoginByEmailParams = AccountLogin & { /** The user's email address. */ email: string };
/** Parameters of `loginByUsername`. */
export type LoginByUsernameParams = AccountLogin & { /** The user's username. */ username: string };
/** Parameters of `loginByPhonePassword`. */
export type LoginByPhonePasswordParams = AccountLogin & { /** The user's phone number. */ phone: string };
/** Parameters of `loginByPhoneCode`. */
export type LoginByPhoneCodeParams = WithCustomData<RequestBody<'loginByPhoneCode'>>;
/** Parameters of `checkLoginStatus`: the token to check; without one, the stored token is checked. */
export type CheckLoginStatusParams = Partial<RequestBody<'checkLoginStatus'>>;
/** Parameters of `sendEmail`. */
export type SendEmailParams = RequestBody<'sendEmail'>;
/** Parameters of `resetPasswordByPhoneCode`. */
export type ResetPasswordByPhoneCodeParams = RequestBody<'resetPasswordByPhoneCode'>;
/** Parameters of `resetPasswordByEmailCode`. */
export type ResetPasswordByEmailCodeParams = RequestBody<'resetPasswordByEmailCode'>;
/** Parameters of `updateProfile`: the profile fields to change. */
export type UpdateProfileParams = Omit<RequestBody<'updateProfile'>, 'email' | 'phone' | 'password'>;
/** Parameters of `updatePassword`. */
export type UpdatePasswordParams = RequestBody<'updatePassword'>;
/** Parameters of `updatePhone`. */
export type UpdatePhoneParams = RequestBody<'updatePhone'>;
/** Parameters of `updateEmail`. */
export type UpdateEmailParams = RequestBody<'updateEmail'>;
/** Parameters of `bindPhone` (the code as `phoneCode`, the name the SDK sends). */
export type BindPhoneParams = Extract<RequestBody<'bindPhone'>, { phoneCode: string }>;

/** Parameters of `setUdv`. */
export interface SetUdvParams {
  /** Key of the user-defined field. */
  key: string;
  /** The value; its type must match the field's data type in the pool. A Date is sent as an ISO-8601 string (an ISO string works too). */
  value: UdvInputValue;
}

/** Parameters of `removeUdv`. */
export interface RemoveUdvParams {
  /** Key of the user-defined field. */
  key: string;
}

