/**
 * Regenerates everything that is derived from the spec in openapi/:
 *   build/openapi.json       the bundled single-file spec (a build output, not committed)
 *   generated/schema.d.ts    types, by openapi-typescript
 *   generated/operations.ts  the SDK's route table, read from the operations' x-sdk-* extensions
 *
 * `--check` regenerates in memory and fails when generated/ differs from what is committed,
 * so that nobody edits generated/ by hand or forgets to regenerate after changing the spec.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { bundledSpecPath as bundled, bundleSpec } from './lib/bundle.ts';
import { renderOperationsModule } from './lib/operations-table.ts';
import { repoRoot as root } from './lib/paths.ts';

const check = process.argv.includes('--check');

try {
  bundleSpec();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const spec = JSON.parse(readFileSync(bundled, 'utf8'));

const header = '/**\n * Generated from openapi/ by scripts/generate.ts (`npm run generate`). Do not edit by hand.\n */\n\n';
const ast = await openapiTS(pathToFileURL(bundled), { rootTypes: true, rootTypesNoSchemaPrefix: true });
const outputs: Record<string, string> = {
  'generated/schema.d.ts': header + astToString(ast),
  'generated/operations.ts': header + renderOperationsModule(spec),
};

const drifted: string[] = [];
for (const [file, text] of Object.entries(outputs)) {
  const target = join(root, file);
  if (check) {
    if (!existsSync(target) || readFileSync(target, 'utf8') !== text) drifted.push(file);
  } else {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}
if (drifted.length) {
  console.error(`generated/ has drifted from the spec: ${drifted.join(', ')}. Run \`npm run generate\` and commit the result.`);
  process.exit(1);
}
console.log(check ? 'generated/ matches the spec.' : `wrote ${Object.keys(outputs).join(', ')}`);
