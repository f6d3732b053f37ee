/**
 * The state as a file, for the CLI's `--import` and `--export-on-exit`: written whole or not at all (a new
 * file beside the old one, flushed to disk, then renamed over it: a crash while writing leaves the old
 * file as it was), read whole.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ImportError, type EmulatorExport } from './snapshot.js';

/** Writes `state` to `path` atomically. */
export function writeStateFile(path: string, state: EmulatorExport): void {
  const fresh = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    const file = openSync(fresh, 'w');
    try {
      writeSync(file, JSON.stringify(state));
      fsyncSync(file);
    } finally {
      closeSync(file);
    }
    renameSync(fresh, path);
  } catch (error) {
    rmSync(fresh, { force: true });
    throw error;
  }
}

/** The JSON a state file holds, for `emulator.import()` to check; an unreadable file is an {@link ImportError}. */
export function readStateFile(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ImportError(`${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ImportError(`${path} is not JSON (${(error as Error).message})`);
  }
}
