/**
 * The emulator in a browser or a Web Worker: the spec built in, SQLite in memory (sql.js), the Web Crypto
 * API. No `node:` module; the package's `browser` export condition picks this build.
 */
import type { BundledSpec } from 'authing-rest-spec-reader';
import bundledSpec from '../../openapi.json';
import { startEmulator, type CommonEmulatorOptions, type Emulator } from '../app.js';
import { openMemoryDatabase } from './web-database.js';
import { loadState, saverOf, saveState } from './web-persistence.js';
import { webCrypto } from './web-crypto.js';

// Typed as the spec reader reads it (TypeScript would type the file's literal JSON, where it exists).
const spec = bundledSpec as unknown as BundledSpec;

/** Options of {@link createEmulator} in a browser; all optional. */
export interface EmulatorOptions extends CommonEmulatorOptions {
  /**
   * Keep the state in the browser's IndexedDB, so that it survives a reload (a Vite full reload keeps the
   * app's stored token: its user should still be there). `true` keeps it under the name `default`; a
   * string, under that name (one state per name). Default false: the state lives as long as the page.
   */
  persist?: boolean | string;
}

/**
 * Starts an emulator in memory (from the state kept in IndexedDB, with `persist`); nothing listens
 * anywhere: hand its `fetch` to the SDK, or its handlers to MSW.
 */
export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const { persist = false, ...common } = options;
  if (!persist) return startEmulator({ spec, database: await openMemoryDatabase(), crypto: webCrypto() }, common);
  const name = persist === true ? 'default' : persist;
  if (typeof name !== 'string' || !name) throw new RangeError('persist takes true, false or the name of a state to keep');
  const saved = await loadState(name);
  let save = () => {};
  const emulator = await startEmulator({ spec, database: await openMemoryDatabase(), crypto: webCrypto(), onCommit: () => save() }, common);
  if (saved) {
    try {
      emulator.import(saved);
    } catch (error) {
      // A state another version wrote, say: the emulator starts empty rather than not at all.
      console.warn(`authing-rest-emulator: the state kept as "${name}" could not be read back; starting empty`, error);
    }
  }
  save = saverOf(() => saveState(name, emulator.export()));
  return emulator;
}
