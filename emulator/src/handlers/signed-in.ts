/** Operations for the signed-in user: profile, password, phone, email, token, logout, user-defined data. */
import { caller, changeUser, checkCode, Failure, mustBeEmail, newPassword, nowIso, pick, PROFILE_FIELDS, type Context, type Handlers } from './common.js';
import { checkedValues, storeValues } from './custom-data.js';

type SignedInOperations =
  | 'updateProfile'
  | 'updatePassword'
  | 'updatePhone'
  | 'updateEmail'
  | 'refreshToken'
  | 'bindPhone'
  | 'unbindPhone'
  | 'getCurrentUser'
  | 'logout'
  | 'listUdv'
  | 'setUdv'
  | 'removeUdv';

export const signedInHandlers: Handlers<SignedInOperations> = {
  updateProfile: async (context) => {
    const { user } = caller(context);
    if ('email' in context.body) throw new Failure('EMAIL_NOT_UPDATABLE_HERE', 'The email cannot be changed here; use updateEmail');
    if ('phone' in context.body || 'password' in context.body) throw new Failure('PHONE_NOT_UPDATABLE_HERE', 'The phone cannot be changed here; use updatePhone');
    const changes = pick(context.body, PROFILE_FIELDS);
    return changeUser(context, user.id, ({ user: current }) => {
      if (changes.username !== undefined && context.state.taken(changes.username as string, user.id)) {
        throw new Failure('USER_EXISTS', 'The username is taken (as an email, username or phone)');
      }
      return { ...current, ...changes, updatedAt: nowIso(context) };
    });
  },

  updatePassword: async (context) => {
    const { user, passwordHash } = caller(context);
    const plain = await newPassword(context, context.body.newPassword);
    if (passwordHash) {
      if (context.body.oldPassword === undefined || !(await context.verify(await context.password(context.body.oldPassword), passwordHash))) {
        throw new Failure('OLD_PASSWORD_WRONG', 'The old password is wrong');
      }
    }
    const hash = await context.hash(plain);
    return changeUser(context, user.id, (current) => {
      // Another change got in while this one was checked and hashed: its old password is not the password any more.
      if (current.passwordHash !== passwordHash) throw new Failure('OLD_PASSWORD_WRONG', 'The password was changed meanwhile; the old password is wrong now');
      context.state.setPasswordHash(user.id, hash);
      return { ...current.user, updatedAt: nowIso(context) };
    });
  },

  updatePhone: async (context) => {
    const { phone, phoneCode, oldPhone, oldPhoneCode, phoneCountryCode } = context.body;
    return changeUser(context, caller(context).user.id, ({ user }) => {
      if (user.phone === phone) throw new Failure('SAME_PHONE', 'The new phone number equals the current one');
      if (user.phone) {
        if (oldPhone !== user.phone) throw new Failure('OLD_PHONE_MISMATCH', 'The old phone number does not match');
        checkCode(context, user.phone, 'unbind', oldPhoneCode);
      }
      checkCode(context, phone, 'bind', phoneCode);
      unique(context, user.id, 'phone', phone);
      return { ...user, phone, phoneVerified: true, phoneCountryCode: phoneCountryCode ?? user.phoneCountryCode ?? null, updatedAt: nowIso(context) };
    });
  },

  updateEmail: async (context) => {
    const { email, emailCode, oldEmail, oldEmailCode } = context.body;
    mustBeEmail(email);
    return changeUser(context, caller(context).user.id, ({ user }) => {
      if (user.email === email) throw new Failure('SAME_EMAIL', 'The new email equals the current one');
      if (user.email) {
        if (oldEmail !== user.email) throw new Failure('OLD_EMAIL_MISMATCH', 'The old email does not match');
        if (oldEmailCode === undefined) throw new Failure('OLD_EMAIL_CODE_REQUIRED', 'Changing the email requires a code sent to the old email');
        checkCode(context, user.email, 'CHANGE_EMAIL', oldEmailCode);
      }
      checkCode(context, email, 'CHANGE_EMAIL', emailCode);
      unique(context, user.id, 'email', email);
      return { ...user, email, emailVerified: true, updatedAt: nowIso(context) };
    });
  },

  refreshToken: async (context) => {
    const { user } = caller(context);
    return context.issueToken(user.id);
  },

  bindPhone: async (context) => {
    const { phone, phoneCountryCode } = context.body;
    // Authing's Android and iOS SDKs send the code as phoneCode, its Flutter SDK as code.
    const phoneCode = 'phoneCode' in context.body ? context.body.phoneCode : context.body.code;
    return changeUser(context, caller(context).user.id, ({ user }) => {
      if (user.phone) throw new Failure('PHONE_ALREADY_BOUND', 'The user already has a phone number; use updatePhone');
      checkCode(context, phone, 'bind', phoneCode);
      unique(context, user.id, 'phone', phone);
      return { ...user, phone, phoneVerified: true, phoneCountryCode: phoneCountryCode ?? null, updatedAt: nowIso(context) };
    });
  },

  unbindPhone: async (context) =>
    changeUser(context, caller(context).user.id, ({ user, passwordHash }) => {
      const otherWay = Boolean(passwordHash && (user.email || user.username));
      if (!user.phone || !otherWay) throw new Failure('LAST_LOGIN_METHOD', 'The phone is the only way this user can sign in');
      return { ...user, phone: null, phoneVerified: false, phoneCountryCode: null, updatedAt: nowIso(context) };
    }),

  getCurrentUser: async (context) => caller(context).user,

  logout: async (context) => {
    caller(context);
    await context.revokeCallerToken();
    return null;
  },

  listUdv: async (context) => context.state.udvList(targetUser(context)),

  setUdv: async (context) => {
    const { user } = caller(context);
    const values = checkedValues(context.state, context.body.udfs.map(({ definition, value }) => ({ key: definition, value })));
    context.write(() => storeValues(context.state, user.id, values));
    return context.state.udvList(user.id);
  },

  // The GraphQL mutation Authing's SDKs send (the request context refused any other document).
  removeUdv: async (context) => {
    const { variables } = context.body;
    const userId = targetUser({ ...context, body: variables });
    context.write(() => context.state.removeUdv(userId, variables.key));
    return context.state.udvList(userId);
  },
};

function targetUser(context: Context<{ targetId: string }>): string {
  const { user } = caller(context);
  if (context.body.targetId !== user.id) throw new Failure('NOT_LOGGED_IN', 'User-defined data of another user');
  return user.id;
}

/** Refuses `value` for the user's `field` when it names another user, as an email, username or phone. */
function unique(context: Context<unknown>, userId: string, field: 'phone' | 'email', value: string): void {
  if (context.state.taken(value, userId)) throw new Failure('USER_EXISTS', `Another user has this ${field} (as an email, username or phone)`);
}
