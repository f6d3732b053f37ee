/**
 * Generated from openapi/ by scripts/generate.ts (`npm run generate`). Do not edit by hand.
 */

/**
 * The names of the service's error codes (the spec's `ErrorCode`), each with its meaning.
 * @category Errors
 */
export interface ErrorCodeNames {
  /** 2000: A CAPTCHA is required after repeated failed logins from one IP; retry with `captchaCode`. */
  readonly CAPTCHA_REQUIRED: number;
  /** 2001: The verification code is wrong or has expired. */
  readonly CODE_INVALID: number;
  /** 2003: The email address is not valid. */
  readonly EMAIL_INVALID: number;
  /** 2004: The user does not exist. */
  readonly USER_NOT_FOUND: number;
  /** 2005: The user is locked. */
  readonly USER_LOCKED: number;
  /** 2006: The password is wrong. */
  readonly PASSWORD_WRONG: number;
  /** 2016: The encrypted password could not be decrypted (wrong public key?). */
  readonly PASSWORD_UNDECRYPTABLE: number;
  /** 2020: Not signed in: the token is missing or not valid. */
  readonly NOT_LOGGED_IN: number;
  /** 2026: A user with this email, username or phone already exists. */
  readonly USER_EXISTS: number;
  /** 2027: The account has no password (it signed up through a social provider). */
  readonly NO_PASSWORD: number;
  /** 2029: The password is shorter than 6 characters. */
  readonly PASSWORD_TOO_SHORT: number;
  /** 2031: Registration is disabled for this application. */
  readonly REGISTRATION_DISABLED: number;
  /** 2034: The username is already taken. */
  readonly USERNAME_EXISTS: number;
  /** 2035: The user already has a phone number bound. */
  readonly PHONE_ALREADY_BOUND: number;
  /** 2037: The old email does not match the user's email. */
  readonly OLD_EMAIL_MISMATCH: number;
  /** 2038: The old phone number does not match the user's phone number. */
  readonly OLD_PHONE_MISMATCH: number;
  /** 2057: The account is locked after repeated failed logins. */
  readonly ACCOUNT_LOCKED: number;
  /** 2100: Registering too often; try again later. */
  readonly REGISTERING_TOO_OFTEN: number;
  /** 2200: The user already has an email bound. */
  readonly EMAIL_ALREADY_BOUND: number;
  /** 2203: The old password is wrong. */
  readonly OLD_PASSWORD_WRONG: number;
  /** 2204: The email format is incorrect. */
  readonly EMAIL_FORMAT_INCORRECT: number;
  /** 2206: The login has expired; sign in again. */
  readonly LOGIN_EXPIRED: number;
  /** 2207: The login information is wrong; sign in again. */
  readonly LOGIN_INFO_WRONG: number;
  /** 2217: This is the only login method left, so it cannot be unbound. */
  readonly LAST_LOGIN_METHOD: number;
  /** 2224: The user pool does not exist. */
  readonly USER_POOL_NOT_FOUND: number;
  /** 2225: The email cannot be changed by a profile update; use updateEmail. */
  readonly EMAIL_NOT_UPDATABLE_HERE: number;
  /** 2226: The phone cannot be changed by a profile update; use updatePhone. */
  readonly PHONE_NOT_UPDATABLE_HERE: number;
  /** 2227: Changing the email requires a code sent to the old email. */
  readonly OLD_EMAIL_CODE_REQUIRED: number;
  /** 2229: The new email equals the old one. */
  readonly SAME_EMAIL: number;
  /** 2230: The new phone number equals the old one. */
  readonly SAME_PHONE: number;
  /** 2231: The request's parameters are incomplete or invalid. */
  readonly INCOMPLETE_PARAMETERS: number;
  /** 2300: The verification code has expired. */
  readonly CODE_EXPIRED: number;
  /** 2333: The account or password is incorrect. */
  readonly CREDENTIALS_INCORRECT: number;
}

/**
 * The service's error codes by name, to compare with `AuthingApiError.code`:
 * `[ErrorCodes.CREDENTIALS_INCORRECT, ErrorCodes.USER_NOT_FOUND].includes(error.code)`. Each method's reference
 * lists the codes it answers with. Apps that do not import it do not ship it.
 *
 * | code | name | meaning |
 * |---|---|---|
 * | 2000 | `CAPTCHA_REQUIRED` | A CAPTCHA is required after repeated failed logins from one IP; retry with `captchaCode`. |
 * | 2001 | `CODE_INVALID` | The verification code is wrong or has expired. |
 * | 2003 | `EMAIL_INVALID` | The email address is not valid. |
 * | 2004 | `USER_NOT_FOUND` | The user does not exist. |
 * | 2005 | `USER_LOCKED` | The user is locked. |
 * | 2006 | `PASSWORD_WRONG` | The password is wrong. |
 * | 2016 | `PASSWORD_UNDECRYPTABLE` | The encrypted password could not be decrypted (wrong public key?). |
 * | 2020 | `NOT_LOGGED_IN` | Not signed in: the token is missing or not valid. |
 * | 2026 | `USER_EXISTS` | A user with this email, username or phone already exists. |
 * | 2027 | `NO_PASSWORD` | The account has no password (it signed up through a social provider). |
 * | 2029 | `PASSWORD_TOO_SHORT` | The password is shorter than 6 characters. |
 * | 2031 | `REGISTRATION_DISABLED` | Registration is disabled for this application. |
 * | 2034 | `USERNAME_EXISTS` | The username is already taken. |
 * | 2035 | `PHONE_ALREADY_BOUND` | The user already has a phone number bound. |
 * | 2037 | `OLD_EMAIL_MISMATCH` | The old email does not match the user's email. |
 * | 2038 | `OLD_PHONE_MISMATCH` | The old phone number does not match the user's phone number. |
 * | 2057 | `ACCOUNT_LOCKED` | The account is locked after repeated failed logins. |
 * | 2100 | `REGISTERING_TOO_OFTEN` | Registering too often; try again later. |
 * | 2200 | `EMAIL_ALREADY_BOUND` | The user already has an email bound. |
 * | 2203 | `OLD_PASSWORD_WRONG` | The old password is wrong. |
 * | 2204 | `EMAIL_FORMAT_INCORRECT` | The email format is incorrect. |
 * | 2206 | `LOGIN_EXPIRED` | The login has expired; sign in again. |
 * | 2207 | `LOGIN_INFO_WRONG` | The login information is wrong; sign in again. |
 * | 2217 | `LAST_LOGIN_METHOD` | This is the only login method left, so it cannot be unbound. |
 * | 2224 | `USER_POOL_NOT_FOUND` | The user pool does not exist. |
 * | 2225 | `EMAIL_NOT_UPDATABLE_HERE` | The email cannot be changed by a profile update; use updateEmail. |
 * | 2226 | `PHONE_NOT_UPDATABLE_HERE` | The phone cannot be changed by a profile update; use updatePhone. |
 * | 2227 | `OLD_EMAIL_CODE_REQUIRED` | Changing the email requires a code sent to the old email. |
 * | 2229 | `SAME_EMAIL` | The new email equals the old one. |
 * | 2230 | `SAME_PHONE` | The new phone number equals the old one. |
 * | 2231 | `INCOMPLETE_PARAMETERS` | The request's parameters are incomplete or invalid. |
 * | 2300 | `CODE_EXPIRED` | The verification code has expired. |
 * | 2333 | `CREDENTIALS_INCORRECT` | The account or password is incorrect. |
 * @category Errors
 */
export const ErrorCodes: ErrorCodeNames = {
  CAPTCHA_REQUIRED: 2000,
  CODE_INVALID: 2001,
  EMAIL_INVALID: 2003,
  USER_NOT_FOUND: 2004,
  USER_LOCKED: 2005,
  PASSWORD_WRONG: 2006,
  PASSWORD_UNDECRYPTABLE: 2016,
  NOT_LOGGED_IN: 2020,
  USER_EXISTS: 2026,
  NO_PASSWORD: 2027,
  PASSWORD_TOO_SHORT: 2029,
  REGISTRATION_DISABLED: 2031,
  USERNAME_EXISTS: 2034,
  PHONE_ALREADY_BOUND: 2035,
  OLD_EMAIL_MISMATCH: 2037,
  OLD_PHONE_MISMATCH: 2038,
  ACCOUNT_LOCKED: 2057,
  REGISTERING_TOO_OFTEN: 2100,
  EMAIL_ALREADY_BOUND: 2200,
  OLD_PASSWORD_WRONG: 2203,
  EMAIL_FORMAT_INCORRECT: 2204,
  LOGIN_EXPIRED: 2206,
  LOGIN_INFO_WRONG: 2207,
  LAST_LOGIN_METHOD: 2217,
  USER_POOL_NOT_FOUND: 2224,
  EMAIL_NOT_UPDATABLE_HERE: 2225,
  PHONE_NOT_UPDATABLE_HERE: 2226,
  OLD_EMAIL_CODE_REQUIRED: 2227,
  SAME_EMAIL: 2229,
  SAME_PHONE: 2230,
  INCOMPLETE_PARAMETERS: 2231,
  CODE_EXPIRED: 2300,
  CREDENTIALS_INCORRECT: 2333,
};
