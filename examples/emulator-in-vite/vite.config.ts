/** Vite's defaults, but for MSW's worker script: development serves it from public/, a build ships none. */
import { rmSync } from 'node:fs';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [{ name: 'no-msw-worker', apply: 'build', closeBundle: () => rmSync('dist/mockServiceWorker.js', { force: true }) }],
});
