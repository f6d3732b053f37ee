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
  method: 'GET' | 'POST';
  path: string;
  auth: AuthRequirement;
  session: SessionEffect;
  idempotent: boolean;
  inferred: boolean;
}

interface SpecOperation {
  operationId: string;
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

/** Every operation of the spec, expanded to one entry per SDK method it serves. */
export function operationEntries(spec: { paths: Record<string, Record<string, unknown>>; security?: SpecOperation['security'] }): OperationEntry[] {
  const entries: OperationEntry[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as SpecOperation | undefined;
      if (!operation) continue;
      const base = {
        operationId: operation.operationId,
        method: method.toUpperCase() as OperationEntry['method'],
        path,
        auth: authRequirement(operation.security, spec.security),
        session: operation['x-sdk-session'],
        idempotent: operation['x-sdk-idempotent'],
        inferred: operation['x-authing-inferred'] === true,
      };
      const names = operation['x-sdk-methods'].length ? operation['x-sdk-methods'] : [operation.operationId];
      for (const name of names) entries.push({ name, ...base });
    }
  }
  return entries;
}

/** The TypeScript module the SDK imports: only what it needs at run time, as a compact literal. */
export function renderOperationsModule(spec: Parameters<typeof operationEntries>[0]): string {
  const lines = operationEntries(spec).map(
    (entry) =>
      `  ${entry.name}: { operationId: '${entry.operationId}', method: '${entry.method}', path: '${entry.path}', ` +
      `auth: '${entry.auth}', session: '${entry.session}', idempotent: ${entry.idempotent} },`,
  );
  return [
    "import type { operations as OperationTypes } from './schema.js';",
    '',
    '/** How each SDK method reaches the wire, read from the spec\'s `x-sdk-*` extensions and `security`. */',
    'export const operations = {',
    ...lines,
    '} as const;',
    '',
    '/** Name of an SDK method, or `getWellKnown` for the pre-flight. */',
    'export type OperationName = keyof typeof operations;',
    '',
    '/** The operationId behind an SDK method. */',
    'export type OperationIdOf<Name extends OperationName> = (typeof operations)[Name][\'operationId\'] & keyof OperationTypes;',
    '',
  ].join('\n');
}
