/**
 * Generated from openapi/ by scripts/generate.ts (`npm run generate`). Do not edit by hand.
 */

/**
 * The `Prefer` header values that make the contract mock (`npm start`) answer a method's call with one of
 * the spec's examples: `example=<name>` for an answer with HTTP 200, `code=<status>, example=<name>` for
 * another status. Check a value by its method:
 * `authing.loginByEmail(params, { headers: { prefer: 'example=credentialsIncorrect' satisfies MockExamples['loginByEmail'] } })`.
 * @category Parameters
 */
export interface MockExamples {
  /** The examples of `POST /api/v2/register/email`. */
  registerByEmail: 'example=success' | 'example=userExists' | 'example=emailInvalid' | 'example=passwordTooShort' | 'example=registrationDisabled' | 'example=passwordUndecryptable' | 'code=400, example=incompleteParameters' | 'code=401, example=userPoolMissing';
  /** The examples of `POST /api/v2/register/username`. */
  registerByUsername: 'example=success' | 'example=userExists' | 'example=usernameExists' | 'example=passwordTooShort' | 'example=registrationDisabled' | 'code=400, example=incompleteParameters' | 'code=401, example=userPoolMissing';
  /** The examples of `POST /api/v2/register/phone-code`. */
  registerByPhoneCode: 'example=success' | 'example=codeInvalid' | 'example=codeExpired' | 'example=userExists' | 'example=registrationDisabled' | 'code=400, example=incompleteParameters' | 'code=401, example=userPoolMissing';
  /** The examples of `POST /api/v2/sms/send`. */
  sendSmsCode: 'example=success' | 'example=incompleteParameters' | 'code=400, example=incompleteParameters' | 'code=401, example=userPoolMissing';
  /** The examples of `POST /api/v2/login/account`. */
  loginByEmail: 'example=success' | 'example=captchaRequired' | 'example=credentialsIncorrect' | 'example=userNotFound' | 'example=accountLocked' | 'example=noPassword' | 'example=passwordUndecryptable' | 'code=400, example=incompleteParameters' | 'code=401, example=userPoolMissing';
  /** The examples of `POST /api/v2/login/account`. */
  loginByUsername: 'example=success' | 'example=captchaRequired' | 'example=credentialsIncorrect' | 'example=userNotFound' | 'example=accountLocked' | 'example=noPassword' | 'example=passwordUndecryptable' | 'code=400, example=incompleteParameters' | 'code=401, example=userPoolMissing';
  /** The examples of `POST /api/v2/login/account`. */
  loginByPhonePassword: 'example=success' | 'example=captchaRequired' | 'example=credentialsIncorrect' | 'example=userNotFound' | 'example=accountLocked' | 'example=noPassword' | 'example=passwordUndecryptable' | 'code=400, example=incompleteParameters' | 'code=401, example=userPoolMissing';
  /** The examples of `POST /api/v2/login/phone-code`. */
  loginByPhoneCode: 'example=success' | 'example=codeInvalid' | 'example=codeExpired' | 'example=userNotFound' | 'example=accountLocked' | 'code=400, example=incompleteParameters' | 'code=401, example=userPoolMissing';
  /** The examples of `POST /api/v2/users/login/check-status`. */
  checkLoginStatus: 'example=success' | 'example=tokenExpired' | 'example=tokenInvalid' | 'example=userPoolNotFound' | 'code=400, example=incompleteParameters' | 'code=401, example=notLoggedIn' | 'code=401, example=userPoolMissing';
  /** The examples of `POST /api/v2/email/send`. */
  sendEmail: 'example=success' | 'example=emailInvalid' | 'example=userNotFound' | 'code=400, example=incompleteParameters' | 'code=401, example=userPoolMissing';
  /** The examples of `POST /api/v2/password/reset/sms`. */
  resetPasswordByPhoneCode: 'example=success' | 'example=codeInvalid' | 'example=codeExpired' | 'example=userNotFound' | 'example=passwordTooShort' | 'code=400, example=incompleteParameters' | 'code=401, example=userPoolMissing';
  /** The examples of `POST /api/v2/password/reset/email`. */
  resetPasswordByEmailCode: 'example=success' | 'example=codeInvalid' | 'example=codeExpired' | 'example=userNotFound' | 'example=passwordTooShort' | 'code=400, example=incompleteParameters' | 'code=401, example=userPoolMissing';
  /** The examples of `POST /api/v2/users/profile/update`. */
  updateProfile: 'example=success' | 'example=notLoggedIn' | 'example=loginExpired' | 'example=emailNotUpdatable' | 'example=phoneNotUpdatable' | 'example=usernameExists' | 'code=400, example=incompleteParameters' | 'code=401, example=notLoggedIn' | 'code=401, example=userPoolMissing';
  /** The examples of `POST /api/v2/password/update`. */
  updatePassword: 'example=success' | 'example=notLoggedIn' | 'example=loginExpired' | 'example=oldPasswordWrong' | 'example=passwordTooShort' | 'code=400, example=incompleteParameters' | 'code=401, example=notLoggedIn' | 'code=401, example=userPoolMissing';
  /** The examples of `POST /api/v2/users/phone/update`. */
  updatePhone: 'example=success' | 'example=notLoggedIn' | 'example=loginExpired' | 'example=codeInvalid' | 'example=oldPhoneMismatch' | 'example=samePhone' | 'example=userExists' | 'code=400, example=incompleteParameters' | 'code=401, example=notLoggedIn' | 'code=401, example=userPoolMissing';
  /** The examples of `POST /api/v2/users/email/update`. */
  updateEmail: 'example=success' | 'example=notLoggedIn' | 'example=loginExpired' | 'example=codeInvalid' | 'example=oldEmailMismatch' | 'example=oldEmailCodeRequired' | 'example=sameEmail' | 'example=userExists' | 'code=400, example=incompleteParameters' | 'code=401, example=notLoggedIn' | 'code=401, example=userPoolMissing';
  /** The examples of `POST /api/v2/users/refresh-token`. */
  refreshToken: 'example=success' | 'example=notLoggedIn' | 'example=loginExpired' | 'code=400, example=incompleteParameters' | 'code=401, example=notLoggedIn' | 'code=401, example=userPoolMissing';
  /** The examples of `POST /api/v2/users/phone/bind`. */
  bindPhone: 'example=success' | 'example=notLoggedIn' | 'example=loginExpired' | 'example=codeInvalid' | 'example=phoneAlreadyBound' | 'example=userExists' | 'code=400, example=incompleteParameters' | 'code=401, example=notLoggedIn' | 'code=401, example=userPoolMissing';
  /** The examples of `POST /api/v2/users/phone/unbind`. */
  unbindPhone: 'example=success' | 'example=notLoggedIn' | 'example=loginExpired' | 'example=lastLoginMethod' | 'code=400, example=incompleteParameters' | 'code=401, example=notLoggedIn' | 'code=401, example=userPoolMissing';
  /** The examples of `GET /api/v2/users/me`. */
  getCurrentUser: 'example=success' | 'example=notLoggedIn' | 'example=loginExpired' | 'code=400, example=incompleteParameters' | 'code=401, example=notLoggedIn' | 'code=401, example=userPoolMissing';
  /** The examples of `GET /api/v2/logout`. */
  logout: 'example=success' | 'example=notLoggedIn' | 'code=400, example=incompleteParameters' | 'code=401, example=notLoggedIn' | 'code=401, example=userPoolMissing';
  /** The examples of `POST /api/v2/udvs/get`. */
  listUdv: 'example=success' | 'example=notLoggedIn' | 'example=loginExpired' | 'code=400, example=incompleteParameters' | 'code=401, example=notLoggedIn' | 'code=401, example=userPoolMissing';
  /** The examples of `POST /api/v2/udfs/values`. */
  setUdv: 'example=success' | 'example=notLoggedIn' | 'example=loginExpired' | 'example=incompleteParameters' | 'code=400, example=incompleteParameters' | 'code=401, example=notLoggedIn' | 'code=401, example=userPoolMissing';
  /** The examples of `POST /graphql/v2`. */
  removeUdv: 'example=success' | 'example=notLoggedIn' | 'example=incompleteParameters' | 'code=400, example=incompleteParameters' | 'code=401, example=notLoggedIn' | 'code=401, example=userPoolMissing';
}
