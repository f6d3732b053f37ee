/**
 * Acknowledged writes survive a crash, and the emulator starts again after any kill: it runs as its own
 * process on a database file, is killed (SIGKILL right after its last acknowledged write, SIGKILL in the
 * middle of a burst of writes, SIGHUP as a closed terminal sends), restarts on the same file, and finds
 * every write it acknowledged. A second emulator on a file in use is refused at start, saying why.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startListening, type ListeningProcess } from '../../scripts/lib/listening-process.ts';
import { AuthenticationClient } from '../../src/index.ts';
import { repoRoot } from '../support/spec.ts';

const directory = mkdtempSync(join(tmpdir(), 'authing-emulator-'));
const database = join(directory, 'state.sqlite');
const running: ListeningProcess[] = [];

afterAll(async () => {
  for (const started of running) await started.stop('SIGKILL');
  rmSync(directory, { recursive: true, force: true });
});

/** Starts `npm run emulator` on the database file and a free port. */
async function startEmulatorProcess(extraArgs: string[] = []): Promise<ListeningProcess> {
  const started = await startListening(join(repoRoot, 'node_modules', '.bin', 'tsx'), ['emulator/src/cli.ts', '--db', database, '--port', '0', ...extraArgs]);
  running.push(started);
  return started;
}

describe('the emulator process', () => {
  it('seeds users and fields from a JSON file at start', async () => {
    const seedFile = join(directory, 'seed.json');
    writeFileSync(seedFile, JSON.stringify({ users: [{ username: 'seeded', password: 'passw0rd', nickname: 'Seed' }], fields: [{ key: 'tier', dataType: 'NUMBER' }] }));
    const seededProcess = await startEmulatorProcess(['--seed', seedFile, '--memory']);
    const { url } = seededProcess;
    const client = new AuthenticationClient({ userPoolId: 'POOL', host: url, maxRetries: 0 });
    expect((await client.loginByUsername({ username: 'seeded', password: 'passw0rd' })).nickname).toBe('Seed');
    expect(await client.setUdv({ key: 'tier', value: 3 })).toEqual([{ key: 'tier', dataType: 'NUMBER', value: 3, label: null }]);
    await seededProcess.stop('SIGKILL');
  }, 60_000);

  it('keeps every acknowledged write across a SIGKILL', async () => {
    const first = await startEmulatorProcess();
    const client = () => new AuthenticationClient({ userPoolId: 'POOL', host: first.url, maxRetries: 0 });
    const users = Array.from({ length: 10 }, (_, index) => ({ email: `user${index}@example.com`, password: `passw0rd-${index}` }));
    for (const user of users) await client().registerByEmail(user);
    const writer = client();
    await writer.loginByEmail(users[0]!);
    await writer.setUdv({ key: 'age', value: 42 });
    await first.stop('SIGKILL');

    const second = await startEmulatorProcess();
    for (const user of users) {
      const again = new AuthenticationClient({ userPoolId: 'POOL', host: second.url, maxRetries: 0 });
      expect((await again.loginByEmail(user)).email).toBe(user.email);
    }
    const reader = new AuthenticationClient({ userPoolId: 'POOL', host: second.url, maxRetries: 0 });
    await reader.loginByEmail(users[0]!);
    expect(await reader.listUdv()).toEqual([{ key: 'age', dataType: 'NUMBER', value: 42, label: 'Age' }]);
    await second.stop('SIGKILL');
  }, 90_000);

  it('starts again after a SIGKILL in the middle of a burst of writes, keeping every acknowledged one', async () => {
    const first = await startEmulatorProcess(['--password-encryption', 'none']);
    const client = () => new AuthenticationClient({ userPoolId: 'POOL', host: first.url, maxRetries: 0, encryptPassword: 'none', timeoutMs: 5_000 });
    const acknowledged: string[] = [];
    // 60 registrations in flight at once; the kill lands while some are being hashed, some written.
    const burst = Array.from({ length: 60 }, (_, index) =>
      client()
        .registerByUsername({ username: `burst-${index}`, password: 'passw0rd' })
        .then(
          () => void acknowledged.push(`burst-${index}`),
          () => undefined,
        ),
    );
    while (acknowledged.length < 10) await new Promise((resolve) => setTimeout(resolve, 5));
    await first.stop('SIGKILL');
    await Promise.all(burst);
    expect(acknowledged.length).toBeLessThan(60);

    const second = await startEmulatorProcess(['--password-encryption', 'none']);
    for (const username of acknowledged) {
      const again = new AuthenticationClient({ userPoolId: 'POOL', host: second.url, maxRetries: 0, encryptPassword: 'none' });
      expect((await again.loginByUsername({ username, password: 'passw0rd' })).username).toBe(username);
    }
    await second.stop('SIGKILL');
  }, 90_000);

  it('refuses a second emulator on the same file, naming the file and what to do, until the first is gone', async () => {
    const first = await startEmulatorProcess();
    const second = startEmulatorProcess().then(
      () => 'started',
      (error: Error) => error.message,
    );
    const refusal = await second;
    expect(refusal).toContain(`The database ${database} is in use by another emulator`);
    expect(refusal).toMatch(/Stop that emulator, or start this one with another --db file or with --memory/);
    expect(refusal).not.toMatch(/at .*\.js:\d+/);
    // The first still answers: the refused start took nothing from it.
    const client = new AuthenticationClient({ userPoolId: 'POOL', host: first.url, maxRetries: 0 });
    await expect(client.sendSmsCode({ phone: '13700000001' })).resolves.toBeNull();
    // A closed terminal (SIGHUP) gives the file back: the next start works at once.
    // (tsx's wrapper may exit before the emulator under it has finished: wait for the file, 5 s at most.)
    await first.stop('SIGHUP');
    for (let waited = 0; existsSync(`${database}.emulator-pid`) && waited < 5_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(existsSync(`${database}.emulator-pid`)).toBe(false);
    const third = await startEmulatorProcess();
    await third.stop('SIGKILL');
  }, 90_000);
});
