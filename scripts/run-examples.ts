/** `npm run examples`: runs every example of examples/ against a Prism mock it starts, one line each. */
import { bundleSpec } from './lib/bundle.ts';
import { runExamples } from './lib/examples.ts';
import { startPrism } from './lib/prism.ts';

bundleSpec();
const prism = await startPrism();
let failed = 0;
try {
  for (const { name, ok, line } of await runExamples(prism.url)) {
    if (!ok) failed++;
    console.log(`${ok ? '✓' : '✗'} ${name.padEnd(26)} ${line}`);
  }
} finally {
  await prism.stop();
}
console.log(failed ? `${failed} example(s) failed` : 'all examples passed');
process.exitCode = failed ? 1 : 0;
