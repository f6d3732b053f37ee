/**
 * Acknowledged writes survive a crash: the emulator runs as its own process on a database file, is
 * killed with SIGKILL right after its last acknowledged write, restarts on the same file, and finds
 * every write.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
});
