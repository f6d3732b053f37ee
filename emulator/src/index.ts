/**
 * A stateful local emulator of Authing's v2 authentication REST API. Node only; not part of the SDK
 * package that browsers install.
 *
 *   import { createEmulator } from 'authing-rest-emulator';
 *   const emulator = await createEmulator(); // in memory, with the spec this package ships
 *   const authing = new AuthenticationClient({ userPoolId: 'demo', host: 'http://emulator', fetch: emulator.fetch });
 */
export { BUILT_IN_FIELDS, createEmulator, type Emulator, type EmulatorOptions } from './app.js';
export { DatabaseInUseError } from './database-lock.js';
export { SeedError, type ClockReading, type DeveloperTools, type OutboxMessage, type Seed } from './developer-tools.js';
export { serve } from './server.js';
