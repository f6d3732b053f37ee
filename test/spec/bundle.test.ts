/**
 * A test run next to a running mock: `npm start` watches build/openapi.json and restarts on each change,
 * so a test run (or `npm run generate`) must leave the file alone, bytes and time, when the spec did not
 * change, even when the bundle is made again.
 */
import { readFileSync, rmSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledSpecPath, bundleSpec, emulatorSpecPath, sourcesHashPath } from '../../scripts/lib/bundle.ts';

const snapshot = (path: string) => ({ bytes: readFileSync(path, 'utf8'), modified: statSync(path).mtimeMs });

describe('the bundled spec', () => {
  it('is not rewritten when nothing changed: neither when its sources are unchanged, nor when Redocly bundles it again', () => {
    bundleSpec();
    const before = [snapshot(bundledSpecPath), snapshot(emulatorSpecPath)];
    bundleSpec();
    expect([snapshot(bundledSpecPath), snapshot(emulatorSpecPath)]).toEqual(before);
    // Without the record of its sources, Redocly bundles it again: the same bytes leave the file as it was.
    rmSync(sourcesHashPath);
    bundleSpec();
    expect([snapshot(bundledSpecPath), snapshot(emulatorSpecPath)]).toEqual(before);
  }, 60_000);
});
