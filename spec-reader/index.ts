/**
 * Reads the operations of the bundled spec: one entry per SDK method (from `x-sdk-methods`), plus the
 * pre-flight `getWellKnown`, with what a client must know to call it and a server to answer it. The
 * SDK's generator, the README's tables and the emulator all read the spec through this one module.
 */

export type AuthRequirement = 'required' | 'optional' | 'none';
export type SessionEffect = 'keep' | 'set' | 'replace' | 'clear' | 'update-user' | 'cache-user';

/** One operation of the spec, as a client calls it and a server answers it. */
export interface OperationInfo {
  operationId: string;
  method: HttpMethod;
  path: string;
  auth: AuthRequirement;
  session: SessionEffect;
  idempotent: boolean;
  inferred: boolean;
  /** The SDK methods it serves (`x-sdk-methods`); empty for the pre-flight. */
  sdkMethods: string[];
  /** Text fields the operation's body requires (a client can check them before sending). */
  required: string[];
  /** What the success envelope's `data` is at its top level. */
  data: DataShape;
  /** False when a success is answered bare, without the envelope (listUdv's array). */
  envelope: boolean;
}

/** An operation under the name of one SDK method it serves (or its operationId, when it serves none). */
export interface OperationEntry extends OperationInfo {
  name: string;
}

/** `list`: an array; `object-or-null`: either; else an object with these required fields. */
export type DataShape = 'list' | 'object-or-null' | string[];

type Schema = { $ref?: string; const?: unknown; type?: string | string[]; anyOf?: Schema[]; required?: string[]; properties?: Record<string, Schema> };

interface OperationObject {
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
export type HttpMethod = (typeof HTTP_METHODS)[number];

function authRequirement(security: OperationObject['security'], rootSecurity: OperationObject['security']): AuthRequirement {
  const alternatives = security ?? rootSecurity ?? [];
  const withToken = alternatives.filter((alternative) => 'bearerToken' in alternative).length;
  if (withToken === 0) return 'none';
  return withToken === alternatives.length ? 'required' : 'optional';
}

export interface BundledSpec {
  paths: Record<string, Record<string, unknown>>;
  security?: OperationObject['security'];
  components: { schemas: Record<string, Schema> };
}

function resolve(spec: BundledSpec, schema: Schema): Schema {
  return schema.$ref ? resolve(spec, spec.components.schemas[schema.$ref.split('/').pop()!]!) : schema;
}

/** The required properties of `body` that are strings. */
const requiredText = (spec: BundledSpec, body: Schema) =>
  (body.required ?? []).filter((field) => resolve(spec, body.properties?.[field] ?? {}).type === 'string');

/** The alternatives of the operation's 200 answer: the success, and the error envelope. */
const successVariants = (spec: BundledSpec, operation: OperationObject) =>
  resolve(spec, operation.responses['200']!.content!['application/json']!.schema).anyOf!.map((variant) => resolve(spec, variant));

/** The top-level shape of `data` in the success variant of the operation's 200 envelope. */
function dataShape(spec: BundledSpec, operation: OperationObject): DataShape {
  const variants = successVariants(spec, operation);
  // listUdv answers a bare array on success: that variant is the data itself.
  if (variants.some((variant) => variant.type === 'array')) return 'list';
  const success = variants.find((variant) => variant.properties?.code && resolve(spec, variant.properties.code).const === 200);
  const data = resolve(spec, success!.properties!.data!);
  if (data.anyOf) return 'object-or-null';
  return data.type === 'array' ? 'list' : (data.required ?? []);
}

/** Every operation of the spec, in the order of its paths. */
export function specOperations(spec: BundledSpec): OperationInfo[] {
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method]).map((method) => {
      const operation = item[method] as OperationObject;
      return {
        operationId: operation.operationId,
        method,
        path,
        auth: authRequirement(operation.security, spec.security),
        session: operation['x-sdk-session'],
        idempotent: operation['x-sdk-idempotent'],
        inferred: operation['x-authing-inferred'] === true,
        sdkMethods: operation['x-sdk-methods'],
        required: requiredText(spec, resolve(spec, operation.requestBody?.content['application/json'].schema ?? {})),
        data: dataShape(spec, operation),
        envelope: !successVariants(spec, operation).some((variant) => variant.type === 'array'),
      };
    }),
  );
}

/** Every operation of the spec, expanded to one entry per SDK method it serves. */
export function operationEntries(spec: BundledSpec): OperationEntry[] {
  return specOperations(spec).flatMap((operation) =>
    (operation.sdkMethods.length ? operation.sdkMethods : [operation.operationId]).map((name) => ({ name, ...operation })),
  );
}
