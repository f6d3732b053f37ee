/**
 * `npm run bench:flows`: how long a test suite's typical flow takes against each local server: 200 cycles
 * of register → login → getCurrentUser through the SDK (RSA-encrypted passwords), one after another,
 * against the Prism mock and against the emulator as `npx authing-rest-emulator` runs it (its own process,
 * its defaults, a database file), and against the emulator at scrypt's production cost for comparison.
 * Printed, never asserted: the machine is shared.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleSpec } from '../scripts/lib/bundle.ts';
import { startListening } from '../scripts/lib/listening-process.ts';
import { repoRoot } from '../scripts/lib/paths.ts';
import { startPrism } from '../scripts/lib/prism.ts';
import { AuthenticationClient } from '../src/index.ts';

const CYCLES = 200;

/** Runs the cycles against `host`; resolves to the seconds they took. */
async function cycles(host: string, label: string): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < CYCLES; i++) {
    const credentials = { username: `${label}-${i}`, password: 'passw0rd' };
    await new AuthenticationClient({ userPoolId: 'BENCH', host, maxRetries: 0 }).registerByUsername(credentials);
    const client = new AuthenticationClient({ userPoolId: 'BENCH', host, maxRetries: 0 });
    await client.loginByUsername(credentials);
    await client.getCurrentUser();
  }
  return (performance.now() - started) / 1000;
}

bundleSpec();
const directory = mkdtempSync(join(tmpdir(), 'authing-bench-flows-'));
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
const rows: Array<[string, number]> = [];
try {
  const prism = await startPrism();
  try {
    rows.push(['Prism mock (stateless)', await cycles(prism.url, 'prism')]);
  } finally {
    await prism.stop();
  }
  for (const [label, extra] of [
    ['emulator, its defaults (npx authing-rest-emulator)', []],
    ['emulator, --scrypt-cost 16384 (production cost)', ['--scrypt-cost', '16384']],
  ] as const) {
    const emulator = await startListening(tsx, ['emulator/src/cli.ts', '--db', join(directory, `${rows.length}.sqlite`), '--port', '0', ...extra]);
    try {
      rows.push([label, await cycles(emulator.url, `emulator-${rows.length}`)]);
    } finally {
      await emulator.stop();
    }
  }
} finally {
  rmSync(directory, { recursive: true, force: true });
}
const prismSeconds = rows[0]![1];
console.log(`${CYCLES} cycles of register → login → getCurrentUser through the SDK, one after another (Node ${process.version}):`);
console.log('');
console.log('| server | seconds | × Prism |');
console.log('|---|---:|---:|');
for (const [label, seconds] of rows) console.log(`| ${label} | ${seconds.toFixed(1)} | ${(seconds / prismSeconds).toFixed(2)} |`);
