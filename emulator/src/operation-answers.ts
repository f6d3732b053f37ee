/**
 * The answer to one request of the API: found by method and path among the spec's operations, checked
 * (request-checks.ts), given its context (request-context.ts), answered by its handler, in the language the
 * request asks for and the form the operation answers in (the envelope, bare, or GraphQL), and checked
 * against the spec before it is sent.
 */
import type { OperationInfo } from 'authing-rest-spec-reader';
import type { Contract } from './contract.js';
import { chineseMessages, ErrorCodes } from './generated/error-codes.js';
import { Failure, runHandler } from './handlers/index.js';
import { acceptRequest, type Envelope } from './request-checks.js';
import { contextFor, type Services } from './request-context.js';
import { shownBody, type RequestLog } from './request-log.js';

/** A JSON answer. */
export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** The envelope of a failure that is not a business error: the status says whose fault it is. */
export const errorEnvelope = (status: number, message: string, headers: Record<string, string> = {}) => json({ code: status, message, data: null }, status, headers);

/** A failure's answer: an object with a `code` other than 200 (an error envelope, or a token status saying why not). */
const failureOf = (body: Envelope['body']) =>
  !Array.isArray(body) && typeof body.code === 'number' && body.code !== 200 ? (body as { code: number; message: string }) : undefined;

/**
 * An answer in the language the request asks for. The service answers in Chinese unless `x-authing-lang`
 * asks for English, so a failure's message is its code's Chinese message by default. The emulator has no
 * Traditional Chinese or Japanese messages: `zh-TW` gets the Chinese ones, `ja-JP` the English ones.
 */
function inLanguage(envelope: Envelope, lang: string | null): Envelope {
  const failure = failureOf(envelope.body);
  if (lang === 'en-US' || lang === 'ja-JP' || !failure) return envelope;
  const chinese = chineseMessages[failure.code];
  if (!chinese) return envelope;
  // "Incomplete parameters" alone does not say which: the emulator keeps its detail (the field and what is wrong).
  const message = failure.code === ErrorCodes.INCOMPLETE_PARAMETERS ? `${chinese}（${failure.message}）` : chinese;
  return { ...envelope, body: { ...failure, message } };
}

/** A GraphQL operation's failure as Authing's GraphQL answers it: `errors[].message` holds `{ code, message }`. */
function asGraphql(envelope: Envelope): Envelope {
  const failure = failureOf(envelope.body);
  if (envelope.status !== 200 || !failure) return envelope;
  return { ...envelope, body: { errors: [{ message: { code: failure.code, message: failure.message } }], data: null } };
}

/** A success's result as the operation answers it: in the envelope, bare, or as GraphQL's `data`. */
function successBody(operation: OperationInfo, data: unknown): Envelope['body'] {
  if (operation.answer === 'bare') return data as Envelope['body'];
  if (operation.answer === 'graphql') return { data: { [operation.operationId]: data } };
  return { code: 200, message: 'ok', data: data ?? null };
}

/** A request of the API, its body already read within the body bound. */
export interface ApiRequest {
  method: string;
  path: string;
  headers: Headers;
  bodyText: string;
}

/** Answers the API's requests over `services`, held to `contract`, each recorded in `log`. */
export function operationAnswers(contract: Contract, services: Services, log: RequestLog): (request: ApiRequest) => Promise<Response> {
  const routes = new Map(contract.operations.map((operation) => [`${operation.method.toUpperCase()} ${operation.path}`, operation]));
  const methodsByPath = new Map<string, string[]>();
  for (const operation of contract.operations) methodsByPath.set(operation.path, [...(methodsByPath.get(operation.path) ?? []), operation.method.toUpperCase()]);

  async function handled(operation: OperationInfo, request: ApiRequest): Promise<Envelope> {
    const accepted = acceptRequest(operation, request, contract.checkRequest);
    if ('status' in accepted) return accepted;
    const context = await contextFor(operation, accepted, request.headers.get('x-forwarded-for'), services);
    if ('status' in context) return context;
    try {
      return { status: 200, body: successBody(operation, await runHandler(operation.operationId, context)) };
    } catch (error) {
      if (error instanceof Failure) return { status: 200, body: { code: error.code, message: error.message, data: null } };
      // A uniqueness the handler did not check first is still the client's conflict, not the emulator's bug.
      const unique = /UNIQUE constraint failed: users\.(\w+)/.exec(String((error as Error)?.message));
      if (unique) return { status: 200, body: { code: ErrorCodes.USER_EXISTS, message: `A user with this ${unique[1]} already exists`, data: null } };
      throw error;
    }
  }

  /** The answer to `request`, and the operation it reached. */
  async function answer(request: ApiRequest): Promise<{ operation: OperationInfo | undefined; response: Response; body?: Envelope['body']; violations?: string[] }> {
    const operation = routes.get(`${request.method} ${request.path}`);
    if (!operation) {
      const allowed = methodsByPath.get(request.path);
      if (allowed) return { operation, response: errorEnvelope(405, `${request.method} is not allowed on ${request.path}; use ${allowed.join(', ')}`, { allow: allowed.join(', ') }) };
      return { operation, response: errorEnvelope(404, `No operation ${request.method} ${request.path}`) };
    }
    const translated = inLanguage(await handled(operation, request), request.headers.get('x-authing-lang'));
    const { status, body, headers } = operation.answer === 'graphql' ? asGraphql(translated) : translated;
    const violations = contract.checkResponse(operation, status, body);
    // The emulator's own bug: say so rather than answer off-contract.
    if (violations.length) return { operation, response: errorEnvelope(500, `The emulator broke the contract: ${violations.join('; ')}`) };
    return { operation, response: json(body, status, headers), body, violations: violationLines(headers?.['sl-violations']) };
  }

  return async (request) => {
    const started = performance.now();
    const at = new Date(services.now()).toISOString();
    const { operation, response, body, violations = [] } = await answer(request);
    const outcome = outcomeOf(body ?? { code: response.status, message: '' }, response.status);
    log.record({
      at,
      method: request.method,
      path: request.path,
      operationId: operation?.operationId ?? null,
      status: response.status,
      ...outcome,
      violations,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      body: shownBody(request.bodyText),
      withToken: /^bearer\s/i.test(request.headers.get('authorization') ?? ''),
    });
    return response;
  };
}

/** The code and message an answer carries: an envelope's or a token status's, a GraphQL error's, 200 for a bare success. */
function outcomeOf(body: Envelope['body'], status: number): { code: number; message: string } {
  if (Array.isArray(body)) return { code: 200, message: '' };
  const graphqlError = (body.errors as Array<{ message?: { code?: number; message?: string } }> | undefined)?.[0]?.message;
  if (graphqlError) return { code: Number(graphqlError.code), message: String(graphqlError.message ?? '') };
  return typeof body.code === 'number' ? { code: body.code, message: String(body.message ?? '') } : { code: status === 200 ? 200 : status, message: '' };
}

/** The `sl-violations` header's entries as `location: message` lines. */
function violationLines(header: string | undefined): string[] {
  if (!header) return [];
  try {
    return (JSON.parse(header) as Array<{ location?: string[]; message?: string }>).map((entry) => `${(entry.location ?? []).join('.')}: ${entry.message ?? ''}`);
  } catch {
    return [];
  }
}
