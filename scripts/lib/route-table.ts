/** Renders `generated/routes.ts`, the SDK's route table, from the spec's operations. */
import { operationEntries, type BundledSpec, type DataShape } from 'authing-rest-spec-reader';

const quoted = (values: readonly string[]) => `[${values.map((value) => `'${value}'`).join(', ')}]`;
const dataShape = (data: DataShape) => (Array.isArray(data) ? quoted(data) : `'${data}'`);
/** The row's last two columns, left out where they say the usual: the envelope, no custom data. */
const tail = (answer: string, customData: string | null) => (customData ? `, '${answer}', '${customData}'` : answer === 'envelope' ? '' : `, '${answer}'`);

/**
 * The TypeScript module the SDK imports. Rows are labelled tuples, not objects: the table ships to
 * browsers, and property names repeated 25 times cost ~60 B gzip. Every value names itself (no two
 * columns share a value), and the type labels each position.
 */
export function renderRoutesModule(spec: BundledSpec): string {
  const entries = operationEntries(spec);
  const lines = entries.map(
    (entry) =>
      `  ${entry.name}: ['${entry.method}', '${entry.path}', '${entry.auth}', '${entry.session}', ${entry.idempotent}, ${quoted(entry.required)}, ${dataShape(entry.data)}${tail(entry.answer, entry.customData)}],`,
  );
  return [
    '/**',
    " * How each SDK method reaches the wire, read from the spec's `x-sdk-*` and `x-authing-answer` extensions,",
    ' * `security`, request schemas and success answers. Keyed by SDK method name (`getWellKnown`: the pre-flight).',
    ' * Each row is a {@link Route}: [method, path, token, session, retry, required, data, answer?, customData?];',
    ' * a row without `answer` is answered in the envelope, one without `customData` carries none.',
    ' */',
    'export const routes: Record<RouteName, Route> = {',
    ...lines,
    '};',
    '',
    '/** An SDK method, or `getWellKnown` for the pre-flight. */',
    `export type RouteName = ${entries.map((entry) => `'${entry.name}'`).join(' | ')};`,
    '',
    "/** The user's token: in the Authorization header (`required`), as the body's `token` unless the caller gives one (`body`), or never (`none`). */",
    "export type TokenRule = 'required' | 'body' | 'none';",
    '/** What a successful answer does to the session (`x-sdk-session`). */',
    "export type SessionEffect = 'keep' | 'set' | 'replace' | 'clear' | 'update-user' | 'cache-user';",
    "/** A success's result: a list, an object or null, or an object with these required fields. */",
    "export type DataShape = 'list' | 'object-or-null' | readonly string[];",
    "/** How the service answers: in the `{ code, message, data }` envelope, the result itself (`bare`), or GraphQL's `{ data: { field }, errors }`. */",
    "export type AnswerKind = 'envelope' | 'bare' | 'graphql';",
    "/** How the body carries `customData`: as `params`, a JSON string of `[{ key, value }]` (registrations), or as that array itself (logins). */",
    "export type CustomDataForm = 'params' | 'array';",
    '',
    '/** How one SDK method calls its operation. `retry`: whether a failed attempt may be sent again (`x-sdk-idempotent`); `required`: body fields that must be non-empty strings; `data`: the shape of the result; `answer`: where the result is found. */',
    'export type Route = readonly [',
    "  method: 'get' | 'post',",
    '  path: string,',
    '  token: TokenRule,',
    '  session: SessionEffect,',
    '  retry: boolean,',
    '  required: readonly string[],',
    '  data: DataShape,',
    '  answer?: AnswerKind,',
    '  customData?: CustomDataForm,',
    '];',
    '',
  ].join('\n');
}

/** Renders `generated/graphql.ts`: the GraphQL documents of the spec's `graphql` operations, by SDK method. */
export function renderGraphqlModule(spec: BundledSpec): string {
  const documents = operationEntries(spec).filter((entry) => entry.graphqlDocument);
  return [
    "/** The GraphQL document each GraphQL operation sends (the spec's `x-graphql-document`), by SDK method name. */",
    'export const graphqlDocuments = {',
    ...documents.map((entry) => `  ${entry.name}: ${JSON.stringify(entry.graphqlDocument)},`),
    '} as const;',
    '',
  ].join('\n');
}
