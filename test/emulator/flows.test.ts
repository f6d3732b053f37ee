/**
 * Full flows through the SDK against the stateful emulator, in-process (its fetch is the SDK's fetch), on
 * Node's build and on the browser build alike.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from 'authing-rest-emulator';
import { AuthingApiError } from '../../src/index.ts';
import { advanceClock, EMULATOR_PLATFORMS, EMULATOR_URL, latestCode, postDeveloper, startEmulator, startEmulatorOn } from '../support/emulator.ts';
import { testClient } from '../support/clients.ts';

// Node's build and the browser build (sql.js, Web Crypto) go through the same flows.
describe.each(EMULATOR_PLATFORMS)('on the %s build', (platform) => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = await startEmulatorOn(platform);
  });
  afterEach(() => emulator.close());

  const email = 'test@example.com';
  const password = 'passw0rd';
  const codeOf = (promise: Promise<unknown>) => promise.then(() => 200, (error: AuthingApiError) => error.code ?? error.kind);

  describe('accounts', () => {
    it('register → login → profile → user-defined data → refresh → logout, and the old token is refused', async () => {
      const authing = testClient(emulator);
      const registered = await authing.registerByEmail({ email, password, profile: { nickname: 'Nick' } });
      expect(registered).toMatchObject({ email, emailVerified: false, nickname: 'Nick', loginsCount: 0 });
      expect(await authing.getToken()).toBeNull();

      const user = await authing.loginByEmail({ email, password });
      expect(user.loginsCount).toBe(1);
      expect(user.token).toEqual(expect.any(String));
      const me = await authing.getCurrentUser();
      expect(me.id).toBe(registered.id);
      expect(me.lastLogin).toEqual(expect.any(String));

      expect((await authing.updateProfile({ nickname: 'Nicky', company: 'Example Ltd' })).nickname).toBe('Nicky');
      await authing.setUdv({ key: 'age', value: 15 });
      await authing.setUdv({ key: 'city', value: 'Beijing' });
      await authing.setUdv({ key: 'birthday', value: new Date(1700000000000) });
      expect(await authing.listUdv()).toEqual([
        { key: 'age', dataType: 'NUMBER', value: 15, label: 'Age' },
        { key: 'birthday', dataType: 'DATETIME', value: new Date(1700000000000), label: 'Birthday' },
        { key: 'city', dataType: 'STRING', value: 'Beijing', label: 'City' },
      ]);
      expect((await authing.removeUdv({ key: 'age' })).map((entry) => entry.key)).toEqual(['birthday', 'city']);
      expect(await codeOf(authing.setUdv({ key: 'age', value: 'fifteen' }))).toBe(2231);
      expect(await codeOf(authing.setUdv({ key: 'undeclared', value: 1 }))).toBe(2231);

      const oldToken = (await authing.getToken())!;
      const { token: refreshed } = await authing.refreshToken();
      expect(refreshed).not.toBe(oldToken);
      expect(await authing.getToken()).toBe(refreshed);

      await authing.logout();
      const stale = testClient(emulator, { token: refreshed });
      expect(await codeOf(stale.getCurrentUser())).toBe(2020);
      expect((await stale.checkLoginStatus({ token: refreshed })).status).toBe(false);
    });

    it('refuses a second account with the same email, username or phone (2026)', async () => {
      const authing = testClient(emulator);
      await authing.registerByEmail({ email, password });
      expect(await codeOf(authing.registerByEmail({ email, password }))).toBe(2026);
      await authing.registerByUsername({ username: 'bob', password });
      expect(await codeOf(authing.registerByUsername({ username: 'bob', password }))).toBe(2026);
    });

    it('100 concurrent registrations of one email: exactly one succeeds, 99 get 2026', async () => {
      const authing = testClient(emulator, { encryptPassword: 'rsa' });
      const outcomes = await Promise.all(Array.from({ length: 100 }, () => codeOf(authing.registerByEmail({ email: 'race@example.com', password }))));
      expect(outcomes.filter((code) => code === 200)).toHaveLength(1);
      expect(outcomes.filter((code) => code === 2026)).toHaveLength(99);
    });

    it('forceLogin signs in and counts the login; generateToken gives a token without counting', async () => {
      const forced = await testClient(emulator).registerByEmail({ email: 'a@example.com', password, forceLogin: true });
      expect(forced.token).toEqual(expect.any(String));
      expect(forced.loginsCount).toBe(1);
      const generated = await testClient(emulator).registerByEmail({ email: 'b@example.com', password, generateToken: true });
      expect(generated.token).toEqual(expect.any(String));
      expect(generated.loginsCount).toBe(0);
    });

    it('autoRegister creates the account on first login', async () => {
      const user = await testClient(emulator).loginByUsername({ username: 'newbie', password, autoRegister: true });
      expect(user).toMatchObject({ username: 'newbie', newlyCreated: true, loginsCount: 1 });
      expect(await codeOf(testClient(emulator).loginByUsername({ username: 'nobody', password }))).toBe(2004);
    });

    it('asks for a CAPTCHA after repeated failures from one IP, then accepts the answer', async () => {
      const authing = testClient(emulator);
      await authing.registerByEmail({ email, password });
      const clientIp = '203.0.113.9';
      for (let attempt = 0; attempt < 3; attempt++) expect(await codeOf(authing.loginByEmail({ email, password: 'wrong-password', clientIp }))).toBe(2333);
      expect(await codeOf(authing.loginByEmail({ email, password, clientIp }))).toBe(2000);
      const captchaCode = latestCode(emulator, clientIp);
      expect(await codeOf(authing.loginByEmail({ email, password, clientIp, captchaCode: 'nope' }))).toBe(2000);
      const fresh = latestCode(emulator, clientIp);
      expect((await authing.loginByEmail({ email, password, clientIp, captchaCode: fresh })).email).toBe(email);
      expect(captchaCode).toMatch(/^\d{4}$/);
      // Another IP was never asked.
      expect((await authing.loginByEmail({ email, password, clientIp: '198.51.100.1' })).email).toBe(email);
    });

    it('updatePassword needs the old password when there is one; resets by code work', async () => {
      const authing = testClient(emulator);
      await authing.registerByEmail({ email, password });
      await authing.loginByEmail({ email, password });
      expect(await codeOf(authing.updatePassword({ newPassword: 'n3w-passw0rd' }))).toBe(2203);
      expect(await codeOf(authing.updatePassword({ newPassword: 'n3w-passw0rd', oldPassword: 'wrong!' }))).toBe(2203);
      await authing.updatePassword({ newPassword: 'n3w-passw0rd', oldPassword: password });
      expect((await testClient(emulator).loginByEmail({ email, password: 'n3w-passw0rd' })).email).toBe(email);

      await authing.sendEmail({ email, scene: 'RESET_PASSWORD' });
      await authing.resetPasswordByEmailCode({ email, code: latestCode(emulator, email, 'RESET_PASSWORD'), newPassword: 'r3set-passw0rd' });
      expect((await testClient(emulator).loginByEmail({ email, password: 'r3set-passw0rd' })).email).toBe(email);
    });
  });

  describe('phones and codes', () => {
    it('signs up and logs in by phone with codes read from the outbox; codes are single-use and rate-limited', async () => {
      const authing = testClient(emulator);
      const phone = '18812345678';
      await authing.sendSmsCode({ phone, scene: 'register' });
      expect(await codeOf(authing.sendSmsCode({ phone, scene: 'register' }))).toBe(2100);
      const code = latestCode(emulator, phone, 'register');
      const user = await authing.registerByPhoneCode({ phone, code, password });
      expect(user).toMatchObject({ phone, phoneVerified: true });
      expect(await codeOf(authing.registerByPhoneCode({ phone: '18800000000', code }))).toBe(2001);

      await authing.sendSmsCode({ phone, scene: 'login' });
      const signedIn = await authing.loginByPhoneCode({ phone, code: latestCode(emulator, phone, 'login') });
      expect(signedIn.id).toBe(user.id);
      expect((await authing.loginByPhonePassword({ phone, password })).id).toBe(user.id);
    });

    it('resets the password by SMS code, and the code works once only', async () => {
      const authing = testClient(emulator);
      const phone = '13600000000';
      await authing.sendSmsCode({ phone, scene: 'register' });
      await authing.registerByPhoneCode({ phone, code: latestCode(emulator, phone, 'register'), password });
      await authing.sendSmsCode({ phone, scene: 'reset' });
      const code = latestCode(emulator, phone, 'reset');
      await authing.resetPasswordByPhoneCode({ phone, code, newPassword: 'r3set-passw0rd' });
      expect(await codeOf(authing.resetPasswordByPhoneCode({ phone, code, newPassword: 'again-passw0rd' }))).toBe(2001);
      expect((await authing.loginByPhonePassword({ phone, password: 'r3set-passw0rd' })).phone).toBe(phone);
      expect(await codeOf(authing.resetPasswordByPhoneCode({ phone: '13611111111', code, newPassword: 'x-passw0rd' }))).toBe(2004);
    });

    it('a code expires after 60 seconds (clock moved forward)', async () => {
      const authing = testClient(emulator);
      const phone = '18812345678';
      await authing.sendSmsCode({ phone, scene: 'register' });
      const code = latestCode(emulator, phone, 'register');
      await advanceClock(emulator, 61_000);
      expect(await codeOf(authing.registerByPhoneCode({ phone, code }))).toBe(2300);
    });

    it('binds, changes and unbinds phones by the rules', async () => {
      const authing = testClient(emulator);
      await authing.registerByEmail({ email, password });
      await authing.loginByEmail({ email, password });
      await authing.sendSmsCode({ phone: '13900000001', scene: 'bind' });
      await authing.bindPhone({ phone: '13900000001', phoneCode: latestCode(emulator, '13900000001', 'bind') });
      expect(await codeOf(authing.bindPhone({ phone: '13900000002', phoneCode: '000000' }))).toBe(2035);

      await authing.sendSmsCode({ phone: '13900000002', scene: 'bind' });
      await authing.sendSmsCode({ phone: '13900000001', scene: 'unbind' });
      expect(await codeOf(authing.updatePhone({ phone: '13900000002', phoneCode: '000000', oldPhone: '13000000000', oldPhoneCode: '000000' }))).toBe(2038);
      const updated = await authing.updatePhone({
        phone: '13900000002',
        phoneCode: latestCode(emulator, '13900000002', 'bind'),
        oldPhone: '13900000001',
        oldPhoneCode: latestCode(emulator, '13900000001', 'unbind'),
      });
      expect(updated.phone).toBe('13900000002');
      expect((await authing.unbindPhone()).phone).toBeNull();

      const phoneOnly = testClient(emulator);
      await phoneOnly.sendSmsCode({ phone: '13700000000', scene: 'login' });
      await phoneOnly.loginByPhoneCode({ phone: '13700000000', code: latestCode(emulator, '13700000000', 'login'), autoRegister: true });
      expect(await codeOf(phoneOnly.unbindPhone())).toBe(2217);
    });

    it('updateProfile refuses email and phone (2225, 2226); updateEmail verifies the old address', async () => {
      const authing = testClient(emulator);
      await authing.registerByEmail({ email, password });
      await authing.loginByEmail({ email, password });
      expect(await codeOf(authing.updateProfile({ email: 'x@example.com' } as never))).toBe(2225);
      expect(await codeOf(authing.updateProfile({ phone: '1' } as never))).toBe(2226);
      expect(await codeOf(authing.updateEmail({ email: 'new@example.com', emailCode: '1', oldEmail: email }))).toBe(2227);
      await authing.sendEmail({ email: 'new@example.com', scene: 'CHANGE_EMAIL' });
      await authing.sendEmail({ email, scene: 'CHANGE_EMAIL' });
      const updated = await authing.updateEmail({
        email: 'new@example.com',
        emailCode: latestCode(emulator, 'new@example.com'),
        oldEmail: email,
        oldEmailCode: latestCode(emulator, email),
      });
      expect(updated).toMatchObject({ email: 'new@example.com', emailVerified: true });
    });
  });

  describe('tokens and developer endpoints', () => {
    it('a token expires (clock moved forward 15 days): 2206, and checkLoginStatus says so', async () => {
      const authing = testClient(emulator);
      await authing.registerByEmail({ email, password });
      const { token } = await authing.loginByEmail({ email, password });
      expect((await authing.checkLoginStatus()).status).toBe(true);
      await advanceClock(emulator, 15 * 24 * 3600 * 1000);
      expect(await codeOf(authing.getCurrentUser())).toBe(2206);
      expect(await authing.checkLoginStatus({ token: token! })).toMatchObject({ status: false, code: 2206 });
    });

    it('seeds users and fields, and resets everything', async () => {
      const seeded = await postDeveloper(emulator, 'seed', {
        users: [{ email: 'seeded@example.com', password, nickname: 'Seed' }],
        fields: [{ key: 'tier', dataType: 'NUMBER', label: 'Tier' }],
      });
      expect(seeded.status).toBe(200);
      const authing = testClient(emulator);
      expect((await authing.loginByEmail({ email: 'seeded@example.com', password })).nickname).toBe('Seed');
      expect(await authing.setUdv({ key: 'tier', value: 2 })).toEqual([{ key: 'tier', dataType: 'NUMBER', value: 2, label: 'Tier' }]);
      await postDeveloper(emulator, 'reset');
      expect(await codeOf(testClient(emulator).loginByEmail({ email: 'seeded@example.com', password }))).toBe(2004);
    });

    it('refuses what the spec refuses, with the violations', async () => {
      const error = await testClient(emulator)
        .sendSmsCode({ phone: '18812345678', scene: 'nope' as never })
        .catch((caught) => caught);
      expect(error).toMatchObject({ kind: 'api', code: 2231, status: 400 });
      expect(error.violations.join()).toMatch(/scene|enum|allowed/);
    });
  });
});

describe('built-in user-defined fields', () => {
  it('are the ones the README and --help list, each usable at once', async () => {
    const { BUILT_IN_FIELDS } = await import('authing-rest-emulator');
    const { readFileSync } = await import('node:fs');
    const { execFileSync } = await import('node:child_process');
    const { join } = await import('node:path');
    const { repoRoot } = await import('../support/spec.ts');
    const readme = readFileSync(join(repoRoot, 'emulator', 'README.md'), 'utf8');
    const help = execFileSync(join(repoRoot, 'node_modules', '.bin', 'tsx'), ['emulator/src/cli.ts', '--help'], { cwd: repoRoot, encoding: 'utf8', timeout: 30_000 });
    for (const { key, dataType, label } of BUILT_IN_FIELDS) {
      expect(readme).toContain(`| \`${key}\` | \`${dataType}\` | ${label} |`);
      expect(help).toContain(`${key} (${dataType})`);
    }
    const emulator = await startEmulator();
    const client = testClient(emulator);
    await client.registerByUsername({ username: 'fields', password: 'passw0rd', forceLogin: true });
    const values = { age: 3, is_ok: true, city: 'Paris', plan: 'pro', birthday: new Date(0), meta: { a: 1 } };
    for (const [key, value] of Object.entries(values)) await client.setUdv({ key, value });
    expect((await client.listUdv()).map(({ key }) => key).sort()).toEqual(BUILT_IN_FIELDS.map(({ key }) => key).sort());
    emulator.close();
  }, 60_000);
});
