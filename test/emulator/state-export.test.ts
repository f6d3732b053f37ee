/**
 * The whole state, out and back in: `emulator.export()` and `import()` on both builds and across them
 * (a page's state into the CLI and back, passwords still working), 20,000 users exactly, tokens issued
 * before the export still valid after it, and a bad file refused by name with nothing changed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ImportError, type Emulator, type EmulatorExport } from 'authing-rest-emulator';
import { isAuthingApiError } from '../../src/index.ts';
import { testClient } from '../support/clients.ts';
import { EMULATOR_PLATFORMS, startEmulatorOn, type EmulatorPlatform } from '../support/emulator.ts';

const password = 'passw0rd';
const open: Emulator[] = [];
const start = async (platform: EmulatorPlatform) => {
  const emulator = await startEmulatorOn(platform);
  open.push(emulator);
  return emulator;
};
afterEach(() => {
  for (const emulator of open.splice(0)) emulator.close();
});

/** A state with a bit of everything: users with and without passwords, custom data, a logged-out token, a moved clock, a code sent. */
async function livedIn(emulator: Emulator) {
  const ada = testClient(emulator);
  const signedIn = await ada.registerByEmail({ email: 'ada@example.com', password, forceLogin: true });
  await ada.setUdv({ key: 'age', value: 36 });
  const loggedOut = testClient(emulator);
  await loggedOut.loginByEmail({ email: 'ada@example.com', password });
  const deadToken = (await loggedOut.getToken())!;
  await loggedOut.logout();
  await emulator.seed({ users: [{ phone: '13900000001', nickname: 'No password' }] });
  await testClient(emulator).sendSmsCode({ phone: '13900000001' });
  emulator.advanceClock(3_600_000);
  return { token: signedIn.token!, deadToken };
}

/** The export without its time of writing. */
const stateOf = (emulator: Emulator): Omit<EmulatorExport, 'exportedAt'> => {
  const { exportedAt: _exportedAt, ...state } = emulator.export();
  return state;
};

describe.each(EMULATOR_PLATFORMS)('export and import (%s build)', (platform) => {
  it('carries everything over: users, passwords, custom data, codes, the clock, and the tokens issued before', async () => {
    const source = await start(platform);
    const { token, deadToken } = await livedIn(source);
    const target = await start(platform);
    target.import(JSON.parse(JSON.stringify(source.export())));
    expect(stateOf(target)).toEqual(stateOf(source));
    // The keys came along: the token issued by the source works, the logged-out one does not.
    const ada = testClient(target, { token });
    await expect(ada.getCurrentUser()).resolves.toMatchObject({ email: 'ada@example.com' });
    await expect(ada.listUdv()).resolves.toEqual([expect.objectContaining({ key: 'age', value: 36 })]);
    await expect(testClient(target, { token: deadToken }).getCurrentUser()).rejects.toMatchObject({ code: 2020 });
    await expect(testClient(target).loginByEmail({ email: 'ada@example.com', password })).resolves.toMatchObject({ email: 'ada@example.com' });
    expect(target.clock().offsetMs).toBe(3_600_000);
    expect(target.outbox({ recipient: '13900000001' })).toHaveLength(1);
  });

  it.each([
    ['not an object', [], /the file must hold a JSON object/],
    ['another format', { format: 'firebase' }, /its format must be "authing-rest-emulator-state"/],
    ['a user who breaks the spec', (state: any) => ({ ...state, users: [{ ...state.users[0], user: { ...state.users[0].user, gender: 'X' } }] }), /users\[0\]\.user does not fit the spec's User: .*gender/],
    ['two users with one email', (state: any) => ({ ...state, users: [state.users[0], { ...state.users[0], user: { ...state.users[0].user, id: 'other' } }] }), /users\[1\]\.user\.email ada@example\.com is also user .*'s email/],
    ['a value of an undefined field', (state: any) => ({ ...state, users: [{ ...state.users[0], values: { shoeSize: '44' } }] }), /users\[0\]\.values\.shoeSize is not a defined field/],
    ['keys that are not PEM', (state: any) => ({ ...state, keys: { ...state.keys, privateKeyPem: 'secret' } }), /keys must hold privateKeyPem/],
  ])('refuses %s, naming what is wrong, and changes nothing', async (_, made, message) => {
    const source = await start(platform);
    await livedIn(source);
    const target = await start(platform);
    await target.seed({ users: [{ email: 'kept@example.com', password }] });
    const before = stateOf(target);
    const file = typeof made === 'function' ? made(JSON.parse(JSON.stringify(source.export()))) : made;
    // The error class of the build it came from (the browser build bundles its own).
    expect(() => target.import(file)).toThrow(expect.objectContaining({ name: 'ImportError', message: expect.stringMatching(message) }));
    if (platform === 'node') expect(() => target.import(file)).toThrow(ImportError);
    expect(stateOf(target)).toEqual(before);
    await expect(testClient(target).loginByEmail({ email: 'kept@example.com', password })).resolves.toMatchObject({ email: 'kept@example.com' });
  });
});

describe('export and import across builds', () => {
  it.each([
    ['node', 'web'],
    ['web', 'node'],
  ] as const)("a %s build's state imports into the %s build, its passwords still working", async (from, to) => {
    const source = await start(from);
    await livedIn(source);
    const target = await start(to);
    target.import(source.export());
    await expect(testClient(target).loginByEmail({ email: 'ada@example.com', password })).resolves.toMatchObject({ email: 'ada@example.com' });
    const wrong = await testClient(target).loginByEmail({ email: 'ada@example.com', password: 'wrong-pass' }).catch((error: unknown) => isAuthingApiError(error) && error.code);
    expect(wrong).toBe(2333);
  });
});

describe('20,000 users', () => {
  it('round-trip exactly, and their passwords work after the import', async () => {
    const source = await start('node');
    const users = Array.from({ length: 20_000 }, (_, index) => ({
      email: `user${index}@example.com`,
      phone: `139${String(index).padStart(8, '0')}`,
      nickname: `User ${index}`,
      ...(index % 2000 === 0 ? { password } : {}),
    }));
    await source.seed({ users });
    const text = JSON.stringify(source.export());
    const target = await start('node');
    target.import(JSON.parse(text));
    expect(stateOf(target)).toEqual(stateOf(source));
    expect(target.users({ limit: 1 }).total).toBe(20_000);
    await expect(testClient(target).loginByEmail({ email: 'user18000@example.com', password })).resolves.toMatchObject({ phone: '13900018000' });
  }, 120_000);
});
