/** Operations for anyone: the pre-flight, registration, codes, logins, token checks and password resets. */
import { ErrorCodes } from '../generated/error-codes.js';
import { CAPTCHA_AFTER_FAILURES, checkCode, EMAIL, Failure, mustBeEmail, newPassword, register, signIn, storeLoginCustomData, type Context, type Handlers } from './common.js';

type AccountOperations =
  | 'getWellKnown'
  | 'registerByEmail'
  | 'registerByUsername'
  | 'registerByPhoneCode'
  | 'sendSmsCode'
  | 'sendEmail'
  | 'loginByAccount'
  | 'loginByPhoneCode'
  | 'checkLoginStatus'
  | 'resetPasswordByPhoneCode'
  | 'resetPasswordByEmailCode';

export const accountHandlers: Handlers<AccountOperations> = {
  getWellKnown: async (context) => ({ publicKey: context.publicKeyPem }),

  registerByEmail: async (context) => {
    mustBeEmail(context.body.email);
    return register(context, { email: context.body.email }, await newPassword(context, context.body.password), 'basic:email');
  },

  registerByUsername: async (context) =>
    register(context, { username: context.body.username }, await newPassword(context, context.body.password), 'basic:username-password'),

  registerByPhoneCode: async (context) => {
    const { phone, code, password, phoneCountryCode } = context.body;
    const plain = password === undefined ? undefined : await newPassword(context, password);
    if (context.state.taken(phone)) throw new Failure('USER_EXISTS', 'A user with this phone already exists');
    checkCode(context, phone, 'register', code);
    return register(context, { phone, phoneVerified: true, phoneCountryCode: phoneCountryCode ?? null }, plain, 'basic:phone-code');
  },

  sendSmsCode: async (context) => {
    // Without a scene, the code works for every SMS flow (as Authing's mobile SDKs use it).
    const { phone, scene = '' } = context.body;
    const outcome = context.write(() => context.state.sendCode('sms', phone, scene, context.nowMs));
    if (!outcome.sent) throw new Failure('REGISTERING_TOO_OFTEN', `An SMS code was sent less than a minute ago; retry in ${Math.ceil(outcome.retryInMs / 1000)} s`);
    return null;
  },

  sendEmail: async (context) => {
    const { email, scene } = context.body;
    mustBeEmail(email);
    if (scene === 'RESET_PASSWORD' && !context.state.userBy('email', email)) throw new Failure('USER_NOT_FOUND', 'No user has this email');
    const outcome = context.write(() => context.state.sendCode('email', email, scene, context.nowMs));
    if (!outcome.sent) throw new Failure('REGISTERING_TOO_OFTEN', 'An email was sent less than a minute ago');
    return { code: 200, message: 'Email sent' };
  },

  loginByAccount: async (context) => {
    const { clientIp, state } = context;
    const gate = state.loginGate(clientIp);
    // Logins from one IP still being checked may each fail: while they could reach the CAPTCHA threshold,
    // later ones queue, and each finished check lets one through. However many arrive at once, no more
    // than CAPTCHA_AFTER_FAILURES wrong passwords are checked before the CAPTCHA is demanded, and right
    // ones all get through.
    for (;;) {
      const failures = context.state.failures(clientIp);
      const answered = failures.captcha !== null && context.sameSecret(context.body.captchaCode, failures.captcha);
      if (failures.count >= CAPTCHA_AFTER_FAILURES && !answered) {
        gate.waiting.shift()?.();
        context.write(() => context.state.demandCaptcha(clientIp, failures.count, context.nowMs));
        throw new Failure('CAPTCHA_REQUIRED', 'Too many failed logins from this IP: enter the CAPTCHA');
      }
      if (answered || failures.count + gate.checking < CAPTCHA_AFTER_FAILURES) break;
      await new Promise<void>((resolve) => gate.waiting.push(resolve));
    }
    gate.checking++;
    try {
      return await checkLogin(context);
    } finally {
      gate.checking--;
      gate.waiting.shift()?.();
      state.leaveLoginGate(clientIp, gate);
    }
  },

  loginByPhoneCode: async (context) => {
    const { phone, code, autoRegister, phoneCountryCode } = context.body;
    checkCode(context, phone, 'login', code);
    const found = context.state.userBy('phone', phone);
    if (found) {
      storeLoginCustomData(context, found.user.id);
      return signIn(context, found.user, true, false);
    }
    if (!autoRegister) throw new Failure('USER_NOT_FOUND', 'No user has this phone');
    const user = await register(context, { phone, phoneVerified: true, phoneCountryCode: phoneCountryCode ?? null }, undefined, 'basic:phone-code');
    return signIn(context, user, true, true);
  },

  // The token's status, answered bare: an invalid token is an answer (`status: false`), not a failure.
  checkLoginStatus: async (context) => context.checkToken(context.body.token),

  resetPasswordByPhoneCode: (context) => resetPassword(context, 'phone', 'reset'),

  resetPasswordByEmailCode: (context) => resetPassword(context, 'email', 'RESET_PASSWORD'),
};

type AccountLoginBody = Parameters<Handlers<'loginByAccount'>['loginByAccount']>[0]['body'];

/** Checks an account and password; a wrong one counts as a failure of the client's IP. */
async function checkLogin(context: Context<AccountLoginBody>) {
  const { account, password, autoRegister } = context.body;
  const plain = await context.password(password);
  let found = context.state.userByAccount(account);
  if (!found && autoRegister) {
    const registered = await registerAccount(context, account, password);
    if (registered) return signIn(context, registered, true, true);
    // Another login registered this account meanwhile: this one signs in to it, password checked as for any user.
    found = context.state.userByAccount(account);
  }
  if (!found) throw new Failure('USER_NOT_FOUND', 'No user has this account');
  if (!found.passwordHash) throw new Failure('NO_PASSWORD', 'The account has no password');
  if (!(await context.verify(plain, found.passwordHash))) {
    // Read again: other logins may have counted failures while this one was being checked.
    const failures = context.state.failures(context.clientIp);
    context.write(() => context.state.setFailures(context.clientIp, failures.count + 1, failures.captcha));
    throw new Failure('CREDENTIALS_INCORRECT', 'The account or password is incorrect');
  }
  context.write(() => context.state.setFailures(context.clientIp, 0, null));
  storeLoginCustomData(context, found.user.id);
  return signIn(context, found.user, true, false);
}

/** Registers a login's unknown account (`autoRegister`) by its kind; undefined when another request registered it first. */
async function registerAccount(context: Context<AccountLoginBody>, account: string, password: string) {
  const field = EMAIL.test(account) ? 'email' : /^\+?\d{5,}$/.test(account) ? 'phone' : 'username';
  try {
    return await register(context, { [field]: account }, await newPassword(context, password), `basic:${field}`);
  } catch (error) {
    if (error instanceof Failure && error.code === ErrorCodes.USER_EXISTS) return undefined;
    throw error;
  }
}

/** Sets a new password for the user with this phone or email, proven by a code sent there for `scene`. */
async function resetPassword(context: Context<{ phone?: string; email?: string; code: string; newPassword: string }>, field: 'phone' | 'email', scene: string) {
  const { [field]: recipient, code, newPassword: sent } = context.body;
  const found = context.state.userBy(field, recipient!);
  if (!found) throw new Failure('USER_NOT_FOUND', `No user has this ${field}`);
  const plain = await newPassword(context, sent);
  checkCode(context, recipient!, scene, code);
  const hash = await context.hash(plain);
  // Only the hash: the rest of the user may have changed while it was computed.
  context.write(() => context.state.setPasswordHash(found.user.id, hash));
  return { code: 200, message: 'Password reset' };
}
