/**
 * The emulator in a browser or a Web Worker: the spec built in, SQLite in memory (sql.js), the Web Crypto
 * API. No `node:` module; the package's `browser` export condition picks this build.
 */
import type { BundledSpec } from 'authing-rest-spec-reader';
import bundledSpec from '../../openapi.json';
import { startEmulator, type CommonEmulatorOptions, type Emulator } from '../app.js';
import { openMemoryDatabase } from './web-database.js';
import { webCrypto } from './web-crypto.js';

// Typed as the spec reader reads it (TypeScript would type the file's literal JSON, where it exists).
const spec = bundledSpec as unknown as BundledSpec;

/** Options of {@link createEmulator} in a browser; all optional. Its state lives in memory, for the page's lifetime. */
export type EmulatorOptions = CommonEmulatorOptions;

/** Starts an emulator in memory; nothing listens anywhere: hand its `fetch` to the SDK, or its handlers to MSW. */
export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  return startEmulator({ spec, database: await openMemoryDatabase(), crypto: webCrypto() }, options);
}
