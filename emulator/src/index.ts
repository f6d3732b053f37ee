/**
 * A stateful local emulator of Authing's v2 authentication REST API, in Node (a browser's bundler picks
 * browser.ts instead, by the package's `browser` export condition); not part of the SDK package.
 *
 *   import { createEmulator } from 'authing-rest-emulator';
 *   const emulator = await createEmulator(); // in memory, with the spec this package ships
 *   const authing = new AuthenticationClient({ userPoolId: 'demo', host: 'http://emulator', fetch: emulator.fetch });
 */
export { BUILT_IN_FIELDS, EmulatorClosedError, type CommonEmulatorOptions, type Emulator } from './app.js';
export { createEmulator, type EmulatorOptions } from './platform/node.js';
export { DatabaseInUseError } from './database-lock.js';
export { SeedError, UserEditError, type ClockReading, type DeveloperTools, type OutboxMessage, type Seed } from './developer-tools.js';
export { ImportError, type EmulatorExport, type ExportedUser } from './snapshot.js';
export type { RequestLogEntry } from './request-log.js';
export type { UserDetails, UserPage, UserSummary } from './user-directory.js';
export { serve } from './server.js';
