/** Size budgets of the browser bundle (sizes are deterministic, so they are asserted), and web-only APIs. */
import { describe, expect, it } from 'vitest';
import { measureBundles } from '../../scripts/lib/bundle-size.ts';

/**
 * Budgets, gzip -9 of esbuild's minified ESM. The guards meet issue 5's 0.5 KB. The whole client does
 * not yet meet its 6 KB target (openapi-fetch alone is 2.6 KB of it): this budget is the measured size
 * plus a little room, so that any growth fails here; see BENCHMARKS.md for where the bytes go.
 */
const BUDGET = { wholeClientGzip: 8_350, guardsOnlyGzip: 512, encryptionChunkGzip: 2_300 };

describe('bundle size', async () => {
  const sizes = await measureBundles();

  it(`the whole client stays within ${BUDGET.wholeClientGzip} bytes gzip, the encryption chunk aside`, () => {
    expect(sizes.wholeClient.gzip).toBeLessThanOrEqual(BUDGET.wholeClientGzip);
  });

  it('importing only the error guards costs at most 0.5 KB gzip', () => {
    expect(sizes.guardsOnly.gzip).toBeLessThanOrEqual(BUDGET.guardsOnlyGzip);
  });

  it('keeps the RSA code out of the main chunk, in a chunk of its own', () => {
    expect(sizes.encryptionChunk.gzip).toBeGreaterThan(500);
    expect(sizes.encryptionChunk.gzip).toBeLessThanOrEqual(BUDGET.encryptionChunkGzip);
    expect(sizes.code).not.toMatch(/message too long|PKCS/);
  });

  it('uses only web-standard APIs: no process, Buffer, require or Node built-ins in the main chunk', () => {
    // openapi-fetch probes `process` behind a typeof guard; the SDK's own code touches none of these.
    expect(sizes.ownCode).not.toMatch(/\bprocess\b|\bBuffer\b|\brequire\(|["']node:/);
  });
});
