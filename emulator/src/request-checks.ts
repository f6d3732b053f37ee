/**
 * What an operation's request must be before anything reads the state, in the order the service (and the
 * contract mock) refuses it: the pool header, a token where one is needed, a JSON content type, a JSON
 * body within the depth bound, the one GraphQL document, the spec's schema, identifiers without invisible
 * characters. Each refusal says what is wrong; an accepted request comes out with its body parsed and its
 * identifiers in their stored form.
 */
import type { OperationInfo } from 'authing-rest-spec-reader';
import { ErrorCodes } from './generated/error-codes.js';
import { fieldWithInvisibleCharacter, INVISIBLE_CHARACTER_RULE, normaliseIdentifiers } from './identifiers.js';
import { MAX_DEPTH, nestedDeeperThan } from './limits.js';

/** An answer before it is checked against the spec and sent. */
export interface Envelope {
  status: number;
  /** The envelope, a bare success (listUdv's list, a token status), or a GraphQL answer. */
  body: Record<string, unknown> | unknown[];
  headers?: Record<string, string>;
}

/** The error envelope with this status and code. */
export const refusal = (status: number, code: number, message: string, headers?: Record<string, string>): Envelope => ({
  status,
  body: { code, message, data: null },
  headers,
});

/** A request that passed every check. */
export interface AcceptedRequest {
  /** `x-authing-userpool-id`; null where the spec lets the request leave it out (the token names the pool). */
  userPoolId: string | null;
  /** The bearer token, valid or not. */
  bearer: string | undefined;
  /** The JSON body (`{}` for a GET, or a POST that needs and sent none), identifiers in their stored form. */
  body: Record<string, any>;
}

/** A request: its headers, and its body already read within the body bound. */
export interface ReadRequest {
  headers: Headers;
  bodyText: string;
}

/** A GraphQL document with its layout removed: the same tokens, whatever the spaces and line breaks. */
const canonicalGraphql = (document: string) => document.replace(/\s*([{}():,!$=])\s*/g, '$1').replace(/\s+/g, ' ').trim();

/** The parts of a body that carry identifiers, with the prefix that names their fields: the body, a registration's profile. */
const identifierParts = (body: Record<string, any>) =>
  ([['', body], ['profile.', body.profile]] as const).filter(([, fields]) => fields && typeof fields === 'object' && !Array.isArray(fields));

/** A value for a response header, whatever the text: JSON with every character outside printable ASCII escaped. */
const headerSafeJson = (value: unknown) => JSON.stringify(value).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The 400 of a body the spec refuses, its reasons in `sl-violations` as the contract mock sends them. */
const invalid = (violations: Array<{ location: string[]; code?: number; message: string }>) =>
  refusal(400, ErrorCodes.INCOMPLETE_PARAMETERS, 'Incomplete or invalid request parameters', {
    'sl-violations': headerSafeJson(violations.map((violation) => ({ severity: 'Error', ...violation }))),
  });

/** JSON by its media type: `application/json`, or any `+json` type, whatever the letter case and parameters. */
const isJsonType = (contentType: string | null) => !!contentType && /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(contentType.trim());

/** The body of a POST as JSON, or the refusal of its content type or text. */
function parsedBody(operation: OperationInfo, { headers, bodyText }: ReadRequest): { body: Record<string, any> } | { refused: Envelope } {
  // A body the spec needs none of may be left out (Authing's Flutter SDK sends none), with or without a content type.
  if (bodyText === '' && !operation.bodyRequired) return { body: {} };
  const contentType = headers.get('content-type');
  if (contentType !== null && !isJsonType(contentType)) {
    return { refused: invalid([{ location: ['request'], code: 415, message: 'Supported content types: application/json' }]) };
  }
  // Without a content type nothing says the text is JSON: refused as the contract mock refuses it.
  if (contentType === null) return { refused: invalid([{ location: ['request', 'body'], message: 'Request body must be object' }]) };
  try {
    return { body: JSON.parse(bodyText) };
  } catch {
    return { refused: refusal(400, ErrorCodes.INCOMPLETE_PARAMETERS, 'The body is not JSON') };
  }
}

/** `request` accepted for `operation`, or the answer that refuses it. `checkBody` gives the spec's violations of a body. */
export function acceptRequest(operation: OperationInfo, request: ReadRequest, checkBody: (operation: OperationInfo, body: unknown) => string[]): AcceptedRequest | Envelope {
  const userPoolId = request.headers.get('x-authing-userpool-id') || null;
  if (!userPoolId && operation.poolHeaderRequired) return refusal(401, ErrorCodes.NOT_LOGGED_IN, 'x-authing-userpool-id is required');
  const bearer = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
  if (operation.auth === 'required' && !bearer) return refusal(401, ErrorCodes.NOT_LOGGED_IN, 'Not signed in');
  if (operation.method !== 'post') return { userPoolId, bearer, body: {} };

  const parsed = parsedBody(operation, request);
  if ('refused' in parsed) return parsed.refused;
  const { body } = parsed;
  if (nestedDeeperThan(body, MAX_DEPTH)) return refusal(400, ErrorCodes.INCOMPLETE_PARAMETERS, `The body nests objects or arrays deeper than ${MAX_DEPTH} levels`);
  // The emulator's /graphql/v2 knows the one document Authing's SDKs send there; any other gets a GraphQL error.
  const { graphqlDocument } = operation;
  if (graphqlDocument && typeof body?.query === 'string' && canonicalGraphql(body.query) !== canonicalGraphql(graphqlDocument)) {
    const shown = body.query.replace(/\s+/g, ' ').slice(0, 120);
    return refusal(200, ErrorCodes.INCOMPLETE_PARAMETERS, `The emulator's /graphql/v2 answers only the removeUdv mutation that Authing's SDKs send, not: ${shown}`);
  }
  const violations = checkBody(operation, body);
  if (violations.length) return invalid(violations.map((message) => ({ location: ['request', 'body'], message })));
  for (const [prefix, fields] of identifierParts(body)) {
    const field = fieldWithInvisibleCharacter(fields);
    if (field) return refusal(200, ErrorCodes.INCOMPLETE_PARAMETERS, `${prefix}${field} ${INVISIBLE_CHARACTER_RULE}`);
  }
  // Emails are case-insensitive: the service stores and looks them up lower-cased.
  for (const [, fields] of identifierParts(body)) normaliseIdentifiers(fields);
  return { userPoolId, bearer, body };
}
