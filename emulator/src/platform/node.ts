/** The emulator in Node: the spec from a file, SQLite in a file or in memory, OpenSSL and scrypt. */
import { readFileSync } from 'node:fs';
import { startEmulator, type CommonEmulatorOptions, type Emulator } from '../app.js';
import { shippedSpec } from '../shipped-spec.js';
import { isScryptCost } from '../password-hashes.js';
import { DEFAULT_SCRYPT_COST, nodeCrypto } from './node-crypto.js';
import { openNodeDatabase } from './node-database.js';

/** Options of {@link createEmulator} in Node; all optional. */
export interface EmulatorOptions extends CommonEmulatorOptions {
  /** A bundled spec to serve instead of the copy this package ships (`authing-rest-emulator/openapi.json`). */
  specPath?: string;
  /** SQLite file, created when missing; undefined keeps everything in memory. */
  databaseFile?: string;
  /**
   * scrypt's cost (N) for new password hashes: a power of two from 2 to 2^20. Default 1024, fast, since
   * the emulator's passwords are test data; 16384 is a production cost (~75 ms a hash).
   */
  scryptCost?: number;
}

/**
 * Opens the database (or an in-memory one) and returns the emulator; nothing listens on a port.
 * @throws DatabaseInUseError when another running emulator has `databaseFile`.
 */
export async function createEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const scryptCost = options.scryptCost ?? DEFAULT_SCRYPT_COST;
  if (!isScryptCost(scryptCost)) throw new RangeError(`scryptCost must be a power of two from 2 to 2^20 (1024 by default, 16384 for a production cost), got ${scryptCost}`);
  const spec = JSON.parse(readFileSync(options.specPath ?? shippedSpec, 'utf8'));
  return startEmulator({ spec, database: openNodeDatabase(options.databaseFile), crypto: nodeCrypto(scryptCost) }, options);
}
