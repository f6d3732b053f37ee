/** What the browser build imports that TypeScript cannot see: sql.js's browser build, and files esbuild inlines. */

declare module 'sql.js/dist/sql-wasm-browser.js' {
  interface Statement {
    bind(values: unknown[]): boolean;
    step(): boolean;
    getAsObject(): Record<string, number | string | Uint8Array | null>;
    free(): boolean;
  }
  interface Database {
    exec(sql: string): unknown;
    prepare(sql: string): Statement;
    close(): void;
  }
  interface SqlJsStatic {
    Database: new () => Database;
  }
  /** Loads SQLite's WebAssembly module from the given bytes. */
  export default function initSqlJs(config: { wasmBinary: Uint8Array }): Promise<SqlJsStatic>;
}

/** A WebAssembly module's bytes, inlined by the browser build (esbuild's `binary` loader). */
declare module '*.wasm' {
  const bytes: Uint8Array;
  export default bytes;
}

/** The bundled spec, inlined by the browser build (esbuild's `json` loader). */
declare module '*/openapi.json' {
  import type { BundledSpec } from 'authing-rest-spec-reader';
  const spec: BundledSpec;
  export default spec;
}
