/**
 * One emulator per database file. The emulator holds SQLite's lock on its file for as long as it runs
 * (exclusive locking mode), and beside the file it writes the id of its process (`<file>.emulator-pid`).
 * A second emulator on the same file is refused at start, naming the process that has it. A lock left
 * behind by a killed process (SIGKILL, an OOM kill, a closed terminal) is recognised by its process being
 * gone, and cleared: SQLite then rolls back any half-written transaction from its journal.
 */
import { linkSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/** The database file is in use by another running emulator. */
export class DatabaseInUseError extends Error {}

/**
 * Whether a process with this id runs (EPERM: it runs, as another user). A killed process whose parent
 * has not reaped it yet (a zombie: in a container whose first process reaps nothing, forever) still has
 * its id, but holds no lock: Linux says so in /proc.
 */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const state = /\) (\w)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1];
    return state !== 'Z' && state !== 'X';
  } catch {
    // No /proc (macOS, Windows): the id alone decides.
    return true;
  }
}

/** Takes `file` for this process; returns the function that gives it back. @throws {@link DatabaseInUseError} */
export function lockDatabase(file: string): () => void {
  const owner = `${file}.emulator-pid`;
  // The id is written beside, then linked into place: a link fails where the owner file exists, and an
  // owner file always holds a whole id (one being written could otherwise be taken for a dead owner's).
  const mine = `${owner}.${process.pid}`;
  writeFileSync(mine, String(process.pid));
  try {
    return takeOwnerFile(file, owner, mine);
  } finally {
    rmSync(mine, { force: true });
  }
}

function takeOwnerFile(file: string, owner: string, mine: string): () => void {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      linkSync(mine, owner);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number.parseInt(readFileSync(owner, 'utf8'), 10);
      if (Number.isInteger(pid) && pid > 0 && running(pid)) {
        const who = pid === process.pid ? 'this process already has it open' : `process ${pid} has it open`;
        throw new DatabaseInUseError(
          `The database ${file} is in use by another emulator (${who}). Stop that emulator, or start this one with another --db file or with --memory.`,
        );
      }
      // Left by an emulator that was killed: its locks died with it.
      rmSync(owner, { force: true });
      rmSync(`${file}.lock`, { recursive: true, force: true });
      continue;
    }
    return () => rmSync(owner, { force: true });
  }
  throw new DatabaseInUseError(`Could not take the database ${file}: other emulators keep starting on it.`);
}
