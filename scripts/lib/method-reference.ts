/**
 * What each SDK method's reference says from the spec: the codes its operation answers with, and the mock
 * examples a `Prefer` header selects. Rendered as a Markdown file of regions, one per method, that each
 * method's TSDoc includes (`{@include ../generated/method-reference.md#loginByEmail}`), and as the
 * `MockExamples` type of the Prefer values.
 */
import { operationEntries, type BundledSpec, type NamedExample, type OperationEntry } from 'authing-rest-spec-reader';
import { errorCodes } from './readme-tables.ts';

/** HTTP refusals before any operation ran (a wrong method, a body over the limit): no method of the SDK meets them. */
const REFUSALS = [405, 413];

const sdkMethods = (spec: BundledSpec) => operationEntries(spec).filter((entry) => entry.sdkMethods.length > 0);
const examplesOf = (entry: OperationEntry) => entry.examples.filter((example) => !REFUSALS.includes(example.status));

/** The `Prefer` value that makes the mock answer with `example`. */
const preferValue = ({ name, status }: NamedExample) => (status === 200 ? `example=${name}` : `code=${status}, example=${name}`);

/** A token status is an answer, not a refusal: checkLoginStatus resolves with `status: false` and the code. */
const answersWithStatus = (entry: OperationEntry) => entry.answer === 'bare' && Array.isArray(entry.data) && entry.data.includes('status');

function methodRegion(spec: BundledSpec, entry: OperationEntry): string {
  const meaning = new Map(errorCodes(spec).map((code) => [code.const, code]));
  /** Each code of `examples` once, with its name (linked to its meaning), its HTTP status when not 200, and its meaning. */
  const codeList = (examples: NamedExample[]) =>
    [...new Map(examples.filter((example) => meaning.has(example.code)).map((example) => [example.code, example])).values()].map((example) => {
      const { title, description } = meaning.get(example.code)!;
      return `- \`${example.code}\` {@link ErrorCodeNames.${title} | ${title}}${example.status === 200 ? '' : ` (HTTP ${example.status})`}: ${description}`;
    });
  const failures = examplesOf(entry).filter((example) => example.code !== 200);
  const statuses = answersWithStatus(entry) ? failures.filter((example) => example.status === 200) : [];
  // A 401 answers a request without the pool's id or a token: the SDK sends the id always, and a token only to operations that need it.
  const refusals = failures.filter((example) => !statuses.includes(example) && (example.status !== 401 || entry.auth === 'required'));
  const sample = failures[0] ?? examplesOf(entry)[0]!;
  const operation = `\`${entry.method.toUpperCase()} ${entry.path}\``;
  return [
    `<!-- #region ${entry.name} -->`,
    ...(statuses.length ? [`**Token statuses.** It resolves with \`status: false\` and one of these codes when the token is not valid (the spec's answers of ${operation}):`, '', ...codeList(statuses), ''] : []),
    `**Error codes.** The service refuses with an {@link AuthingApiError} whose \`code\` is one of these (the spec's answers of ${operation}; every code: {@link ErrorCodes}):`,
    '',
    ...codeList(refusals),
    '',
    `**Mock examples.** The contract mock (\`npm start\`) answers with the example a \`Prefer\` header names, sent in the call options (typed by {@link MockExamples}), e.g. \`{ headers: { prefer: '${preferValue(sample)}' } }\`:`,
    '',
    ...examplesOf(entry).map((example) => `- \`${preferValue(example)}\`: ${example.summary}`),
    `<!-- #endregion ${entry.name} -->`,
  ].join('\n');
}

/** `generated/method-reference.md`: a region per SDK method. */
export function renderMethodReference(spec: BundledSpec): string {
  return [
    '<!-- Generated from openapi/ by scripts/generate.ts (`npm run generate`). Do not edit by hand. -->',
    '<!-- Each region is included in its method\'s reference by the TSDoc of src/client.ts. -->',
    '',
    ...sdkMethods(spec).map((entry) => `${methodRegion(spec, entry)}\n`),
  ].join('\n');
}

/** `generated/mock-examples.ts`: the Prefer values of each method's examples, as a type. */
export function renderMockExamplesModule(spec: BundledSpec): string {
  return [
    '/**',
    " * The `Prefer` header values that make the contract mock (`npm start`) answer a method's call with one of",
    " * the spec's examples: `example=<name>` for an answer with HTTP 200, `code=<status>, example=<name>` for",
    ' * another status. Check a value by its method:',
    " * `authing.loginByEmail(params, { headers: { prefer: 'example=credentialsIncorrect' satisfies MockExamples['loginByEmail'] } })`.",
    ' * @category Parameters',
    ' */',
    'export interface MockExamples {',
    ...sdkMethods(spec).flatMap((entry) => [
      `  /** The examples of \`${entry.method.toUpperCase()} ${entry.path}\`. */`,
      `  ${entry.name}: ${examplesOf(entry).map((example) => `'${preferValue(example)}'`).join(' | ')};`,
    ]),
    '}',
    '',
  ].join('\n');
}
