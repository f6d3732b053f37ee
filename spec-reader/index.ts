/**
 * Reads the operations of the bundled spec: one entry per SDK method (from `x-sdk-methods`), plus the
 * pre-flight `getWellKnown`, with what a client must know to call it and a server to answer it. The
 * SDK's generator, the README's tables and the emulator all read the spec through this one module.
 */

/**
 * The values of each kind of operation metadata, with what each means: the one source of these unions, for
 * this reader and for the route table generated into the SDK (scripts/lib/route-table.ts writes them there).
 */
export const ROUTE_VALUES = {
  /** The user's token: in the Authorization header (`required`), as the body's `token` unless the caller gives one (`body`), or never (`none`). */
  token: ['required', 'body', 'none'],
  /** What a successful answer does to the session (`x-sdk-session`). */
  session: ['keep', 'set', 'replace', 'clear', 'update-user', 'cache-user'],
  /** How the service answers: in the `{ code, message, data }` envelope, the result itself (`bare`), or GraphQL's `{ data: { field }, errors }`. */
  answer: ['envelope', 'bare', 'graphql'],
  /** How the body carries `customData`: as `params`, a JSON string of `[{ key, value }]` (registrations), or as that array itself (logins). */
  customData: ['params', 'array'],
} as const;

/** The user's token: in the Authorization header (`required`), as the body's `token` field (`body`), or not at all. */
export type AuthRequirement = (typeof ROUTE_VALUES.token)[number];
/** How the service answers: the `{ code, message, data }` envelope, the result itself (`bare`), or GraphQL's `{ data, errors }`. */
export type AnswerKind = (typeof ROUTE_VALUES.answer)[number];
/** How a body carries the user's custom data: `params` (a JSON string, registrations), `array` (a real array, logins), or not at all (null). */
export type CustomDataForm = (typeof ROUTE_VALUES.customData)[number] | null;

/** One of Authing's own clients that sends the operation's request, and which of its fields: where to check it again. */
export interface SourceReference {
  repository: string;
  commit: string;
  file: string;
  /** The request fields (and query parameters) this client sends. */
  sends: string[];
  /** How it sends them when not as this very request: another path with the same body, or a GraphQL input's fields of the same names. */
  via?: string;
}
/** What a successful answer does to the SDK's session (`x-sdk-session`). */
export type SessionEffect = (typeof ROUTE_VALUES.session)[number];

/** One operation of the spec, as a client calls it and a server answers it. */
export interface OperationInfo {
  operationId: string;
  method: HttpMethod;
  path: string;
  auth: AuthRequirement;
  session: SessionEffect;
  idempotent: boolean;
  /** The Authing clients that send this request, with the fields each sends (`x-authing-sources`); the first sends this very request. */
  sources: SourceReference[];
  /** Whether the request must name its user pool in `x-authing-userpool-id` (every security alternative asks for it). */
  poolHeaderRequired: boolean;
  /** Whether the request must carry a body (a body-less POST is read as `{}` where it need not). */
  bodyRequired: boolean;
  /** The SDK methods it serves (`x-sdk-methods`); empty for the pre-flight. */
  sdkMethods: string[];
  /** Text fields the operation's body requires (a client can check them before sending). */
  required: string[];
  /** What the success's result is at its top level (the envelope's `data`, the bare answer, or the GraphQL field). */
  data: DataShape;
  /** How the service answers (`x-authing-answer`). */
  answer: AnswerKind;
  /** How the body carries custom data. */
  customData: CustomDataForm;
  /** The GraphQL document a `graphql` operation sends (`x-graphql-document`). */
  graphqlDocument?: string;
  /** The operation's named examples, in the order of its responses: what a mock's `Prefer: example=<name>` selects. */
  examples: NamedExample[];
}

/** One named example of an operation's answers. */
export interface NamedExample {
  name: string;
  /** The HTTP status it is an example of (a mock serves it with `Prefer: code=<status>, example=<name>` when not 200). */
  status: number;
  /** The service's code it answers with: the envelope's or the token status's `code`, the first GraphQL error's, 200 for a bare success. */
  code: number;
  /** What it shows, in a few words (the example's `summary`). */
  summary: string;
}

/** An operation under the name of one SDK method it serves (or its operationId, when it serves none). */
export interface OperationEntry extends OperationInfo {
  name: string;
}

/** `list`: an array; `object-or-null`: either; else an object with these required fields. */
export type DataShape = 'list' | 'object-or-null' | string[];

type Schema = {
  $ref?: string;
  const?: unknown;
  type?: string | string[];
  anyOf?: Schema[];
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
};

interface OperationObject {
  operationId: string;
  requestBody?: { required?: boolean; content: { 'application/json': { schema: Schema } } };
  responses: Record<string, Reference<{ content?: { 'application/json'?: { schema: Schema; examples?: Record<string, Reference<ExampleObject>> } } }>>;
  security?: Array<Record<string, string[]>>;
  'x-sdk-methods': string[];
  'x-sdk-session': SessionEffect;
  'x-sdk-idempotent': boolean;
  'x-sdk-token-in-body'?: boolean;
  'x-authing-sources': SourceReference[];
  'x-authing-answer'?: Exclude<AnswerKind, 'envelope'>;
  'x-graphql-document'?: string;
}

type Reference<T> = T | { $ref: string };
interface ExampleObject {
  summary?: string;
  value: unknown;
}

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

function authRequirement(operation: OperationObject, rootSecurity: OperationObject['security']): AuthRequirement {
  const alternatives = operation.security ?? rootSecurity ?? [];
  const withToken = alternatives.filter((alternative) => 'bearerToken' in alternative).length;
  if (withToken === 0) return operation['x-sdk-token-in-body'] ? 'body' : 'none';
  if (withToken < alternatives.length) throw new Error(`${operation.operationId}: the token is either required or not; no operation takes it optionally`);
  return 'required';
}

export interface BundledSpec {
  paths: Record<string, Record<string, unknown>>;
  security?: OperationObject['security'];
  components: { schemas: Record<string, Schema>; responses?: Record<string, unknown>; examples?: Record<string, unknown> };
}

/** What a `$ref` within the bundled spec (`#/components/...`) points at, or the object itself. */
function dereference<T>(spec: BundledSpec, object: Reference<T>): T {
  if (!('$ref' in (object as object))) return object as T;
  const target = (object as { $ref: string }).$ref.split('/').slice(1).reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], spec);
  return dereference(spec, target as Reference<T>);
}

/** The code an example answers with, whatever the form of the answer. */
function exampleCode(value: unknown): number {
  if (Array.isArray(value)) return 200;
  const answer = value as { code?: unknown; errors?: Array<{ message?: { code?: unknown } }> };
  if (answer.errors) return Number(answer.errors[0]?.message?.code);
  return typeof answer.code === 'number' ? answer.code : 200;
}

/** The named examples of every response of `operation`. */
function namedExamples(spec: BundledSpec, operation: OperationObject): NamedExample[] {
  return Object.entries(operation.responses).flatMap(([status, reference]) =>
    Object.entries(dereference(spec, reference).content?.['application/json']?.examples ?? {}).map(([name, example]) => {
      const { summary = '', value } = dereference(spec, example);
      return { name, status: Number(status), code: exampleCode(value), summary };
    }),
  );
}

function resolve(spec: BundledSpec, schema: Schema): Schema {
  return schema.$ref ? resolve(spec, spec.components.schemas[schema.$ref.split('/').pop()!]!) : schema;
}

/**
 * The required properties of `body` that are strings. Where the body has alternatives (`anyOf`: one field
 * under two names), the first is the one a client sends.
 */
function requiredText(spec: BundledSpec, body: Schema): string[] {
  const sent = body.anyOf ? resolve(spec, body.anyOf[0]!) : body;
  return (sent.required ?? []).filter((field) => resolve(spec, sent.properties?.[field] ?? {}).type === 'string');
}

/** How `body` carries custom data: registrations' JSON-string `params`, or logins' real `customData` array. */
function customDataForm(spec: BundledSpec, body: Schema): CustomDataForm {
  if (resolve(spec, body.properties?.customData ?? {}).type === 'array') return 'array';
  return body.properties?.params ? 'params' : null;
}

/** The alternatives of the operation's 200 answer: the success, and the error envelope. */
const successVariants = (spec: BundledSpec, operation: OperationObject) =>
  resolve(spec, dereference(spec, operation.responses['200']!).content!['application/json']!.schema).anyOf!.map((variant) => resolve(spec, variant));

/**
 * The top-level shape of a success's result: the envelope's `data` (in the variant whose `code` is 200),
 * the bare answer (the first variant), or the one field of a GraphQL answer's `data` (the first variant).
 */
function dataShape(spec: BundledSpec, operation: OperationObject): DataShape {
  const variants = successVariants(spec, operation);
  const answer = operation['x-authing-answer'];
  let result: Schema;
  if (answer === 'bare') result = variants[0]!;
  else if (answer === 'graphql') result = resolve(spec, Object.values(resolve(spec, variants[0]!.properties!.data!).properties!)[0]!);
  else {
    const success = variants.find((variant) => variant.properties?.code && resolve(spec, variant.properties.code).const === 200);
    result = resolve(spec, success!.properties!.data!);
  }
  if (result.anyOf) return 'object-or-null';
  return result.type === 'array' ? 'list' : (result.required ?? []);
}

/** Every operation of the spec, in the order of its paths. */
export function specOperations(spec: BundledSpec): OperationInfo[] {
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method]).map((method) => {
      const operation = item[method] as OperationObject;
      const body = resolve(spec, operation.requestBody?.content['application/json'].schema ?? {});
      return {
        operationId: operation.operationId,
        method,
        path,
        auth: authRequirement(operation, spec.security),
        session: operation['x-sdk-session'],
        idempotent: operation['x-sdk-idempotent'],
        sources: operation['x-authing-sources'],
        poolHeaderRequired: (operation.security ?? spec.security ?? []).every((alternative) => 'userPoolId' in alternative),
        bodyRequired: operation.requestBody?.required === true,
        sdkMethods: operation['x-sdk-methods'],
        required: requiredText(spec, body),
        data: dataShape(spec, operation),
        answer: operation['x-authing-answer'] ?? 'envelope',
        customData: customDataForm(spec, body),
        ...(operation['x-graphql-document'] ? { graphqlDocument: operation['x-graphql-document'] } : {}),
        examples: namedExamples(spec, operation),
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
