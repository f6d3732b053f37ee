/**
 * The emulator's state: an SQLite database (node-sqlite3-wasm: SQLite in WebAssembly with real file
 * I/O, so no native build). With a file, SQLite appends the pages a transaction changed to its
 * write-ahead log and syncs it before the commit returns: an acknowledged write survives a SIGKILL, and
 * the cost of a write does not grow with the database. The emulator holds the file's lock for as long as
 * it runs (exclusive locking mode): reads need no lock round trip on disk and keep SQLite's page cache,
 * so they run nearly as fast as in memory, and a second emulator on the same file is refused at start
 * (database-lock.ts). Without a file, everything stays in memory.
 */
import { existsSync, rmSync, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import sqlite from 'node-sqlite3-wasm';
import { lockDatabase } from './database-lock.js';

type SqlValue = number | bigint | string | Uint8Array | null;
export type Row = Record<string, SqlValue>;

/** Schema migrations, applied in order; `PRAGMA user_version` records how many ran. */
const MIGRATIONS: string[] = [
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
   CREATE TABLE users (
     id TEXT PRIMARY KEY,
     email TEXT UNIQUE, username TEXT UNIQUE, phone TEXT UNIQUE,
     password_hash TEXT,
     data TEXT NOT NULL
   );
   CREATE TABLE codes (recipient TEXT NOT NULL, scene TEXT NOT NULL, code TEXT NOT NULL, sent_at INTEGER NOT NULL, PRIMARY KEY (recipient, scene));
   CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, channel TEXT NOT NULL, recipient TEXT NOT NULL, scene TEXT NOT NULL, code TEXT NOT NULL, sent_at INTEGER NOT NULL);
   CREATE TABLE revoked_tokens (jti TEXT PRIMARY KEY, expires_at INTEGER NOT NULL);
   CREATE TABLE login_failures (ip TEXT PRIMARY KEY, count INTEGER NOT NULL, captcha TEXT);
   CREATE TABLE udf_definitions (key TEXT PRIMARY KEY, data_type TEXT NOT NULL, label TEXT);
   CREATE TABLE udv (user_id TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (user_id, key));`,
];

/** A write the database refused (disk full, no permission, ...): nothing of its transaction was kept. */
export class StorageError extends Error {}

export class Store {
  readonly #db: sqlite.Database;
  readonly #file: string | undefined;
  readonly #unlock: () => void;
  #depth = 0;

  private constructor(db: sqlite.Database, file: string | undefined, unlock: () => void) {
    this.#db = db;
    this.#file = file;
    this.#unlock = unlock;
  }

  /**
   * Opens `file` (created when missing), or an in-memory database when `file` is undefined.
   * @throws DatabaseInUseError when another running emulator has the file.
   */
  static async open(file: string | undefined): Promise<Store> {
    if (!file) return Store.#ready(new sqlite.Database(), undefined, () => {});
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
      return Store.#ready(db, file, unlock);
    } catch (error) {
      unlock();
      throw error;
    }
  }

  static #ready(db: sqlite.Database, file: string | undefined, unlock: () => void): Store {
    const store = new Store(db, file, unlock);
    store.#migrate();
    return store;
  }

  #migrate(): void {
    const version = Number(this.#db.get('PRAGMA user_version')?.user_version ?? 0);
    if (version >= MIGRATIONS.length) return;
    this.transaction(() => {
      for (let index = version; index < MIGRATIONS.length; index++) this.#db.exec(MIGRATIONS[index]!);
      this.#db.exec(`PRAGMA user_version = ${MIGRATIONS.length}`);
    });
  }

  all(sql: string, params: SqlValue[] = []): Row[] {
    return this.#db.all(sql, params) as Row[];
  }

  get(sql: string, params: SqlValue[] = []): Row | undefined {
    return (this.#db.get(sql, params) as Row | null) ?? undefined;
  }

  run(sql: string, params: SqlValue[] = []): void {
    this.#db.run(sql, params);
  }

  /**
   * Runs `work` in one transaction, committed (and on disk) before it returns. Synchronous: no other
   * request interleaves. When `work` throws, or the database refuses a write, the whole transaction is
   * rolled back; a refused write is rethrown as a {@link StorageError} naming SQLite's reason.
   */
  transaction<T>(work: () => T): T {
    if (this.#depth > 0) return work();
    this.#depth++;
    try {
      this.#db.exec('BEGIN IMMEDIATE');
      const result = work();
      this.#db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.#db.inTransaction) this.#db.exec('ROLLBACK');
      if (error instanceof sqlite.SQLite3Error && !/constraint/i.test(error.message)) throw new StorageError(`could not save: ${this.#reason(error)}`, { cause: error });
      throw error;
    } finally {
      this.#depth--;
    }
  }

  /** SQLite's reason for a refused write, and the likely cause of its bare "disk I/O error": a full disk. */
  #reason(error: Error): string {
    if (!this.#file || !/disk I\/O error/.test(error.message)) return error.message;
    try {
      const { bavail, bsize } = statfsSync(dirname(this.#file));
      if (bavail * bsize < 1 << 20) return `${error.message}: the disk holding ${this.#file} is full`;
    } catch {
      // No file-system figures: SQLite's reason alone.
    }
    return error.message;
  }

  /** Closes the database and gives its file back (SQLite's lock, then the emulator's). */
  close(): void {
    if (this.#db.isOpen) this.#db.close();
    this.#unlock();
  }
}
