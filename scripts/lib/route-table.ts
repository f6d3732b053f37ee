/** Renders `generated/routes.ts`, the SDK's route table, from the spec's operations. */
import { operationEntries, ROUTE_VALUES, type BundledSpec, type DataShape, type OperationEntry } from 'authing-rest-spec-reader';

const quoted = (values: readonly string[]) => `[${values.map((value) => `'${value}'`).join(', ')}]`;
const dataShape = (data: DataShape) => (Array.isArray(data) ? quoted(data) : `'${data}'`);
const union = (values: readonly string[]) => values.map((value) => `'${value}'`).join(' | ');

/** One row: each column by its name; `answer` and `customData` only where they are not the usual (the envelope, none). */
function row(entry: OperationEntry): string {
  const columns = [
    `method: '${entry.method}'`,
    `path: '${entry.path}'`,
    `token: '${entry.auth}'`,
    `session: '${entry.session}'`,
    `retry: ${entry.idempotent}`,
    `required: ${quoted(entry.required)}`,
    `data: ${dataShape(entry.data)}`,
    ...(entry.answer === 'envelope' ? [] : [`answer: '${entry.answer}'`]),
    ...(entry.customData ? [`customData: '${entry.customData}'`] : []),
  ];
  return `  ${entry.name}: { ${columns.join(', ')} },`;
}

/** The TypeScript module the SDK imports: a row per SDK method, its columns named. */
export function renderRoutesModule(spec: BundledSpec): string {
  const entries = operationEntries(spec);
  return [
    '/**',
    " * How each SDK method reaches the wire, read from the spec's `x-sdk-*` and `x-authing-answer` extensions,",
    ' * `security`, request schemas and success answers. Keyed by SDK method name (`getWellKnown`: the pre-flight).',
    ' */',
    'export const routes: Record<RouteName, Route> = {',
    ...entries.map(row),
    '};',
    '',
    '/** An SDK method, or `getWellKnown` for the pre-flight. */',
    `export type RouteName = ${entries.map((entry) => `'${entry.name}'`).join(' | ')};`,
    '',
    "/** The user's token: in the Authorization header (`required`), as the body's `token` unless the caller gives one (`body`), or never (`none`). */",
    `export type TokenRule = ${union(ROUTE_VALUES.token)};`,
    '/** What a successful answer does to the session (`x-sdk-session`). */',
    `export type SessionEffect = ${union(ROUTE_VALUES.session)};`,
    "/** A success's result: a list, an object or null, or an object with these required fields. */",
    "export type DataShape = 'list' | 'object-or-null' | readonly string[];",
    "/** How the service answers: in the `{ code, message, data }` envelope, the result itself (`bare`), or GraphQL's `{ data: { field }, errors }`. */",
    `export type AnswerKind = ${union(ROUTE_VALUES.answer)};`,
    "/** How the body carries `customData`: as `params`, a JSON string of `[{ key, value }]` (registrations), or as that array itself (logins). */",
    `export type CustomDataForm = ${union(ROUTE_VALUES.customData)};`,
    '',
    '/** How one SDK method calls its operation. */',
    'export interface Route {',
    "  method: 'get' | 'post';",
    '  path: string;',
    '  token: TokenRule;',
    '  session: SessionEffect;',
    '  /** Whether a failed attempt may be sent again (`x-sdk-idempotent`). */',
    '  retry: boolean;',
    '  /** Body fields that must be non-empty strings. */',
    '  required: readonly string[];',
    '  /** The shape of the result. */',
    '  data: DataShape;',
    '  /** Where the result is found; the envelope when absent. */',
    '  answer?: AnswerKind;',
    '  /** How the body carries custom data; none when absent. */',
    '  customData?: CustomDataForm;',
    '}',
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
