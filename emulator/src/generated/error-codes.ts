/**
 * Generated from openapi/ by scripts/generate.ts (`npm run generate`). Do not edit by hand.
 */

/** The service's error codes by name: the titles of the spec's ErrorCode. */
export const ErrorCodes = {
  /** A CAPTCHA is required after repeated failed logins from one IP; retry with `captchaCode`. */
  CAPTCHA_REQUIRED: 2000,
  /** The verification code is wrong or has expired. */
  CODE_INVALID: 2001,
  /** The email address is not valid. */
  EMAIL_INVALID: 2003,
  /** The user does not exist. */
  USER_NOT_FOUND: 2004,
  /** The user is locked. */
  USER_LOCKED: 2005,
  /** The password is wrong. */
  PASSWORD_WRONG: 2006,
  /** The encrypted password could not be decrypted (wrong public key?). */
  PASSWORD_UNDECRYPTABLE: 2016,
  /** Not signed in: the token is missing or not valid. */
  NOT_LOGGED_IN: 2020,
  /** A user with this email, username or phone already exists. */
  USER_EXISTS: 2026,
  /** The account has no password (it signed up through a social provider). */
  NO_PASSWORD: 2027,
  /** The password is shorter than 6 characters. */
  PASSWORD_TOO_SHORT: 2029,
  /** Registration is disabled for this application. */
  REGISTRATION_DISABLED: 2031,
  /** The username is already taken. */
  USERNAME_EXISTS: 2034,
  /** The user already has a phone number bound. */
  PHONE_ALREADY_BOUND: 2035,
  /** The old email does not match the user's email. */
  OLD_EMAIL_MISMATCH: 2037,
  /** The old phone number does not match the user's phone number. */
  OLD_PHONE_MISMATCH: 2038,
  /** The account is locked after repeated failed logins. */
  ACCOUNT_LOCKED: 2057,
  /** Registering too often; try again later. */
  REGISTERING_TOO_OFTEN: 2100,
  /** The user already has an email bound. */
  EMAIL_ALREADY_BOUND: 2200,
  /** The old password is wrong. */
  OLD_PASSWORD_WRONG: 2203,
  /** The email format is incorrect. */
  EMAIL_FORMAT_INCORRECT: 2204,
  /** The login has expired; sign in again. */
  LOGIN_EXPIRED: 2206,
  /** The login information is wrong; sign in again. */
  LOGIN_INFO_WRONG: 2207,
  /** This is the only login method left, so it cannot be unbound. */
  LAST_LOGIN_METHOD: 2217,
  /** The user pool does not exist. */
  USER_POOL_NOT_FOUND: 2224,
  /** The email cannot be changed by a profile update; use updateEmail. */
  EMAIL_NOT_UPDATABLE_HERE: 2225,
  /** The phone cannot be changed by a profile update; use updatePhone. */
  PHONE_NOT_UPDATABLE_HERE: 2226,
  /** Changing the email requires a code sent to the old email. */
  OLD_EMAIL_CODE_REQUIRED: 2227,
  /** The new email equals the old one. */
  SAME_EMAIL: 2229,
  /** The new phone number equals the old one. */
  SAME_PHONE: 2230,
  /** The request's parameters are incomplete or invalid. */
  INCOMPLETE_PARAMETERS: 2231,
  /** The verification code has expired. */
  CODE_EXPIRED: 2300,
  /** The account or password is incorrect. */
  CREDENTIALS_INCORRECT: 2333,
} as const;

/** The name of an error code. */
export type ErrorName = keyof typeof ErrorCodes;

/** Each code's message in Chinese, as the service answers by default (`x-authing-lang: zh-CN`). */
export const chineseMessages: Record<number, string> = {
  2000: "请输入图形验证码",
  2001: "验证码错误",
  2003: "邮箱格式不正确",
  2004: "用户不存在",
  2005: "用户已被锁定",
  2006: "密码错误",
  2016: "密码解密失败",
  2020: "尚未登录，无访问权限",
  2026: "用户已存在，请直接登录",
  2027: "该账号未设置密码",
  2029: "密码长度不能少于 6 位",
  2031: "该应用已关闭注册",
  2034: "用户名已存在",
  2035: "用户已绑定手机号",
  2037: "原邮箱不正确",
  2038: "原手机号不正确",
  2057: "账号已被锁定",
  2100: "操作过于频繁，请稍后再试",
  2200: "用户已绑定邮箱",
  2203: "旧密码错误",
  2204: "邮箱格式不正确",
  2206: "登录信息已过期，请重新登录",
  2207: "登录信息有误，请重新登录",
  2217: "当前账号只有一种登录方式，无法解绑",
  2224: "用户池不存在",
  2225: "不能通过此接口修改邮箱",
  2226: "不能通过此接口修改手机号",
  2227: "修改邮箱需要验证原邮箱",
  2229: "新邮箱不能与旧邮箱相同",
  2230: "新手机号不能与旧手机号相同",
  2231: "请求参数不完整",
  2300: "验证码已过期",
  2333: "账号或密码错误",
};
