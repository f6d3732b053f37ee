/**
 * What Authing's own SDK tests expect of the service, through our SDK against the emulator: SMS codes
 * sent without a scene, custom data at registration and login, case-insensitive emails, fields a user
 * may not change, dates in user-defined data, messages in the client's language, and the wire forms of
 * Authing's REST clients (listUdv's bare array, setUdv at /api/v2/udfs/values).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from 'authing-rest-emulator';
import { AuthingApiError, type AuthenticationClient } from '../../src/index.ts';
import { latestCode, startEmulator } from '../support/emulator.ts';
import { testClient } from '../support/clients.ts';

const password = 'passw0rd';
let emulator: Emulator;
beforeEach(async () => {
  emulator = await startEmulator();
});
afterEach(() => emulator.close());

const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error as AuthingApiError);
const codeOf = async (promise: Promise<unknown>) => (await failure(promise))?.code ?? 200;
const signedUp = async (client: AuthenticationClient, email: string) => client.registerByEmail({ email, password, forceLogin: true });

describe('SMS codes sent without a scene', () => {
  it('work for registering by phone, resetting a password, binding and updating a phone (new and old number)', async () => {
    const client = testClient(emulator);
    await client.sendSmsCode({ phone: '13800000001' });
    await client.registerByPhoneCode({ phone: '13800000001', code: latestCode(emulator, '13800000001'), password, forceLogin: true });
    await emulator.fetch('http://emulator.test/__emulator/clock', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"advanceMs":61000}' });
    await client.sendSmsCode({ phone: '13800000001' });
    await client.resetPasswordByPhoneCode({ phone: '13800000001', code: latestCode(emulator, '13800000001'), newPassword: 'passw0rd-2' });

    const other = testClient(emulator);
    await signedUp(other, 'binder@example.com');
    await other.sendSmsCode({ phone: '13800000002' });
    expect((await other.bindPhone({ phone: '13800000002', phoneCode: latestCode(emulator, '13800000002') })).phone).toBe('13800000002');
    await other.sendSmsCode({ phone: '13800000003' });
    await other.sendSmsCode({ phone: '13800000002' }).catch(() => undefined); // within the minute: the first code stands
    const updated = await other.updatePhone({
      phone: '13800000003',
      phoneCode: latestCode(emulator, '13800000003'),
      oldPhone: '13800000002',
      oldPhoneCode: latestCode(emulator, '13800000002'),
    });
    expect(updated.phone).toBe('13800000003');
  });

  it('a code sent for a scene works for that scene only, and once', async () => {
    const client = testClient(emulator);
    await client.sendSmsCode({ phone: '13800000004', scene: 'login' });
    const code = latestCode(emulator, '13800000004', 'login');
    expect(await codeOf(client.registerByPhoneCode({ phone: '13800000004', code, password }))).toBe(2001);
    await client.loginByPhoneCode({ phone: '13800000004', code, autoRegister: true });
    expect(await codeOf(testClient(emulator).loginByPhoneCode({ phone: '13800000004', code }))).toBe(2001);
  });
});

describe('custom data and context at registration and login', () => {
  it('stores customData as the user\'s user-defined data, at registration and again at login', async () => {
    const client = testClient(emulator);
    await client.registerByEmail({ email: 'custom@example.com', password, forceLogin: true, customData: { city: 'Beijing', age: 22 }, context: { source: 'test' } });
    expect(await client.listUdv()).toEqual(
      expect.arrayContaining([
        { key: 'city', dataType: 'STRING', value: 'Beijing', label: 'City' },
        { key: 'age', dataType: 'NUMBER', value: 22, label: 'Age' },
      ]),
    );
    await client.loginByEmail({ email: 'custom@example.com', password, customData: { age: 23 } });
    expect((await client.listUdv()).find((item) => item.key === 'age')?.value).toBe(23);
  });

  it('refuses a key the pool defines no field for, or a value of the wrong type (2231), and registers nobody', async () => {
    const client = testClient(emulator, { lang: 'en-US' });
    const unknown = await failure(client.registerByEmail({ email: 'nokey@example.com', password, customData: { school: 'MIT' } }));
    expect([unknown?.code, unknown?.message]).toEqual([2231, expect.stringContaining('school')]);
    expect(await codeOf(client.registerByEmail({ email: 'nokey@example.com', password, customData: { age: 'old' } }))).toBe(2231);
    expect(await codeOf(client.loginByEmail({ email: 'nokey@example.com', password }))).toBe(2004);
  });
});

describe('emails', () => {
  it('are case-insensitive: stored lower-cased, found by any case, taken in any case', async () => {
    const client = testClient(emulator);
    expect((await client.registerByEmail({ email: 'Bob@Example.com', password })).email).toBe('bob@example.com');
    expect((await client.loginByEmail({ email: 'bob@example.com', password })).email).toBe('bob@example.com');
    expect((await testClient(emulator).loginByEmail({ email: 'BOB@EXAMPLE.COM', password })).email).toBe('bob@example.com');
    expect(await codeOf(testClient(emulator).registerByEmail({ email: 'BOB@example.com', password }))).toBe(2026);
    const auto = await testClient(emulator).loginByEmail({ email: 'New.User@Example.com', password, autoRegister: true });
    expect(auto.email).toBe('new.user@example.com');
  });
});

describe('fields a user may not change', () => {
  it.each(['unionid', 'openid'])('%s in updateProfile is refused (2231), and nothing is changed', async (field) => {
    const client = testClient(emulator);
    await signedUp(client, `${field}@example.com`);
    const refused = await failure(client.updateProfile({ nickname: 'Changed', [field]: 'forged' } as never));
    expect([refused?.code, refused?.violations.join()]).toEqual([2231, expect.stringContaining(field)]);
    expect((await client.getCurrentUser()).nickname).toBeNull();
  });
});

describe('dates in user-defined data', () => {
  it('setUdv takes a Date or an ISO string for a DATETIME field; listUdv reads both back as Dates', async () => {
    const client = testClient(emulator);
    await signedUp(client, 'dates@example.com');
    const when = new Date('2023-11-14T22:13:20.000Z');
    expect((await client.setUdv({ key: 'birthday', value: when })).find((item) => item.key === 'birthday')?.value).toEqual(when);
    expect((await client.setUdv({ key: 'birthday', value: '2000-01-02T03:04:05.000Z' })).find((item) => item.key === 'birthday')?.value).toEqual(new Date('2000-01-02T03:04:05.000Z'));
    await client.loginByEmail({ email: 'dates@example.com', password, customData: { birthday: when.getTime() } });
    expect((await client.listUdv()).find((item) => item.key === 'birthday')?.value).toEqual(when);
  });
});

describe('messages in the client\'s language', () => {
  it('answers in Chinese by default, as the service does, and in English for x-authing-lang en-US', async () => {
    const chinese = await failure(testClient(emulator).loginByEmail({ email: 'nobody@example.com', password }));
    expect([chinese?.code, chinese?.message]).toEqual([2004, '用户不存在']);
    const english = await failure(testClient(emulator, { lang: 'en-US' }).loginByEmail({ email: 'nobody@example.com', password }));
    expect([english?.code, english?.message]).toEqual([2004, 'No user has this account']);
  });
});

describe("the wire forms of Authing's REST clients", () => {
  it('listUdv answers a bare JSON array, errors still in the envelope; setUdv posts udfs to /api/v2/udfs/values', async () => {
    const client = testClient(emulator);
    const user = await signedUp(client, 'wire@example.com');
    await client.setUdv({ key: 'age', value: 30 });
    const { data } = await client.api.POST('/api/v2/udvs/get', { body: { targetType: 'USER', targetId: user.id } });
    expect(data).toEqual([{ key: 'age', dataType: 'NUMBER', value: '30', label: 'Age' }]);
    const { data: refused } = await client.api.POST('/api/v2/udfs/values', { body: { udfs: [{ definition: 'nope', value: 1 }] } });
    expect(refused).toMatchObject({ code: 2231 });
  });
});
