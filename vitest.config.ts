import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Examples and tests import the packages by name, as users do; here those names are the sources.
    alias: [
      { find: /^authing-rest-sdk$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      { find: /^authing-rest-emulator$/, replacement: fileURLToPath(new URL('./emulator/src/index.ts', import.meta.url)) },
      { find: /^authing-rest-emulator\/msw$/, replacement: fileURLToPath(new URL('./emulator/src/msw.ts', import.meta.url)) },
    ],
  },
  test: {
    // The examples' own test suites run too, as their users would run them.
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    globalSetup: ['test/setup/bundle-spec.ts', 'test/setup/build-dist.ts', 'test/setup/mock-server.ts', 'test/setup/report-skips.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    testTimeout: 15_000,
    hookTimeout: 30_000,
  },
});
