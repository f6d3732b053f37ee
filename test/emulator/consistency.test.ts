/**
 * The emulator loses no update and keeps one account per identifier, as a hostile tester tries it:
 * writes that land while a login or a password change is being hashed, concurrent logins and password
 * changes, identifiers that collide across email, username and phone, and identifiers with control
 * characters (a NUL would cut them short in SQLite).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from 'authing-rest-emulator';
import type { AuthenticationClient } from '../../src/index.ts';
import { codeOf, emulatorsOfTest } from '../support/emulator.ts';
import { testClient } from '../support/clients.ts';

const password = 'passw0rd';
const { start, closeAll } = emulatorsOfTest();
/** An emulator that hashes at scrypt's real cost, so that a login's check takes long enough to be overtaken. */
const realCost = () => start(undefined, { scryptCost: 16384, passwordEncryption: 'none' });
const fast = () => start(undefined, { passwordEncryption: 'none' });
const plainClient = (emulator: Emulator) => testClient(emulator, { encryptPassword: 'none' });
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(closeAll);

describe('no lost update', () => {
  it('keeps a profile update answered while a login of the same user was being checked', async () => {
    const emulator = await realCost();
    const owner = plainClient(emulator);
    await owner.registerByEmail({ email: 'race@example.com', password, forceLogin: true });
    for (let round = 0; round < 3; round++) {
      const login = plainClient(emulator).loginByEmail({ email: 'race@example.com', password });
      await pause(15); // the login is hashing now
      expect((await owner.updateProfile({ nickname: `during-${round}` })).nickname).toBe(`during-${round}`);
      await login;
      expect((await owner.getCurrentUser()).nickname).toBe(`during-${round}`);
    }
  });

  it('keeps a profile update answered while a password change was being hashed', async () => {
    const emulator = await realCost();
    const owner = plainClient(emulator);
    await owner.registerByEmail({ email: 'hashing@example.com', password, forceLogin: true });
    const change = owner.updatePassword({ oldPassword: password, newPassword: 'passw0rd-2' });
    await pause(15);
    await owner.updateProfile({ nickname: 'kept' });
    expect((await change).nickname).toBe('kept');
    expect((await owner.getCurrentUser()).nickname).toBe('kept');
  });

  it('counts each of 10 concurrent logins', async () => {
    const emulator = await fast();
    const owner = plainClient(emulator);
    const before = (await owner.registerByEmail({ email: 'counted@example.com', password, forceLogin: true })).loginsCount as number;
    await Promise.all(Array.from({ length: 10 }, () => plainClient(emulator).loginByEmail({ email: 'counted@example.com', password })));
    expect((await owner.getCurrentUser()).loginsCount).toBe(before + 10);
  });

  it('lets one of two concurrent password changes with the same old password through; the other gets 2203', async () => {
    const emulator = await realCost();
    const owner = plainClient(emulator);
    await owner.registerByEmail({ email: 'twice@example.com', password, forceLogin: true });
    const outcomes = await Promise.all(['first-new', 'second-new'].map((newPassword) => codeOf(owner.updatePassword({ oldPassword: password, newPassword }))));
    expect([...outcomes].sort()).toEqual([200, 2203]);
    const winner = outcomes[0] === 200 ? 'first-new' : 'second-new';
    const loser = winner === 'first-new' ? 'second-new' : 'first-new';
    expect(await codeOf(plainClient(emulator).loginByEmail({ email: 'twice@example.com', password: winner }))).toBe(200);
    expect(await codeOf(plainClient(emulator).loginByEmail({ email: 'twice@example.com', password: loser }))).toBe(2333);
  });
});

describe('one account per identifier, across email, username and phone', () => {
  async function withPhoneOwner(emulator: Emulator): Promise<AuthenticationClient> {
    const owner = plainClient(emulator);
    await owner.registerByEmail({ email: 'phone-owner@example.com', password, forceLogin: true });
    await owner.sendSmsCode({ phone: '13800009999' });
    const outbox = (await (await emulator.fetch('http://emulator.test/__emulator/outbox?recipient=13800009999')).json()) as { messages: Array<{ code: string }> };
    await owner.bindPhone({ phone: '13800009999', phoneCode: outbox.messages[0]!.code });
    return owner;
  }

  it('refuses a username that is somebody\'s phone, by registration and by profile update, so that phone login stays theirs', async () => {
    const emulator = await fast();
    const owner = await withPhoneOwner(emulator);
    expect(await codeOf(plainClient(emulator).registerByUsername({ username: '13800009999', password: 'squatter' }))).toBe(2026);
    const squatter = plainClient(emulator);
    await squatter.registerByUsername({ username: 'squatter', password: 'squatter', forceLogin: true });
    expect(await codeOf(squatter.updateProfile({ username: '13800009999' }))).toBe(2026);
    const signedIn = await plainClient(emulator).loginByPhonePassword({ phone: '13800009999', password });
    expect(signedIn.id).toBe((await owner.getCurrentUser()).id);
  });

  it('refuses a username that is somebody\'s email, whatever its case, and an email that is somebody\'s username', async () => {
    const emulator = await fast();
    await plainClient(emulator).registerByEmail({ email: 'dave@x.test', password });
    expect(await codeOf(plainClient(emulator).registerByUsername({ username: 'dave@x.test', password }))).toBe(2026);
    expect(await codeOf(plainClient(emulator).registerByUsername({ username: 'DAVE@X.test', password }))).toBe(2026);
    await plainClient(emulator).registerByUsername({ username: 'erin@y.test', password });
    expect(await codeOf(plainClient(emulator).registerByEmail({ email: 'Erin@Y.test', password }))).toBe(2026);
  });

  it('refuses a phone that is somebody\'s username when binding it', async () => {
    const emulator = await fast();
    await plainClient(emulator).registerByUsername({ username: '13900001111', password });
    const binder = plainClient(emulator);
    await binder.registerByEmail({ email: 'binder@example.com', password, forceLogin: true });
    await binder.sendSmsCode({ phone: '13900001111' });
    const outbox = (await (await emulator.fetch('http://emulator.test/__emulator/outbox?recipient=13900001111')).json()) as { messages: Array<{ code: string }> };
    expect(await codeOf(binder.bindPhone({ phone: '13900001111', phoneCode: outbox.messages[0]!.code }))).toBe(2026);
  });
});

describe('identifiers with control or invisible characters', () => {
  it.each([
    ['registerByEmail', 'email', (client: AuthenticationClient) => client.registerByEmail({ email: 'dave@x.test\u0000zz', password })],
    ['registerByUsername', 'username', (client: AuthenticationClient) => client.registerByUsername({ username: 'dave\u0007', password })],
    ['registerByEmail profile', 'profile.username', (client: AuthenticationClient) => client.registerByEmail({ email: 'ok@x.test', password, profile: { username: 'a\nb' } })],
    ['loginByUsername', 'account', (client: AuthenticationClient) => client.loginByUsername({ username: 'dave\u0000', password })],
    ['registerByUsername with U+2028', 'username', (client: AuthenticationClient) => client.registerByUsername({ username: 'dave\u2028', password })],
    ['registerByUsername with U+200B', 'username', (client: AuthenticationClient) => client.registerByUsername({ username: 'da\u200Bve', password })],
    ['registerByUsername with U+FEFF', 'username', (client: AuthenticationClient) => client.registerByUsername({ username: '\uFEFFdave', password })],
    ['registerByUsername with U+0085', 'username', (client: AuthenticationClient) => client.registerByUsername({ username: 'dave\u0085', password })],
    ['registerByEmail with U+202E', 'email', (client: AuthenticationClient) => client.registerByEmail({ email: 'evil\u202Emoc.x@x.test', password })],
  ])('%s: 2231 naming %s, nothing stored', async (_name, field, call) => {
    const emulator = await fast();
    const error = await call(testClient(emulator, { encryptPassword: 'none', lang: 'en-US' })).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 2231, message: `${field} must not contain control or invisible characters (U+0000 to U+001F, U+007F to U+009F, zero-width and format characters, line and paragraph separators)` });
  });

  it('keeps the real user\'s email: a NUL-suffixed copy is refused, the real one registers and logs in', async () => {
    const emulator = await fast();
    expect(await codeOf(plainClient(emulator).registerByEmail({ email: 'dave@x.test\u0000zz', password: 'squatter' }))).toBe(2231);
    await plainClient(emulator).registerByEmail({ email: 'dave@x.test', password });
    expect(await codeOf(plainClient(emulator).loginByEmail({ email: 'dave@x.test', password }))).toBe(200);
    expect(await codeOf(plainClient(emulator).loginByEmail({ email: 'dave@x.test', password: 'squatter' }))).toBe(2333);
  });

  it('still takes names in any script, with spaces and emoji: only what shows nothing is refused', async () => {
    const emulator = await fast();
    for (const username of ['张伟', 'José María', 'Ωmega', 'ada 🚀', 'نور']) {
      expect(await codeOf(plainClient(emulator).registerByUsername({ username, password })), username).toBe(200);
    }
  });

  it('names the field in the default language too, after the Chinese message', async () => {
    const emulator = await fast();
    const error = await plainClient(emulator).registerByUsername({ username: 'x\u0000', password }).catch((caught: unknown) => caught);
    expect((error as Error).message).toBe('请求参数不完整（username must not contain control or invisible characters (U+0000 to U+001F, U+007F to U+009F, zero-width and format characters, line and paragraph separators)）');
  });
});
