/** Renders `generated/routes.ts`, the SDK's route table, from the spec's operations. */
import { operationEntries, type BundledSpec, type DataShape } from 'authing-rest-spec-reader';

const quoted = (values: readonly string[]) => `[${values.map((value) => `'${value}'`).join(', ')}]`;
const dataShape = (data: DataShape) => (Array.isArray(data) ? quoted(data) : `'${data}'`);

/**
 * The TypeScript module the SDK imports. Rows are labelled tuples, not objects: the table ships to
 * browsers, and property names repeated 25 times cost ~60 B gzip. Every value names itself (no two
 * columns share a value), and the type labels each position.
 */
export function renderRoutesModule(spec: BundledSpec): string {
  const entries = operationEntries(spec);
  const lines = entries.map(
    (entry) =>
      `  ${entry.name}: ['${entry.method}', '${entry.path}', '${entry.auth}', '${entry.session}', ${entry.idempotent}, ${quoted(entry.required)}, ${dataShape(entry.data)}],`,
  );
  return [
    '/**',
    " * How each SDK method reaches the wire, read from the spec's `x-sdk-*` extensions, `security`,",
    ' * request schemas and success envelopes. Keyed by SDK method name (`getWellKnown`: the pre-flight).',
    ' * Each row is a {@link Route}: [method, path, token, session, retry, required, data].',
    ' */',
    'export const routes: Record<RouteName, Route> = {',
    ...lines,
    '};',
    '',
    '/** An SDK method, or `getWellKnown` for the pre-flight. */',
    `export type RouteName = ${entries.map((entry) => `'${entry.name}'`).join(' | ')};`,
    '',
    "/** The user's token: sent on every call (`required`), unless the body carries one (`optional`), or never (`none`). */",
    "export type TokenRule = 'required' | 'optional' | 'none';",
    '/** What a successful answer does to the session (`x-sdk-session`). */',
    "export type SessionEffect = 'keep' | 'set' | 'replace' | 'clear' | 'update-user' | 'cache-user';",
    "/** The success envelope's `data`: a list, an object or null, or an object with these required fields. */",
    "export type DataShape = 'list' | 'object-or-null' | readonly string[];",
    '',
    '/** How one SDK method calls its operation. `retry`: whether a failed attempt may be sent again (`x-sdk-idempotent`); `required`: body fields that must be non-empty strings. */',
    'export type Route = readonly [',
    "  method: 'get' | 'post',",
    '  path: string,',
    '  token: TokenRule,',
    '  session: SessionEffect,',
    '  retry: boolean,',
    '  required: readonly string[],',
    '  data: DataShape,',
    '];',
    '',
  ].join('\n');
}
