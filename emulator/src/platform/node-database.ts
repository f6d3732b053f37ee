/**
 * SQLite in Node: node-sqlite3-wasm (SQLite in WebAssembly with real file I/O, so no native build). With
 * a file, SQLite appends the pages a transaction changed to its write-ahead log and syncs it before the
 * commit returns: an acknowledged write survives a SIGKILL, and the cost of a write does not grow with
 * the database. The emulator holds the file's lock for as long as it runs (exclusive locking mode): reads
 * need no lock round trip on disk and keep SQLite's page cache, so they run nearly as fast as in memory,
 * and a second emulator on the same file is refused at start (database-lock.ts). Without a file,
 * everything stays in memory.
 */
import { existsSync, rmSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import sqlite from 'node-sqlite3-wasm';
import { lockDatabase } from '../database-lock.js';
import type { Row, SqlDatabase, SqlValue } from '../store.js';

/**
 * Opens `file` (created when missing), or an in-memory database when `file` is undefined.
 * @throws DatabaseInUseError when another running emulator has the file.
 */
export function openNodeDatabase(file: string | undefined): SqlDatabase {
  if (!file) return wrap(new sqlite.Database(), undefined, () => {});
  // Versions before SQLite wrote whole copies next to the file; a crash could leave one behind.
  if (existsSync(`${file}.tmp`)) rmSync(`${file}.tmp`, { force: true });
  const unlock = lockDatabase(file);
  try {
    const db = new sqlite.Database(file);
    // Before anything reads the file: SQLite takes its lock once and keeps it, which also lets it keep
    // the write-ahead log's index in memory (node-sqlite3-wasm has no shared memory for it).
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL');
    return wrap(db, file, unlock);
  } catch (error) {
    unlock();
    throw error;
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Parameters as node-sqlite3-wasm can bind them whole. It binds text up to its first NUL (a C string), so
 * that `ip\u0000a` and `ip\u0000b` would be one value: a string holding a NUL goes as its UTF-8 bytes (a
 * BLOB), compared byte for byte and read back as text by {@link textRow}. The schema has no BLOB column of its own.
 */
const bindable = (params: SqlValue[]) => params.map((value) => (typeof value === 'string' && value.includes('\0') ? encoder.encode(value) : value));
/** A row with the values {@link bindable} stored as bytes read back as the strings they were. */
const textRow = (row: Row): Row => {
  for (const [column, value] of Object.entries(row)) if (value instanceof Uint8Array) row[column] = decoder.decode(value);
  return row;
};

function wrap(db: sqlite.Database, file: string | undefined, unlock: () => void): SqlDatabase {
  return {
    exec: (sql) => void db.exec(sql),
    all: (sql, params) => (db.all(sql, bindable(params)) as Row[]).map(textRow),
    get: (sql, params) => {
      const row = db.get(sql, bindable(params)) as Row | null;
      return row ? textRow(row) : undefined;
    },
    run: (sql, params) => void db.run(sql, bindable(params)),
    rollback: () => {
      if (db.inTransaction) db.exec('ROLLBACK');
    },
    refusal: (error) => (error instanceof sqlite.SQLite3Error && !/constraint/i.test(error.message) ? reasonOf(error, file) : undefined),
    close: () => {
      if (db.isOpen) db.close();
      unlock();
    },
  };
}

/** SQLite's reason for a refused write, and the likely cause of its bare "disk I/O error": a full disk. */
function reasonOf(error: Error, file: string | undefined): string {
  if (!file || !/disk I\/O error/.test(error.message)) return error.message;
  try {
    const { bavail, bsize } = statfsSync(dirname(file));
    if (bavail * bsize < 1 << 20) return `${error.message}: the disk holding ${file} is full`;
  } catch {
    // No file-system figures: SQLite's reason alone.
  }
  return error.message;
}
