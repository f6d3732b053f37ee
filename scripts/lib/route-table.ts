/** Renders `generated/operations.ts`, the SDK's route table, from the spec's operations. */
import { operationEntries, type BundledSpec } from 'authing-rest-spec-reader';

/**
 * The TypeScript module the SDK imports. Entries are tuples, not objects: the table ships to browsers,
 * and property names would be repeated 25 times in the bundle.
 */
export function renderOperationsModule(spec: BundledSpec): string {
  const lines = operationEntries(spec).map((entry) => {
    const required = `[${entry.required.map((field) => `'${field}'`).join(', ')}]`;
    const data = Array.isArray(entry.data) ? `[${entry.data.map((field) => `'${field}'`).join(', ')}]` : `'${entry.data}'`;
    return `  ${entry.name}: ['${entry.method}', '${entry.path}', '${entry.auth}', '${entry.session}', ${entry.idempotent}, ${required}, ${data}],`;
  });
  return [
    '/**',
    ' * How each SDK method reaches the wire, read from the spec\'s `x-sdk-*` extensions, `security`,',
    ' * request schemas and success envelopes. Keyed by SDK method name (`getWellKnown`: the pre-flight).',
    ' */',
    'export const operations: Record<OperationName, Operation> = {',
    ...lines,
    '};',
    '',
    '/** An SDK method, or `getWellKnown` for the pre-flight. */',
    `export type OperationName = ${operationEntries(spec).map((entry) => `'${entry.name}'`).join(' | ')};`,
    '',
    '/** Whether an operation needs the user\'s token: always, when no token is given in the body, or never. */',
    "export type AuthRequirement = 'required' | 'optional' | 'none';",
    '/** What a successful answer does to the session (`x-sdk-session`). */',
    "export type SessionEffect = 'none' | 'set' | 'replace' | 'clear' | 'update-user' | 'cache-user';",
    '/** The success envelope\'s `data`: a list, null or an object, or an object with these required fields. */',
    "export type DataShape = 'list' | 'optional' | readonly string[];",
    '',
    '/** [HTTP method, path, token, session effect, idempotent (may be retried), required body fields, data shape]. */',
    "export type Operation = readonly ['get' | 'post', string, AuthRequirement, SessionEffect, boolean, readonly string[], DataShape];",
    '',
  ].join('\n');
}
