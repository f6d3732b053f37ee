/** Runs every file of examples/ (but the shared client) as its own process against `baseUrl`. */
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths.ts';

export interface ExampleOutcome {
  name: string;
  ok: boolean;
  /** The example's last line of output, or why it failed. */
  line: string;
}

/** A token for the signed-in examples: any bearer passes the mock; this one is a JWT of the example user. */
const EXAMPLE_TOKEN =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI2MGI3YzhkOWUxZjJhMzAwMTIzNDU2NzgifQ.c2lnbmF0dXJl';

export const exampleNames = (): string[] =>
  readdirSync(join(repoRoot, 'examples'))
    .filter((file) => file.endsWith('.ts') && file !== 'client.ts')
    .map((file) => file.slice(0, -3))
    .sort();

function runOne(name: string, baseUrl: string, timeoutMs: number): Promise<ExampleOutcome> {
  return new Promise((resolve) => {
    execFile(
      join(repoRoot, 'node_modules', '.bin', 'tsx'),
      [join('examples', `${name}.ts`)],
      {
        cwd: repoRoot,
        timeout: timeoutMs,
        killSignal: 'SIGKILL',
        env: { ...process.env, AUTHING_HOST: baseUrl, AUTHING_USER_POOL_ID: 'demo', AUTHING_TOKEN: EXAMPLE_TOKEN },
      },
      (error, stdout, stderr) => {
        const last = (text: string) => text.trim().split('\n').pop() ?? '';
        resolve(error ? { name, ok: false, line: last(stderr) || error.message } : { name, ok: true, line: last(stdout) });
      },
    );
  });
}

export async function runExamples(baseUrl: string, { concurrency = 4, timeoutMs = 30_000 } = {}): Promise<ExampleOutcome[]> {
  const queue = exampleNames();
  const outcomes: ExampleOutcome[] = [];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let name = queue.shift(); name; name = queue.shift()) outcomes.push(await runOne(name, baseUrl, timeoutMs));
    }),
  );
  return outcomes.sort((a, b) => a.name.localeCompare(b.name));
}
