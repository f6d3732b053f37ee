/**
 * Hostile servers, injected through the `fetch` option: whatever they answer (any status from 100 to
 * 599, any body, bodies that stall or break, any Retry-After), every call resolves with data of the
 * documented shape or rejects with an AuthingError, within timeoutMs × (maxRetries + 1) plus the waits
 * between attempts; it never hangs, never rejects unhandled, and no error shows a secret of the request.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { AuthenticationClient, AuthingError, isAuthingError } from '../../src/index.ts';
import { loadUdv } from '../../src/udv.ts';
import { settleWithFakeTime } from '../support/fake-time.ts';
import { renderings } from '../support/leaks.ts';
import { testPublicKey } from '../support/rsa.ts';

const RUNS = 1000;
const TIMEOUT_MS = 50;
/** How long an attempt may last: its timeout, plus up to 1/16 by which back-to-back attempts share a deadline. */
const ATTEMPT_LIMIT_MS = Math.ceil((TIMEOUT_MS * 17) / 16);
const MAX_RETRY_WAIT_MS = 60_000;

type BodyPlan =
  | { kind: 'success' }
  | { kind: 'api-error'; code: number; echo: boolean }
  | { kind: 'text'; text: string; echo: boolean }
  | { kind: 'json'; value: unknown }
  | { kind: 'empty' }
  | { kind: 'huge' }
  | { kind: 'stall' }
  | { kind: 'reset' }
  | { kind: 'hang' }
  | { kind: 'reject'; echo: boolean };

interface AnswerPlan {
  status: number;
  retryAfter: string | undefined;
  body: BodyPlan;
}

const method = fc.constantFrom('getCurrentUser', 'loginByEmail', 'listUdv', 'checkLoginStatus', 'sendSmsCode');

const bodyPlan: fc.Arbitrary<BodyPlan> = fc.oneof(
  { weight: 3, arbitrary: fc.constant({ kind: 'success' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('api-error' as const), code: fc.integer({ min: -5, max: 99999 }), echo: fc.boolean() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('text' as const),
      text: fc.oneof(
        fc.string(),
        fc.constantFrom('<html><body><h1>502 Bad Gateway</h1></body></html>', '{"code":200,"message":"ok","da', 'null', '[]', '"text"', '{"code":"200"}'),
      ),
      echo: fc.boolean(),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('json' as const),
      value: fc.oneof(
        fc.jsonValue(),
        fc.record({ code: fc.constantFrom(200, '200', null), message: fc.jsonValue(), data: fc.jsonValue() }, { requiredKeys: [] }),
      ),
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom<BodyPlan>({ kind: 'empty' }, { kind: 'huge' }, { kind: 'stall' }, { kind: 'reset' }, { kind: 'hang' }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reject' as const), echo: fc.boolean() }) },
);

const answerPlan: fc.Arbitrary<AnswerPlan> = fc.record({
  status: fc.oneof({ weight: 3, arbitrary: fc.constant(200) }, { weight: 2, arbitrary: fc.integer({ min: 100, max: 599 }) }, {
    weight: 1,
    arbitrary: fc.constantFrom(408, 429, 502, 503, 504),
  }),
  retryAfter: fc.option(
    fc.oneof(
      fc.integer({ min: -10, max: 200_000 }).map(String),
      fc.constantFrom('soon', '', '1e9', 'Infinity', 'NaN', 'Fri, 31 Dec 9999 23:59:59 GMT', 'Thu, 01 Jan 1970 00:00:00 GMT', '0.5'),
    ),
    { nil: undefined },
  ),
  body: bodyPlan,
});

/** The data a well-behaved server returns for each method. */
const SUCCESS_DATA: Record<string, unknown> = {
  getCurrentUser: { id: 'u1', nickname: 'N' },
  loginByEmail: { id: 'u1', token: 'SERVER_TOKEN' },
  listUdv: [{ key: 'age', dataType: 'NUMBER', value: '15', label: 'Age' }],
  checkLoginStatus: { code: 200, message: 'ok', status: true },
  sendSmsCode: null,
};

/** The documented top-level shape of each method's result. */
function hasDocumentedShape(name: string, result: unknown): boolean {
  const isObject = typeof result === 'object' && result !== null && !Array.isArray(result);
  switch (name) {
    case 'getCurrentUser':
    case 'loginByEmail':
      return isObject && typeof (result as { id?: unknown }).id !== 'undefined';
    case 'listUdv':
      return Array.isArray(result);
    case 'checkLoginStatus':
      return isObject && ['code', 'message', 'status'].every((field) => field in (result as object));
    default:
      return result === null || isObject;
  }
}

function respond(plan: AnswerPlan, name: string, secrets: string[], signal: AbortSignal | undefined): Promise<Response> {
  const echo = (on: boolean) => (on ? ` ${secrets.join(' ')} ` : '');
  const abortable = <T>(settle: (reject: (reason: unknown) => void) => T) =>
    new Promise<never>((_resolve, reject) => {
      settle(reject);
      signal?.addEventListener('abort', () => reject(signal.reason ?? new DOMException('aborted', 'AbortError')), { once: true });
    });
  const { body } = plan;
  if (body.kind === 'hang') return abortable(() => {});
  if (body.kind === 'reject') return Promise.reject(new TypeError(`fetch failed${echo(body.echo)}`));

  let text: string | undefined;
  let stream: ReadableStream<Uint8Array> | undefined;
  const encoder = new TextEncoder();
  switch (body.kind) {
    case 'success':
      text = JSON.stringify({ code: 200, message: 'ok', data: SUCCESS_DATA[name] });
      break;
    case 'api-error':
      text = JSON.stringify({ code: body.code, message: `failed${echo(body.echo)}`, data: null });
      break;
    case 'text':
      text = body.text + echo(body.echo);
      break;
    case 'json':
      text = JSON.stringify(body.value);
      break;
    case 'empty':
      text = '';
      break;
    case 'huge':
      text = JSON.stringify({ code: 200, message: 'ok', data: { id: 'u1', blob: 'x'.repeat(1 << 20) } });
      break;
    case 'stall':
      stream = new ReadableStream({
        start(controller) {
          controller.enqueue(encoder.encode('{"code":200,'));
          signal?.addEventListener('abort', () => controller.error(signal.reason), { once: true });
        },
      });
      break;
    case 'reset':
      stream = new ReadableStream({
        start(controller) {
          controller.enqueue(encoder.encode('{"code":200,"message":"ok","data":{"id"'));
          controller.error(new TypeError(`terminated${echo(true)}`));
        },
      });
      break;
  }
  const headers = new Headers({ 'content-type': 'application/json' });
  if (plan.retryAfter !== undefined) headers.set('retry-after', plan.retryAfter);
  if (plan.status < 200) {
    // `new Response` refuses 1xx statuses; a fetch implementation could still hand one over.
    const bodyText = text ?? '';
    return Promise.resolve({ status: plan.status, ok: false, headers, body: null, text: async () => bodyText, json: async () => JSON.parse(bodyText) } as unknown as Response);
  }
  return Promise.resolve(new Response(stream ?? (plan.status === 204 || plan.status === 205 || plan.status === 304 ? null : text), { status: plan.status, headers }));
}

function call(client: AuthenticationClient, name: string, password: string): Promise<unknown> {
  switch (name) {
    case 'getCurrentUser':
      return client.getCurrentUser();
    case 'loginByEmail':
      return client.loginByEmail({ email: 'a@b.c', password });
    case 'listUdv':
      return client.listUdv();
    case 'checkLoginStatus':
      return client.checkLoginStatus();
    default:
      return client.sendSmsCode({ phone: '18812345678' });
  }
}

describe('hostile responses', () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    // The user-defined-data codec loads once per process, in real time; the time bound is about answers.
    await loadUdv();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  });
  afterAll(() => {
    vi.useRealTimers();
    process.off('unhandledRejection', onUnhandled);
  });

  it(`resolve with documented data or reject typed, within the time bound, leaking no secret (${RUNS} cases)`, async () => {
    const secret = fc.stringMatching(/^[A-Za-z0-9]{12,20}$/);
    await fc.assert(
      fc.asyncProperty(
        method,
        fc.array(answerPlan, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom<'none' | 'rsa'>('none', 'rsa'),
        secret,
        // A JWT, so that listUdv can read the user id from it.
        secret.map((sub) => `eyJhbGciOiJub25lIn0.${Buffer.from(JSON.stringify({ sub })).toString('base64url')}.sig`),
        async (name, answers, maxRetries, encryptPassword, password, token) => {
          let attempt = 0;
          const sentPasswords: string[] = [];
          const client = new AuthenticationClient({
            userPoolId: 'POOL',
            token,
            publicKey: testPublicKey,
            encryptPassword,
            timeoutMs: TIMEOUT_MS,
            maxRetries,
            fetch: async (input, init) => {
              const request = input as Request;
              // The server echoes back everything it was sent: the request body (with the password as sent) and the token.
              const sent = request.body ? await request.clone().text() : '';
              const sentPassword = sent ? (JSON.parse(sent) as { password?: string }).password : undefined;
              if (sentPassword) sentPasswords.push(sentPassword);
              const echoed = [sent, request.headers.get('authorization') ?? ''];
              return respond(answers[Math.min(attempt++, answers.length - 1)]!, name, echoed, init?.signal ?? request.signal);
            },
          });
          const { outcome, elapsedMs } = await settleWithFakeTime(() => call(client, name, password));
          expect(outcome.status, `hung on ${JSON.stringify(answers)}`).not.toBe('hung');
          const retries = name === 'getCurrentUser' || name === 'listUdv' || name === 'checkLoginStatus' ? maxRetries : 0;
          expect(attempt).toBeLessThanOrEqual(retries + 1);
          expect(elapsedMs).toBeLessThanOrEqual(ATTEMPT_LIMIT_MS * (retries + 1) + retries * MAX_RETRY_WAIT_MS);
          if (outcome.status === 'fulfilled') {
            expect(hasDocumentedShape(name, outcome.value), JSON.stringify(outcome.value)?.slice(0, 200)).toBe(true);
          } else if (outcome.status === 'rejected') {
            expect(outcome.reason).toBeInstanceOf(AuthingError);
            expect(isAuthingError(outcome.reason)).toBe(true);
            const shown = renderings(outcome.reason);
            for (const value of [password, token, ...sentPasswords]) expect(shown.includes(value), `${value} shown in ${shown.slice(0, 300)}`).toBe(false);
          }
        },
      ),
      { numRuns: RUNS },
    );
    expect(unhandled).toEqual([]);
  }, 120_000);
});
