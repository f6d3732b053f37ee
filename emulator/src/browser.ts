/**
 * The emulator in a browser or a Web Worker, where the package's `browser` export condition leads: in
 * memory, the spec built in, no `node:` module. Hand its `fetch` to the SDK, or its handlers to Mock
 * Service Worker (`authing-rest-emulator/msw`):
 *
 *   import { createEmulator } from 'authing-rest-emulator';
 *   import { emulatorHandlers } from 'authing-rest-emulator/msw';
 *   import { setupWorker } from 'msw/browser';
 *   await setupWorker(...emulatorHandlers(await createEmulator())).start();
 */
export { BUILT_IN_FIELDS, EmulatorClosedError, type CommonEmulatorOptions, type Emulator } from './app.js';
export { SeedError, UserEditError, type ClockReading, type DeveloperTools, type OutboxMessage, type Seed } from './developer-tools.js';
export { ImportError, type EmulatorExport, type ExportedUser } from './snapshot.js';
export type { RequestLogEntry } from './request-log.js';
export type { UserDetails, UserPage, UserSummary } from './user-directory.js';
export { createEmulator, type EmulatorOptions } from './platform/web.js';
