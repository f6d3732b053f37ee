/**
 * Reads the SDK's route table from a bundled spec: one entry per SDK method (from `x-sdk-methods`),
 * plus the pre-flight `getWellKnown`, with what the client must know to call it.
 */

export type AuthRequirement = 'required' | 'optional' | 'none';
export type SessionEffect = 'none' | 'set' | 'replace' | 'clear' | 'update-user' | 'cache-user';

export interface OperationEntry {
  /** The SDK method name, or the operationId for operations no method serves. */
  name: string;
  operationId: string;
  method: (typeof HTTP_METHODS)[number];
  path: string;
  auth: AuthRequirement;
  session: SessionEffect;
  idempotent: boolean;
  inferred: boolean;
  /** Body fields the operation requires. */
  required: string[];
  /** What the success envelope's `data` is at its top level. */
  data: DataShape;
}

/** `list`: an array; `optional`: null or an object; else an object with these required fields. */
export type DataShape = 'list' | 'optional' | string[];

type Schema = { $ref?: string; const?: unknown; type?: string | string[]; anyOf?: Schema[]; required?: string[]; properties?: Record<string, Schema> };

interface SpecOperation {
  operationId: string;
  requestBody?: { content: { 'application/json': { schema: Schema } } };
  responses: Record<string, { content?: { 'application/json'?: { schema: Schema } } }>;
  security?: Array<Record<string, string[]>>;
  'x-sdk-methods': string[];
  'x-sdk-session': SessionEffect;
  'x-sdk-idempotent': boolean;
  'x-authing-inferred'?: boolean;
}

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

function authRequirement(security: SpecOperation['security'], rootSecurity: SpecOperation['security']): AuthRequirement {
  const alternatives = security ?? rootSecurity ?? [];
  const withToken = alternatives.filter((alternative) => 'bearerToken' in alternative).length;
  if (withToken === 0) return 'none';
  return withToken === alternatives.length ? 'required' : 'optional';
}

export interface BundledSpec {
  paths: Record<string, Record<string, unknown>>;
  security?: SpecOperation['security'];
  components: { schemas: Record<string, Schema> };
}

function resolve(spec: BundledSpec, schema: Schema): Schema {
  return schema.$ref ? resolve(spec, spec.components.schemas[schema.$ref.split('/').pop()!]!) : schema;
}

/** The top-level shape of `data` in the success variant of the operation's 200 envelope. */
function dataShape(spec: BundledSpec, operation: SpecOperation): DataShape {
  const envelope = resolve(spec, operation.responses['200']!.content!['application/json']!.schema);
  const success = envelope.anyOf!.map((variant) => resolve(spec, variant)).find((variant) => variant.properties?.code && resolve(spec, variant.properties.code).const === 200);
  const data = resolve(spec, success!.properties!.data!);
  if (data.anyOf) return 'optional';
  return data.type === 'array' ? 'list' : (data.required ?? []);
}

/** Every operation of the spec, expanded to one entry per SDK method it serves. */
export function operationEntries(spec: BundledSpec): OperationEntry[] {
  const entries: OperationEntry[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as SpecOperation | undefined;
      if (!operation) continue;
      const base = {
        operationId: operation.operationId,
        method,
        path,
        auth: authRequirement(operation.security, spec.security),
        session: operation['x-sdk-session'],
        idempotent: operation['x-sdk-idempotent'],
        inferred: operation['x-authing-inferred'] === true,
        required: resolve(spec, operation.requestBody?.content['application/json'].schema ?? {}).required ?? [],
        data: dataShape(spec, operation),
      };
      const names = operation['x-sdk-methods'].length ? operation['x-sdk-methods'] : [operation.operationId];
      for (const name of names) entries.push({ name, ...base });
    }
  }
  return entries;
}

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
