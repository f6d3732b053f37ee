/** Loads the bundled spec (built by the global setup). */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const bundledSpecPath = join(repoRoot, 'build', 'openapi.json');

export interface ExampleObject {
  summary?: string;
  value: { code: number; message: string; data: unknown };
}

export interface MediaType {
  schema: unknown;
  examples?: Record<string, ExampleObject>;
}

/** An operation of the bundled spec, its `$ref`s resolved when read through {@link loadSpec}. */
export interface DereferencedOperation {
  operationId: string;
  security?: Array<Record<string, string[]>>;
  'x-sdk-methods': string[];
  'x-sdk-session': string;
  'x-sdk-idempotent': boolean;
  'x-sdk-token-in-body'?: boolean;
  'x-authing-sources': Array<{ repository: string; commit: string; file: string; sends: string[]; via?: string }>;
  'x-authing-answer'?: 'bare' | 'graphql';
  'x-graphql-document'?: string;
  parameters?: Array<{ name: string; in: string }>;
  requestBody?: { required?: boolean; content: Record<string, MediaType> };
  responses: Record<string, { content?: Record<string, MediaType> }>;
}

export interface Spec {
  paths: Record<string, Record<string, DereferencedOperation>>;
  components: { schemas: Record<string, any> };
  security: Array<Record<string, string[]>>;
  tags: Array<{ name: string; description: string }>;
  [extension: `x-${string}`]: unknown;
}

/** Replaces every local `$ref` with what it points at (the spec has no cycles). */
function dereference(node: unknown, root: unknown): unknown {
  if (Array.isArray(node)) return node.map((child) => dereference(child, root));
  if (!node || typeof node !== 'object') return node;
  const { $ref, ...rest } = node as { $ref?: string };
  if (typeof $ref === 'string' && $ref.startsWith('#/')) {
    const target = $ref.slice(2).split('/').reduce<any>((parent, key) => parent[key.replace(/~1/g, '/').replace(/~0/g, '~')], root);
    return dereference({ ...target, ...rest }, root);
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, dereference(value, root)]));
}

let raw: Spec | undefined;
let resolved: Spec | undefined;
/** The bundled spec as written, with `$ref`s to its components. */
export function loadRawSpec(): Spec {
  raw ??= JSON.parse(readFileSync(bundledSpecPath, 'utf8')) as Spec;
  return raw;
}
/** The bundled spec with every `$ref` resolved. */
export function loadSpec(): Spec {
  resolved ??= dereference(loadRawSpec(), loadRawSpec()) as Spec;
  return resolved;
}

/** Every operation of the spec with its HTTP method and path. */
export function specOperations(spec = loadSpec()): Array<{ method: string; path: string; operation: DereferencedOperation }> {
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, operation]) => ({ method: method.toUpperCase(), path, operation })),
  );
}

/** The named examples an operation answers HTTP 200 with, in the order the spec lists them. */
export function successStatusExamples(operation: DereferencedOperation): Array<[string, ExampleObject]> {
  return Object.entries(operation.responses['200']?.content?.['application/json']?.examples ?? {});
}
