/**
 * The emulator's database file under faults: a disk that refuses a write (full) changes nothing and the
 * answer names the cause; a lock left by a killed emulator is cleared at the next start; a file in use
 * by a running emulator is refused, in the same process too; a leftover of older versions is removed.
 */
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DatabaseInUseError, type Emulator } from 'authing-rest-emulator';
import { EMULATOR_URL, codeOf, emulatorsOfTest, startEmulator } from '../support/emulator.ts';
import { testClient } from '../support/clients.ts';

const password = 'passw0rd';
const directory = mkdtempSync(join(tmpdir(), 'authing-storage-'));
const { start: started, closeAll } = emulatorsOfTest();
const register = (emulator: Emulator, email: string) =>
  emulator.fetch(`${EMULATOR_URL}/api/v2/register/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-authing-userpool-id': 'POOL' },
    body: JSON.stringify({ email, password }),
  });

afterEach(closeAll);
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** A process that has ended: its id names no running process (until the system reuses it). */
async function endedProcessId(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

// A full disk needs a small file system of its own: a tmpfs, which only root may mount (CI runs as root).
const root = process.getuid?.() === 0;
describe.runIf(root)('a full disk (a 2 MiB tmpfs)', () => {
  const mountPoint = join(directory, 'small-disk');

  afterAll(() => {
    closeAll();
    if (existsSync(mountPoint)) execFileSync('umount', [mountPoint]);
  });

  it('refuses a write whole, answers 500 naming the cause, and takes it once there is room again', async () => {
    mkdirSync(mountPoint);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mountPoint]);
    const database = join(mountPoint, 'full.sqlite');
    const emulator = await started(database, { passwordEncryption: 'none' });
    expect((await register(emulator, 'first@example.com')).status).toBe(200);

    const filler = join(mountPoint, 'filler');
    const { bavail, bsize } = statfsSync(mountPoint);
    writeFileSync(filler, Buffer.alloc(bavail * bsize));
    const refused = await register(emulator, 'second@example.com');
    expect(refused.status).toBe(500);
    expect(await refused.json()).toMatchObject({ code: 500, message: expect.stringMatching(/could not save: .*full.*nothing was changed/) });

    rmSync(filler);
    // Not half-registered: the same registration now succeeds, once.
    expect(await (await register(emulator, 'second@example.com')).json()).toMatchObject({ code: 200 });
    expect(await (await register(emulator, 'second@example.com')).json()).toMatchObject({ code: 2026 });
    emulator.close();
    const reopened = await started(database, { passwordEncryption: 'none' });
    const client = testClient(reopened, { encryptPassword: 'none' });
    expect(await codeOf(client.loginByEmail({ email: 'first@example.com', password }))).toBe(200);
    expect(await codeOf(client.loginByEmail({ email: 'second@example.com', password }))).toBe(200);
  });
});

describe('the database lock', () => {
  it('clears a lock left by an emulator that was killed, and keeps its data', async () => {
    const database = join(directory, 'killed.sqlite');
    const first = await started(database, { passwordEncryption: 'none' });
    expect((await register(first, 'kept@example.com')).status).toBe(200);
    first.close();
    // What a SIGKILL mid-statement leaves: the owner file of a process that is gone, and SQLite's lock directory.
    writeFileSync(`${database}.emulator-pid`, String(await endedProcessId()));
    mkdirSync(`${database}.lock`);
    const second = await started(database, { passwordEncryption: 'none' });
    expect(await codeOf(testClient(second, { encryptPassword: 'none' }).loginByEmail({ email: 'kept@example.com', password }))).toBe(200);
    expect(readFileSync(`${database}.emulator-pid`, 'utf8')).toBe(String(process.pid));
  });

  it('refuses a file already open, in the same process too, with DatabaseInUseError naming it', async () => {
    const database = join(directory, 'twice.sqlite');
    await started(database);
    const error = await startEmulator(database).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatabaseInUseError);
    expect((error as Error).message).toBe(
      `The database ${database} is in use by another emulator (this process already has it open). Stop that emulator, or start this one with another --db file or with --memory.`,
    );
  });

  it('gives the file back on close: the next open works', async () => {
    const database = join(directory, 'reopened.sqlite');
    (await started(database)).close();
    expect(existsSync(`${database}.emulator-pid`)).toBe(false);
    expect(existsSync(`${database}.lock`)).toBe(false);
    await started(database);
  });

  it('removes a copy left by older versions next to the database file when it opens it', async () => {
    const database = join(directory, 'leftover.sqlite');
    writeFileSync(`${database}.tmp`, 'half a database');
    await started(database);
    expect(existsSync(`${database}.tmp`)).toBe(false);
  });
});

describe('the scrypt cost', () => {
  it('is a power of two from 2 to 2^20: anything else is refused, by createEmulator and by the CLI', async () => {
    await expect(startEmulator(undefined, { scryptCost: 1000 })).rejects.toThrow('scryptCost must be a power of two from 2 to 2^20 (1024 by default, 16384 for a production cost), got 1000');
    const { spawnSync } = await import('node:child_process');
    const { repoRoot } = await import('../support/spec.ts');
    const refused = spawnSync(join(repoRoot, 'node_modules', '.bin', 'tsx'), ['emulator/src/cli.ts', '--memory', '--scrypt-cost', '1000'], { cwd: repoRoot, encoding: 'utf8', timeout: 30_000 });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--scrypt-cost takes a power of two from 2 to 1048576 (1024 by default; 16384 is a production cost), not "1000"');
  }, 40_000);

  it('the CLI refuses a seed file that does not fit, naming the file and the field', async () => {
    const { spawnSync } = await import('node:child_process');
    const { repoRoot } = await import('../support/spec.ts');
    const seedFile = join(directory, 'bad-seed.json');
    writeFileSync(seedFile, JSON.stringify({ users: [{ email: 12345 }] }));
    const refused = spawnSync(join(repoRoot, 'node_modules', '.bin', 'tsx'), ['emulator/src/cli.ts', '--memory', '--port', '0', '--seed', seedFile], { cwd: repoRoot, encoding: 'utf8', timeout: 30_000 });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`--seed ${seedFile}: users[0] does not fit the spec's User: users[0].email: must be string`);
  }, 40_000);

  it('keeps verifying hashes made at another cost: a pool hashed at 16384 opened at the default', async () => {
    const database = join(directory, 'costs.sqlite');
    const production = await started(database, { passwordEncryption: 'none', scryptCost: 16384 });
    expect((await register(production, 'costly@example.com')).status).toBe(200);
    production.close();
    const fast = await started(database, { passwordEncryption: 'none' });
    expect(await codeOf(testClient(fast, { encryptPassword: 'none' }).loginByEmail({ email: 'costly@example.com', password }))).toBe(200);
  });
});
