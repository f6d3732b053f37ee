/**
 * The emulator's developer tools in process: a test reads an SMS code, seeds users, moves the clock and
 * resets the state on the emulator object itself, with no HTTP, and each tool agrees with its endpoint.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SeedError } from 'authing-rest-emulator';
import { codeOf, emulatorsOfTest, EMULATOR_URL } from '../support/emulator.ts';
import { testClient } from '../support/clients.ts';

const password = 'passw0rd';
const { start, closeAll } = emulatorsOfTest();
afterEach(closeAll);

describe('the developer tools on the emulator object', () => {
  it('reads an SMS code from the outbox and signs up with it', async () => {
    const emulator = await start();
    const client = testClient(emulator);
    await client.sendSmsCode({ phone: '13700000001' });
    const [message] = emulator.outbox({ recipient: '13700000001' });
    expect(message).toMatchObject({ channel: 'sms', recipient: '13700000001', scene: '', code: expect.stringMatching(/^\d{6}$/) });
    const user = await client.registerByPhoneCode({ phone: '13700000001', code: message!.code, password, forceLogin: true });
    expect(user.phone).toBe('13700000001');
    // The same messages as the HTTP endpoint answers.
    const overHttp = (await (await emulator.fetch(`${EMULATOR_URL}/__emulator/outbox`)).json()) as { messages: unknown[] };
    expect(overHttp.messages).toEqual(emulator.outbox());
  });

  it('seeds users and fields, refusing a bad seed with SeedError naming the field', async () => {
    const emulator = await start();
    const [id] = await emulator.seed({ users: [{ email: 'Seeded@Example.com', password, nickname: 'Seed' }], fields: [{ key: 'tier', dataType: 'NUMBER' }] });
    const client = testClient(emulator);
    const user = await client.loginByEmail({ email: 'seeded@example.com', password });
    expect([user.id, user.nickname]).toEqual([id, 'Seed']);
    expect(await client.setUdv({ key: 'tier', value: 2 })).toEqual([{ key: 'tier', dataType: 'NUMBER', value: 2, label: null }]);
    const refused = await emulator.seed({ users: [{ email: 12345 }] }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SeedError);
    expect((refused as Error).message).toContain('users[0].email: must be string');
  });

  it('moves the clock, so that a code expires; refuses a move out of range', async () => {
    const emulator = await start();
    const client = testClient(emulator);
    await client.sendSmsCode({ phone: '13700000002' });
    const before = emulator.clock();
    const after = emulator.advanceClock(61_000);
    expect(after.offsetMs - before.offsetMs).toBe(61_000);
    expect(Date.parse(after.now) - Date.parse(before.now)).toBeGreaterThanOrEqual(61_000);
    const code = emulator.outbox({ recipient: '13700000002' })[0]!.code;
    expect(await codeOf(client.registerByPhoneCode({ phone: '13700000002', code, password }))).toBe(2300);
    expect(() => emulator.advanceClock(-after.offsetMs - 1)).toThrow(RangeError);
    expect(() => emulator.advanceClock(Number.NaN)).toThrow(RangeError);
  });

  it('resets every user, code and message, and the clock', async () => {
    const emulator = await start();
    const client = testClient(emulator);
    await client.registerByEmail({ email: 'gone@example.com', password });
    await client.sendSmsCode({ phone: '13700000003' });
    emulator.advanceClock(5_000);
    emulator.reset();
    expect(emulator.outbox()).toEqual([]);
    expect(emulator.clock().offsetMs).toBe(0);
    expect(await codeOf(client.loginByEmail({ email: 'gone@example.com', password }))).toBe(2004);
  });
});
