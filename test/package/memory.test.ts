/**
 * A client under a steady load holds a steady amount of memory: nothing of a finished call outlives it
 * (a deadline nobody waits on any more is dropped at once, not kept until its timeout passes). Measured in
 * a child process that can collect garbage on demand, on the built package.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/spec.ts';

const CALLS = 60_000;
/** Heap growth allowed over the calls, after a full collection: noise, not a pile of finished calls. */
const ALLOWED_GROWTH_BYTES = 256 * 1024;

const script = `
const { AuthenticationClient } = await import(${JSON.stringify(pathToFileURL(join(repoRoot, 'dist', 'index.js')).href)});
const body = JSON.stringify({ code: 200, message: 'ok', data: { id: 'u1' } });
const fetch = async () => new Response(body, { headers: { 'content-type': 'application/json' } });
const client = new AuthenticationClient({ userPoolId: 'POOL', host: 'http://memory.invalid', token: 'T', fetch });
const settled = async () => {
  globalThis.gc();
  await new Promise((resolve) => setTimeout(resolve, 20));
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};
for (let i = 0; i < 5000; i++) await client.getCurrentUser();
const before = await settled();
for (let i = 0; i < ${CALLS}; i++) await client.getCurrentUser();
console.log(JSON.stringify({ growth: (await settled()) - before }));
`;

describe('memory', () => {
  it(`holds no more after ${CALLS.toLocaleString('en')} sequential calls than before them (the 10 s timeouts still running)`, () => {
    const output = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120_000 });
    const { growth } = JSON.parse(output.trim().split('\n').pop()!) as { growth: number };
    expect(growth).toBeLessThan(ALLOWED_GROWTH_BYTES);
  }, 150_000);
});
