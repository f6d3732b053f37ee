/**
 * The emulator's state: an SQLite database (sql.js, so no native build), kept in memory and, unless
 * `memory` is set, written to a file after every write transaction, before the answer is sent:
 * an acknowledged write survives a SIGKILL. The file is replaced atomically (write, fsync, rename).
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import initSqlJs, { type Database, type SqlValue } from 'sql.js';

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

export type Row = Record<string, SqlValue>;

export class Store {
  readonly #db: Database;
  readonly #file: string | undefined;
  #depth = 0;

  private constructor(db: Database, file: string | undefined) {
    this.#db = db;
    this.#file = file;
  }

  /** Opens `file` (created when missing), or an in-memory database when `file` is undefined. */
  static async open(file: string | undefined): Promise<Store> {
    const wasm = createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm');
    const SQL = await initSqlJs({ locateFile: () => wasm });
    const db = new SQL.Database(file && existsSync(file) ? readFileSync(file) : undefined);
    const store = new Store(db, file);
    store.#migrate();
    return store;
  }

  #migrate(): void {
    const version = Number(this.#db.exec('PRAGMA user_version')[0]?.values[0]?.[0] ?? 0);
    if (version >= MIGRATIONS.length) return;
    this.transaction(() => {
      for (let index = version; index < MIGRATIONS.length; index++) this.#db.exec(MIGRATIONS[index]!);
      this.#db.exec(`PRAGMA user_version = ${MIGRATIONS.length}`);
    });
  }

  all(sql: string, params: SqlValue[] = []): Row[] {
    const statement = this.#db.prepare(sql);
    try {
      statement.bind(params);
      const rows: Row[] = [];
      while (statement.step()) rows.push(statement.getAsObject());
      return rows;
    } finally {
      statement.free();
    }
  }

  get(sql: string, params: SqlValue[] = []): Row | undefined {
    return this.all(sql, params)[0];
  }

  run(sql: string, params: SqlValue[] = []): void {
    this.#db.run(sql, params);
  }

  /** Runs `work` in one transaction and persists it before returning. Synchronous: no other request interleaves. */
  transaction<T>(work: () => T): T {
    if (this.#depth > 0) return work();
    this.#db.exec('BEGIN IMMEDIATE');
    this.#depth++;
    try {
      const result = work();
      this.#db.exec('COMMIT');
      this.#persist();
      return result;
    } catch (error) {
      this.#db.exec('ROLLBACK');
      throw error;
    } finally {
      this.#depth--;
    }
  }

  #persist(): void {
    if (!this.#file) return;
    const temporary = `${this.#file}.tmp`;
    const handle = openSync(temporary, 'w');
    try {
      writeSync(handle, this.#db.export());
      fsyncSync(handle);
    } finally {
      closeSync(handle);
    }
    renameSync(temporary, this.#file);
    const directory = openSync(dirname(this.#file), 'r');
    try {
      fsyncSync(directory);
    } finally {
      closeSync(directory);
    }
  }

  close(): void {
    this.#db.close();
  }
}
