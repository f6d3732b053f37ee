/** Size budgets of the browser bundle (sizes are deterministic, so they are asserted), and web-only APIs. */
import { describe, expect, it } from 'vitest';
import { CLIENT_EXPORTS, measureBundles } from '../../scripts/lib/bundle-size.ts';
import * as sdk from '../../src/index.ts';

/**
 * Budgets, gzip -9 of esbuild's minified ESM: everything the main entry statically imports, the typed
 * openapi-fetch client that every method sends through included, within 10,000 bytes (the project's budget for the main entry); the guards alone
 * within 0.5 KB; password encryption and the user-defined-data codec in chunks of their own, loaded when
 * first needed.
 */
const BUDGET = { wholeClientGzip: 10_000, guardsOnlyGzip: 512, browserEntryGzip: 400, encryptionChunkGzip: 2_300, errorCodesGzip: 600 };

describe('bundle size', async () => {
  const sizes = await measureBundles();

  it(`the whole client, openapi-fetch included, stays within ${BUDGET.wholeClientGzip} bytes gzip, the encryption chunk aside`, () => {
    expect(sizes.wholeClient.gzip).toBeLessThanOrEqual(BUDGET.wholeClientGzip);
  });

  it('measures every runtime export of the main entry but ErrorCodes, which is measured apart', () => {
    expect(Object.keys(sdk).filter((name) => name !== 'ErrorCodes').sort()).toEqual([...CLIENT_EXPORTS].sort());
  });

  it(`ships the ErrorCodes table only to apps that import it (it adds at most ${BUDGET.errorCodesGzip} bytes gzip)`, () => {
    expect(sizes.code).not.toMatch(/CREDENTIALS_INCORRECT/);
    expect(sizes.errorCodes.gzip).toBeGreaterThan(100);
    expect(sizes.errorCodes.gzip).toBeLessThanOrEqual(BUDGET.errorCodesGzip);
  });

  it('importing only the error guards costs at most 0.5 KB gzip', () => {
    expect(sizes.guardsOnly.gzip).toBeLessThanOrEqual(BUDGET.guardsOnlyGzip);
  });

  it('keeps the browser entry (the localStorage store) within 400 bytes gzip, apart from the main entry', () => {
    expect(sizes.browserEntry.gzip).toBeLessThanOrEqual(BUDGET.browserEntryGzip);
    expect(sizes.code).not.toMatch(/localStorage/);
  });

  it('keeps the RSA code out of the main chunk, in a chunk of its own', () => {
    expect(sizes.encryptionChunk.gzip).toBeGreaterThan(500);
    expect(sizes.encryptionChunk.gzip).toBeLessThanOrEqual(BUDGET.encryptionChunkGzip);
    expect(sizes.code).not.toMatch(/message too long|PKCS/);
  });

  it('keeps what few calls need in chunks of their own (the codec, custom data, passwords, session renewal), and shares nothing with them', () => {
    expect(sizes.udvChunk.gzip).toBeGreaterThan(200);
    expect(sizes.code).not.toMatch(/TextDecoder|removeUdv\(\$targetType|cannot be encoded as JSON: \$\{|publicKeyOf|the session expired/);
    // A shared chunk (chunk-HASH.js) would mean a lazy module imports main code at run time: a second copy in the published build.
    expect(sizes.lazyChunks.map((name) => name.replace(/-[A-Z0-9]+\.js$/, '')).sort()).toEqual(['custom-data', 'password', 'rsa', 'session-renewal', 'udv-codec']);
  });

  it('carries openapi-fetch in the main chunk: the methods send through it', () => {
    expect(sizes.code).toMatch(/querySerializer/);
    expect(sizes.code).toMatch(/bodySerializer/);
    expect(sizes.wholeClient.gzip).toBeGreaterThan(sizes.openapiFetch.gzip);
  });

  it('uses only web-standard APIs: no process, Buffer, require or Node built-ins in the main chunk', () => {
    // openapi-fetch reads `process?.versions` behind a typeof check, so only direct uses are refused.
    expect(sizes.code.replace(/typeof process=="object"&&[^;]*process\.versions\.undici/, '')).not.toMatch(/\bprocess\b|\bBuffer\b|\brequire\(|["']node:/);
  });
});
