/**
 * Development only: Authing's API emulated in this page, behind Mock Service Worker. The app's unchanged
 * `new AuthenticationClient({ userPoolId })` talks to it as to https://core.authing.cn: users register,
 * log in and sign out, with nothing but Vite's dev server running. Its state lives in memory, until
 * the page reloads.
 */
import { createEmulator, type Emulator } from 'authing-rest-emulator';
import { emulatorHandlers } from 'authing-rest-emulator/msw';
import { setupWorker } from 'msw/browser';

/** Starts the emulator and the service worker (public/mockServiceWorker.js, from `npx msw init public`). */
export async function startMockAuthing(): Promise<Emulator> {
  const emulator = await createEmulator();
  // Other requests (Vite's own, your other APIs) go to the network as usual.
  await setupWorker(...emulatorHandlers(emulator)).start({ onUnhandledRequest: 'bypass', quiet: true });
  return emulator;
}
