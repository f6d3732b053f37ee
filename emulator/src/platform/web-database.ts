/**
 * SQLite in a browser or a Web Worker: sql.js (SQLite compiled to WebAssembly, kept in memory), with its
 * WebAssembly module inlined in the emulator's browser build, so that no bundler or server has to serve a
 * `.wasm` file. The same SQL as in Node, so the state behaves the same.
 */
import initSqlJs from 'sql.js/dist/sql-wasm-browser.js';
import wasmBinary from 'sql.js/dist/sql-wasm-browser.wasm';
import type { Row, SqlDatabase } from '../store.js';

/** A fresh in-memory database. */
export async function openMemoryDatabase(): Promise<SqlDatabase> {
  const SQL = await initSqlJs({ wasmBinary });
  const db = new SQL.Database();
  const rows = (sql: string, params: unknown[], limit = Infinity): Row[] => {
    const statement = db.prepare(sql);
    try {
      statement.bind(params);
      const found: Row[] = [];
      while (found.length < limit && statement.step()) found.push(statement.getAsObject());
      return found;
    } finally {
      statement.free();
    }
  };
  return {
    exec: (sql) => void db.exec(sql),
    all: (sql, params) => rows(sql, params),
    get: (sql, params) => rows(sql, params, 1)[0],
    run: (sql, params) => void rows(sql, params),
    rollback: () => {
      try {
        db.exec('ROLLBACK');
      } catch {
        // No transaction was open: SQLite had ended it already.
      }
    },
    // In memory, nothing refuses a write but a constraint, which the caller handles.
    refusal: () => undefined,
    close: () => db.close(),
  };
}
