/**
 * The emulator's state store: an SQLite database, whichever the platform opens (platform/: a file or
 * memory in Node, memory in a browser), with the schema's migrations and transactions that keep all of
 * their writes or none.
 */

export type SqlValue = number | bigint | string | Uint8Array | null;
export type Row = Record<string, SqlValue>;

/** An open SQLite database, as the platform's library gives it. */
export interface SqlDatabase {
  exec(sql: string): void;
  all(sql: string, params: SqlValue[]): Row[];
  get(sql: string, params: SqlValue[]): Row | undefined;
  run(sql: string, params: SqlValue[]): void;
  /** Rolls back the open transaction, if one is open. */
  rollback(): void;
  /** SQLite's reason when `error` is the database refusing a write (disk full, no permission, ...), else undefined. */
  refusal(error: unknown): string | undefined;
  /** Closes the database and gives back what it held (a file's lock). */
  close(): void;
}

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
  // When each user was signed out everywhere (the developer page's button): tokens issued before are refused.
  `CREATE TABLE sign_outs (user_id TEXT PRIMARY KEY, at INTEGER NOT NULL);`,
];

/** The tables of the pool's users and what happened to them: a reset empties them, an import replaces them (a table a migration adds goes here too). */
export const USER_TABLES = ['users', 'codes', 'outbox', 'revoked_tokens', 'login_failures', 'udv', 'sign_outs'] as const;

/** A write the database refused (disk full, no permission, ...): nothing of its transaction was kept. */
export class StorageError extends Error {}

export class Store {
  readonly #db: SqlDatabase;
  readonly #onCommit: (() => void) | undefined;
  #depth = 0;

  /** A store over `db`, its schema migrated to the latest; `onCommit` is told of each committed transaction. */
  constructor(db: SqlDatabase, onCommit?: () => void) {
    this.#db = db;
    this.#onCommit = onCommit;
    const version = Number(db.get('PRAGMA user_version', [])?.user_version ?? 0);
    if (version >= MIGRATIONS.length) return;
    this.transaction(() => {
      for (let index = version; index < MIGRATIONS.length; index++) db.exec(MIGRATIONS[index]!);
      db.exec(`PRAGMA user_version = ${MIGRATIONS.length}`);
    });
  }

  all(sql: string, params: SqlValue[] = []): Row[] {
    return this.#db.all(sql, params);
  }

  get(sql: string, params: SqlValue[] = []): Row | undefined {
    return this.#db.get(sql, params);
  }

  /** A write: only inside {@link transaction}, so that a failure leaves none of its transaction's writes. */
  run(sql: string, params: SqlValue[] = []): void {
    if (!this.#depth) throw new Error(`Emulator bug: a write outside a transaction: ${sql.slice(0, 60)}`);
    this.#db.run(sql, params);
  }

  /**
   * Runs `work` in one transaction, committed (and, with a file, on disk) before it returns. Synchronous:
   * no other request interleaves. When `work` throws, or the database refuses a write, the whole
   * transaction is rolled back; a refused write is rethrown as a {@link StorageError} naming SQLite's reason.
   */
  transaction<T>(work: () => T): T {
    if (this.#depth > 0) return work();
    this.#depth++;
    try {
      this.#db.exec('BEGIN IMMEDIATE');
      const result = work();
      this.#db.exec('COMMIT');
      this.#onCommit?.();
      return result;
    } catch (error) {
      this.#db.rollback();
      const refusal = this.#db.refusal(error);
      if (refusal !== undefined) throw new StorageError(`could not save: ${refusal}`, { cause: error });
      throw error;
    } finally {
      this.#depth--;
    }
  }

  /** Closes the database and gives its file back (SQLite's lock, then the emulator's). */
  close(): void {
    this.#db.close();
  }
}
