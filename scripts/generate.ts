/**
 * Regenerates everything that is derived from the spec in openapi/:
 *   build/openapi.json       the bundled single-file spec (a build output, not committed)
 *   generated/schema.d.ts    types, by openapi-typescript
 *   generated/routes.ts      the SDK's route table, read from the operations' x-sdk-* extensions
 *   generated/graphql.ts     the GraphQL documents of GraphQL operations (x-graphql-document)
 *   generated/error-codes.ts the service's error codes by name, exported by the SDK as ErrorCodes
 *   generated/operation-types.ts  each operation's request body and success data, as types
 *   generated/mock-examples.ts    the Prefer values of each method's mock examples, as a type (MockExamples)
 *   generated/method-reference.md each method's error codes and mock examples, included in its TSDoc
 *   emulator/src/generated/  the emulator's own copies of schema.d.ts and operation-types.ts (it depends on
 *                            no other package of this repository), and its error codes by name
 *   README.md                its method and error-code tables
 *
 * `--check` regenerates in memory and fails when generated/ differs from what is committed,
 * so that nobody edits generated/ by hand or forgets to regenerate after changing the spec.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { bundledSpecPath as bundled, bundleSpec } from './lib/bundle.ts';
import { renderGraphqlModule, renderRoutesModule } from './lib/route-table.ts';
import { renderMethodReference, renderMockExamplesModule } from './lib/method-reference.ts';
import { repoRoot as root } from './lib/paths.ts';
import { errorCodes, errorCodeTable, methodTable, spliceGenerated } from './lib/readme-tables.ts';

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
let readme = readFileSync(join(root, 'README.md'), 'utf8');
readme = spliceGenerated(readme, 'methods', methodTable(spec));
readme = spliceGenerated(readme, 'error-codes', errorCodeTable(spec));
const schemaTypes = header + documentReferencedProperties(documentRootTypes(astToString(ast)));
const operationTypes = header + operationTypesModule();
const outputs: Record<string, string> = {
  'generated/schema.d.ts': schemaTypes,
  'generated/operation-types.ts': operationTypes,
  'generated/routes.ts': header + renderRoutesModule(spec),
  'generated/graphql.ts': header + renderGraphqlModule(spec),
  'generated/error-codes.ts': header + sdkErrorCodesModule(),
  'generated/mock-examples.ts': header + renderMockExamplesModule(spec),
  'generated/method-reference.md': renderMethodReference(spec),
  'emulator/src/generated/schema.d.ts': schemaTypes,
  'emulator/src/generated/operation-types.ts': operationTypes,
  'emulator/src/generated/error-codes.ts': header + errorCodesModule(),
  'README.md': readme,
};

/** What a client sends to an operation and what its success carries, by operationId: for the SDK's parameters and the emulator's handlers alike. */
function operationTypesModule(): string {
  return [
    "import type { components, operations } from './schema.js';",
    '',
    "/**",
    " * The id of an operation of the spec (its `operationId`).",
    ' * @category Parameters',
    ' */',
    'export type OperationId = keyof operations;',
    '',
    '/**',
    ' * The JSON request body of an operation of the spec (an empty object for one that takes none).',
    ' * @category Parameters',
    ' */',
    "export type RequestBody<Id extends OperationId> = [NonNullable<operations[Id]['requestBody']>] extends [never]",
    '  ? Record<string, never>',
    "  : NonNullable<operations[Id]['requestBody']> extends { content: { 'application/json': infer Body } }",
    '    ? Body',
    '    : Record<string, never>;',
    '',
    '/** What an operation answers with HTTP 200: its success, or why it failed. */',
    "type Answer<Id extends OperationId> = operations[Id]['responses'][200]['content']['application/json'];",
    '/** The answer of a success alone: not the error envelope, not GraphQL errors. */',
    "type Success<Id extends OperationId> = Exclude<Answer<Id>, components['schemas']['ErrorEnvelope'] | components['schemas']['GraphqlErrors']>;",
    '',
    '/**',
    " * What an operation's success carries: the envelope's `data`, the bare answer (a token status, a list), or",
    " * the one field of a GraphQL answer's `data`.",
    ' */',
    'export type SuccessData<Id extends OperationId> =',
    "  Success<Id> extends { code: 200; data: infer Data } ? Data : Success<Id> extends { data: infer Fields } ? Fields[keyof Fields] : Success<Id>;",
    '',
  ].join('\n');
}

/** Each code of the spec's ErrorCode as a documented entry `NAME: number,`. */
function errorCodeEntries(): string[] {
  return errorCodes(spec).map((code) => `  /** ${code.description.replace(/\*\//g, '*\\/')} */\n  ${code.title}: ${code.const},`);
}

/**
 * The SDK's ErrorCodes: a plain object, so that a bundler drops it from apps that do not import it. Its
 * values are typed `number`, so that a list of them compares with any code: `[A, B].includes(error.code)`.
 */
function sdkErrorCodesModule(): string {
  const codes = errorCodes(spec);
  const doc = (description: string) => `  /** ${description.replace(/\*\//g, '*\\/')} */`;
  return [
    '/**',
    " * The names of the service's error codes (the spec's `ErrorCode`), each with its meaning.",
    ' * @category Errors',
    ' */',
    'export interface ErrorCodeNames {',
    ...codes.flatMap((code) => [doc(`${code.const}: ${code.description}`), `  readonly ${code.title}: number;`]),
    '}',
    '',
    '/**',
    " * The service's error codes by name, to compare with `AuthingApiError.code`:",
    ' * `[ErrorCodes.CREDENTIALS_INCORRECT, ErrorCodes.USER_NOT_FOUND].includes(error.code)`. Each method\'s reference',
    ' * lists the codes it answers with. Apps that do not import it do not ship it.',
    ' *',
    ' * | code | name | meaning |',
    ' * |---|---|---|',
    ...codes.map((code) => ` * | ${code.const} | \`${code.title}\` | ${code.description.replace(/\*\//g, '*\\/').replace(/\|/g, '\\|')} |`),
    ' * @category Errors',
    ' */',
    'export const ErrorCodes: ErrorCodeNames = {',
    ...codes.map((code) => `  ${code.title}: ${code.const},`),
    '};',
    '',
  ].join('\n');
}

/** The emulator answers errors by name, as the spec's ErrorCode titles them. */
function errorCodesModule(): string {
  return [
    "/** The service's error codes by name: the titles of the spec's ErrorCode. */",
    'export const ErrorCodes = {',
    ...errorCodeEntries(),
    '} as const;',
    '',
    '/** The name of an error code. */',
    'export type ErrorName = keyof typeof ErrorCodes;',
    '',
    "/** Each code's message in Chinese, as the service answers by default (`x-authing-lang: zh-CN`). */",
    'export const chineseMessages: Record<number, string> = {',
    ...errorCodes(spec).map((code) => `  ${code.const}: ${JSON.stringify(code['x-message-zh-CN'])},`),
    '};',
    '',
  ].join('\n');
}

/**
 * openapi-typescript documents a property only with its own description: one that only refers to a shared
 * schema (`captchaCode: $ref CaptchaCode`) comes out bare, and so would the SDK's parameters in editors and
 * in the reference. Such a property gets the description of the schema it refers to.
 */
function documentReferencedProperties(source: string): string {
  const schemas = spec.components.schemas as Record<string, { description?: string }>;
  const lines = source.split('\n');
  return lines
    .flatMap((line, index) => {
      const match = /^(\s+)[\w$"-]+\??: components\["schemas"\]\["(\w+)"\];$/.exec(line);
      const description = match && schemas[match[2]!]?.description?.trim();
      if (!match || !description || lines[index - 1]!.trim().endsWith('*/')) return [line];
      const text = description.replace(/\*\//g, '*\\/').split('\n').join(`\n${match[1]} *     `);
      return [`${match[1]}/** ${text} */`, line];
    })
    .join('\n')
    // A description is what a doc comment says first: as plain text, editors and typedoc show it without a "Description" heading.
    .replace(/(\/\*\*|^\s+\*) @description /gm, '$1 ');
}

/**
 * openapi-typescript leaves its root interfaces undocumented; they are public types of the SDK. The three
 * big ones stay out of the SDK reference (`@hidden`: each would be a page of megabytes repeating the spec),
 * which links the HTTP API reference for what they hold.
 */
function documentRootTypes(source: string): string {
  const hidden = ['paths', 'components', 'operations'];
  const docs: Record<string, string> = {
    paths: "Every path of the spec with its operations, as openapi-fetch's `createClient<paths>()` takes them (`authing.api` is such a client).",
    webhooks: 'Webhooks of the spec (none).',
    components: 'The reusable schemas, responses and parameters of the spec.',
    $defs: 'JSON Schema definitions of the spec (none).',
    operations: 'Every operation of the spec, by operationId: parameters, request body and responses.',
  };
  return source.replace(/^export (interface|type) (\w+|\$defs)\b/gm, (line, _kind, name: string) => {
    if (!docs[name]) return line;
    return hidden.includes(name) ? `/**\n * ${docs[name]}\n * @hidden\n */\n${line}` : `/** ${docs[name]} */\n${line}`;
  });
}

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
  console.error(`Files generated from the spec have drifted: ${drifted.join(', ')}. Run \`npm run generate\` and commit the result.`);
  process.exit(1);
}
console.log(check ? 'generated/ and the README tables match the spec.' : `wrote ${Object.keys(outputs).join(', ')}`);
