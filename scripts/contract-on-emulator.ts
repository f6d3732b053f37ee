/**
 * The contract suite against the stateful emulator (part of `npm test`): starts the emulator in memory
 * on a free port and runs test/contract with TEST_API_BASE_URL pointing at it. The mock-only parts
 * (named examples, Prism's CORS) skip themselves there.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createEmulator, serve } from 'authing-rest-emulator';
import { bundledSpecPath, bundleSpec } from './lib/bundle.ts';
import { repoRoot } from './lib/paths.ts';

bundleSpec();
const emulator = await createEmulator({ specPath: bundledSpecPath });
const server = await serve(emulator, '127.0.0.1', 0);
const url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
console.log(`Contract suite against the emulator on ${url}`);
// Asynchronous: this process keeps serving the emulator while the suite runs in its own.
// Further arguments go to vitest (scripts/test.ts asks for its JSON results).
const suite = spawn(join(repoRoot, 'node_modules', '.bin', 'vitest'), ['run', '--project', 'contract', ...process.argv.slice(2)], {
  cwd: repoRoot,
  stdio: 'inherit',
  env: { ...process.env, TEST_API_BASE_URL: url },
});
const code = await new Promise<number>((resolve) => suite.once('exit', (exitCode) => resolve(exitCode ?? 1)));
server.close();
emulator.close();
process.exit(code);
