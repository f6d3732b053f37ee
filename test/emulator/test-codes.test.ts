/**
 * Fixed test codes (`testCodes`, `--test-code`): for suites that cannot read the outbox, a recipient's code
 * is always the given one, in every flow that takes a code, sent or not; sending to it is recorded and
 * never limited.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Emulator } from 'authing-rest-emulator';
import { startListening, type ListeningProcess } from '../../scripts/lib/listening-process.ts';
import { testClient } from '../support/clients.ts';
import { startEmulator } from '../support/emulator.ts';
import { repoRoot } from '../support/spec.ts';

const phone = '13800000000';
const email = 'tester@example.com';
const password = 'passw0rd';
const testCodes = { [phone]: '123456', 'Tester@Example.com': '424242', '13800000001': '111111', '13800000002': '222222' };
const open: Array<Emulator | ListeningProcess> = [];
afterEach(async () => {
  for (const started of open.splice(0)) 'stop' in started ? await started.stop('SIGKILL') : started.close();
});

async function withTestCodes() {
  const emulator = await startEmulator(undefined, { testCodes });
  open.push(emulator);
  return emulator;
}

describe('fixed test codes', () => {
  it('work in every flow that takes a code, without reading the outbox', async () => {
    const emulator = await withTestCodes();
    const client = testClient(emulator);
    // Register and sign in by phone, with no code sent at all.
    await client.registerByPhoneCode({ phone, code: '123456', password, forceLogin: true });
    await expect(testClient(emulator).loginByPhoneCode({ phone, code: '123456' })).resolves.toMatchObject({ phone });
    await expect(client.resetPasswordByPhoneCode({ phone, code: '123456', newPassword: 'n3w-passw0rd' })).resolves.toMatchObject({ code: 200 });
    // An email as given in any letter case, as the emulator stores it.
    await client.updateEmail({ email, emailCode: '424242' });
    await expect(testClient(emulator).resetPasswordByEmailCode({ email, code: '424242', newPassword: 'th1rd-passw0rd' })).resolves.toMatchObject({ code: 200 });
    await expect(testClient(emulator).loginByEmail({ email, password: 'th1rd-passw0rd' })).resolves.toMatchObject({ email });
    const other = testClient(emulator);
    await other.registerByEmail({ email: 'binder@example.com', password, forceLogin: true });
    await expect(other.bindPhone({ phone: '13800000001', phoneCode: '111111' })).resolves.toMatchObject({ phone: '13800000001' });
    await expect(other.updatePhone({ phone: '13800000002', phoneCode: '222222', oldPhone: '13800000001', oldPhoneCode: '111111' })).resolves.toMatchObject({ phone: '13800000002' });
  });

  it('are never rate-limited, every sending recorded in the outbox; a wrong code is still refused', async () => {
    const emulator = await withTestCodes();
    const client = testClient(emulator);
    for (let sent = 0; sent < 5; sent++) await client.sendSmsCode({ phone });
    expect(emulator.outbox({ recipient: phone }).map((message) => message.code)).toEqual(Array(5).fill('123456'));
    await expect(client.loginByPhoneCode({ phone, code: '654321' })).rejects.toMatchObject({ code: 2001 });
    // Other recipients keep their random, rate-limited, single-use codes.
    await client.sendSmsCode({ phone: '13900000000' });
    await expect(client.sendSmsCode({ phone: '13900000000' })).rejects.toMatchObject({ kind: 'api' });
  });

  it.each([
    [{ '': '123456' }, /is not a phone number or email address/],
    [{ [phone]: '12' }, /must be 4 to 12 letters or digits, not "12"/],
    [{ [phone]: 123456 }, /must be 4 to 12 letters or digits, not 123456/],
  ])('are refused when malformed: %j', async (codes, message) => {
    await expect(startEmulator(undefined, { testCodes: codes as Record<string, string> })).rejects.toThrow(message);
  });

  it('come from --test-code on the command line, repeatable', async () => {
    const started = await startListening(join(repoRoot, 'node_modules', '.bin', 'tsx'), ['emulator/src/cli.ts', '--memory', '--port', '0', '--test-code', `${phone}=123456`, '--test-code', `${email}=424242`]);
    open.push(started);
    const client = testClient(started.url);
    await client.registerByPhoneCode({ phone, code: '123456', password });
    await client.sendEmail({ email, scene: 'VERIFY_EMAIL' });
    const outbox = (await (await fetch(`${started.url}/__emulator/outbox?recipient=${email}`)).json()) as { messages: Array<{ code: string }> };
    expect(outbox.messages.map((message) => message.code)).toEqual(['424242']);
  }, 60_000);
});
