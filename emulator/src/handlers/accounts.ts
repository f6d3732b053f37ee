/** Operations for anyone: the pre-flight, registration, codes, logins, token checks and password resets. */
import { CAPTCHA_AFTER_FAILURES, checkCode, EMAIL, Failure, mustBeEmail, newPassword, register, signIn, type Context, type Handler } from './common.js';

export const accountHandlers: Record<string, Handler> = {

  getWellKnown: async (context) => ({ publicKey: context.publicKeyPem }),

  registerByEmail: async (context) => {
    mustBeEmail(context.body.email);
    return register(context, { email: context.body.email }, newPassword(context, context.body.password), 'basic:email');
  },

  registerByUsername: async (context) =>
    register(context, { username: context.body.username }, newPassword(context, context.body.password), 'basic:username-password'),

  registerByPhoneCode: async (context) => {
    const { phone, code, password, phoneCountryCode } = context.body;
    const plain = password === undefined ? undefined : newPassword(context, password);
    if (context.state.taken('phone', phone)) throw new Failure(2026, 'A user with this phone already exists');
    checkCode(context, phone, 'register', code);
    return register(context, { phone, phoneVerified: true, phoneCountryCode: phoneCountryCode ?? null }, plain, 'basic:phone-code');
  },

  sendSmsCode: async (context) => {
    const { phone, scene = 'login' } = context.body;
    const outcome = context.state.store.transaction(() => context.state.sendCode('sms', phone, scene, context.nowMs));
    if (!outcome.sent) throw new Failure(2100, `An SMS code was sent less than a minute ago; retry in ${Math.ceil(outcome.retryInMs / 1000)} s`);
    return null;
  },

  sendEmail: async (context) => {
    const { email, scene } = context.body;
    mustBeEmail(email);
    if (scene === 'RESET_PASSWORD' && !context.state.userBy('email', email)) throw new Failure(2004, 'No user has this email');
    const outcome = context.state.store.transaction(() => context.state.sendCode('email', email, scene, context.nowMs));
    if (!outcome.sent) throw new Failure(2100, 'An email was sent less than a minute ago');
    return { code: 200, message: 'Email sent' };
  },

  loginByAccount: async (context) => {
    const { account, password, autoRegister, captchaCode } = context.body;
    const failures = context.state.failures(context.clientIp);
    if (failures.count >= CAPTCHA_AFTER_FAILURES && !(failures.captcha && context.sameSecret(captchaCode, failures.captcha))) {
      const captcha = String(Math.floor(1000 + Math.random() * 9000));
      context.state.store.transaction(() => {
        context.state.setFailures(context.clientIp, failures.count, captcha);
        context.state.store.run('INSERT INTO outbox (channel, recipient, scene, code, sent_at) VALUES (?, ?, ?, ?, ?)', ['captcha', context.clientIp, 'login', captcha, context.nowMs]);
      });
      throw new Failure(2000, 'Too many failed logins from this IP: enter the CAPTCHA');
    }
    const plain = context.password(password);
    const found = context.state.userByAccount(account);
    if (!found) {
      if (!autoRegister) throw new Failure(2004, 'No user has this account');
      const field = EMAIL.test(account) ? 'email' : /^\+?\d{5,}$/.test(account) ? 'phone' : 'username';
      const user = await register(context, { [field]: account }, newPassword(context, password), `basic:${field}`);
      return signIn(context, { ...user, newlyCreated: true }, true);
    }
    if (!found.passwordHash) throw new Failure(2027, 'The account has no password');
    if (!(await context.verify(plain, found.passwordHash))) {
      context.state.store.transaction(() => context.state.setFailures(context.clientIp, failures.count + 1, failures.captcha));
      throw new Failure(2333, 'The account or password is incorrect');
    }
    context.state.store.transaction(() => context.state.setFailures(context.clientIp, 0, null));
    return signIn(context, { ...found.user, newlyCreated: false }, true);
  },

  loginByPhoneCode: async (context) => {
    const { phone, code, autoRegister, phoneCountryCode } = context.body;
    checkCode(context, phone, 'login', code);
    const found = context.state.userBy('phone', phone);
    if (found) return signIn(context, { ...found.user, newlyCreated: false }, true);
    if (!autoRegister) throw new Failure(2004, 'No user has this phone');
    const user = await register(context, { phone, phoneVerified: true, phoneCountryCode: phoneCountryCode ?? null }, undefined, 'basic:phone-code');
    return signIn(context, { ...user, newlyCreated: true }, true);
  },

  checkLoginStatus: async (context) => {
    const token = context.body.token ?? context.token;
    if (!token) return { code: 2020, message: 'No token to check', status: false, exp: null, iat: null };
    return context.checkToken(token);
  },

  resetPasswordByPhoneCode: (context) => resetPassword(context, 'phone', 'reset'),

  resetPasswordByEmailCode: (context) => resetPassword(context, 'email', 'RESET_PASSWORD'),
};

/** Sets a new password for the user with this phone or email, proven by a code sent there for `scene`. */
async function resetPassword(context: Context, field: 'phone' | 'email', scene: string) {
  const { [field]: recipient, code, newPassword: encrypted } = context.body;
  const found = context.state.userBy(field, recipient);
  if (!found) throw new Failure(2004, `No user has this ${field}`);
  const plain = newPassword(context, encrypted);
  checkCode(context, recipient, scene, code);
  const hash = await context.hash(plain);
  context.state.store.transaction(() => context.state.saveUser(found.user, hash));
  return { code: 200, message: 'Password reset' };
}
