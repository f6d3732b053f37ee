import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Five projects, each with only the set-up its tests need, so that a unit test runs in seconds: `unit`
 * (the SDK with an injected fetch, the spec: the bundled spec only), `hostile` (property tests of hostile
 * servers, inputs and races), `emulator` (and its
 * browser build), `contract` (against a Prism it starts, or TEST_API_BASE_URL), `packaged` (the built
 * packages, the browsers, the mock). `vitest run --project unit` is `npm run test:quick`. Type tests
 * (*.test-d.ts) are checked by `npm run typecheck`.
 */
const project = (name: string, include: string[], globalSetup: string[], options: { isolate?: boolean } = {}) => ({
  extends: true as const,
  test: { name, include, globalSetup, ...options },
});

export default defineConfig({
  resolve: {
    // Examples and tests import the packages by name, as users do; here those names are the sources.
    alias: [
      { find: /^authing-rest-sdk$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      { find: /^authing-rest-sdk\/browser$/, replacement: fileURLToPath(new URL('./src/browser.ts', import.meta.url)) },
      { find: /^authing-rest-emulator$/, replacement: fileURLToPath(new URL('./emulator/src/index.ts', import.meta.url)) },
      { find: /^authing-rest-emulator\/msw$/, replacement: fileURLToPath(new URL('./emulator/src/msw.ts', import.meta.url)) },
    ],
  },
  test: {
    testTimeout: 15_000,
    hookTimeout: 30_000,
    projects: [
      // Files share their workers' module registry: they stub nothing global, and a fresh one per file would
      // cost more than the tests themselves.
      project('unit', ['test/sdk/**/*.test.ts', 'test/spec/**/*.test.ts'], ['test/setup/bundle-spec.ts'], { isolate: false }),
      // Property tests of a thousand cases each: no build or server either, but seconds each.
      project('hostile', ['test/hostile/**/*.test.ts'], ['test/setup/bundle-spec.ts']),
      // The examples' own test suites run too, as their users would run them.
      project('emulator', ['test/emulator/**/*.test.ts', 'examples/**/*.test.ts'], ['test/setup/bundle-spec.ts', 'test/setup/build-emulator.ts']),
      project('contract', ['test/contract/**/*.test.ts'], ['test/setup/bundle-spec.ts', 'test/setup/mock-server.ts']),
      project('packaged', ['test/package/**/*.test.ts', 'test/browser/**/*.test.ts', 'test/mock/**/*.test.ts'], [
        'test/setup/bundle-spec.ts',
        'test/setup/build-dist.ts',
        'test/setup/mock-server.ts',
        'test/setup/report-skips.ts',
      ]),
    ],
  },
});
