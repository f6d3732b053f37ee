/** Timeouts, retries and aborts: which calls are retried, how long they wait, and how they end. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthenticationClient, AuthingAbortError, AuthingHttpError, AuthingNetworkError, AuthingTimeoutError } from '../../src/index.ts';
import { retryAfterMs } from '../../src/transport.ts';
import { fakeClient } from '../support/fake-client.ts';
import { example, hang, json, ok, type Handler } from '../support/fake-fetch.ts';
import { loginToken as token } from '../support/tokens.ts';

const user = example('getCurrentUser').data;

/** Answers from `answers` in turn, then keeps answering with the last one. */
const sequence = (...answers: Array<() => Response | Promise<Response>>): Handler => {
  let index = 0;
  return () => answers[Math.min(index++, answers.length - 1)]!();
};

/** Runs `work` under fake timers, advancing them until it settles; returns the outcome and the fake time spent. */
async function withFakeTime<T>(work: () => Promise<T>): Promise<{ outcome: PromiseSettledResult<T>; elapsed: number }> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  const start = Date.now();
  const settled = work().then(
    (value) => ({ status: 'fulfilled', value }) as const,
    (reason) => ({ status: 'rejected', reason }) as const,
  );
  let outcome: PromiseSettledResult<T> | undefined;
  void settled.then((result) => (outcome = result));
  for (let step = 0; step < 1000 && !outcome; step++) await vi.advanceTimersByTimeAsync(100);
  const elapsed = Date.now() - start;
  vi.useRealTimers();
  return { outcome: outcome ?? (await settled), elapsed };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('retries', () => {
  it.each([408, 429, 502, 503, 504])('retries an idempotent GET after %i, then succeeds', async (status) => {
    const { client: c, wire } = fakeClient(sequence(() => json({}, status), () => ok(user)), { token });
    const { outcome } = await withFakeTime(() => c.getCurrentUser());
    expect(outcome).toMatchObject({ status: 'fulfilled', value: { id: user.id } });
    expect(wire.requests).toHaveLength(2);
  });

  it('retries an idempotent POST with its body intact', async () => {
    const { client: c, wire } = fakeClient(sequence(() => Promise.reject(new TypeError('fetch failed')), () => json(example('listUdv'))), { token });
    const { outcome } = await withFakeTime(() => c.listUdv());
    expect(outcome.status).toBe('fulfilled');
    expect(wire.requests).toHaveLength(2);
    expect(wire.requests[1]!.body).toEqual(wire.requests[0]!.body);
  });

  it('gives up after maxRetries and reports the last failure', async () => {
    const { client: c, wire } = fakeClient(() => json({ error: 'unavailable' }, 503), { token, maxRetries: 3 });
    const { outcome } = await withFakeTime(() => c.getCurrentUser());
    expect(outcome).toMatchObject({ status: 'rejected', reason: expect.any(AuthingHttpError) });
    expect(wire.requests).toHaveLength(4);
  });

  it('waits with growing, jittered backoff between attempts', async () => {
    const { client: c } = fakeClient(() => json({}, 503), { token, maxRetries: 2 });
    const { elapsed } = await withFakeTime(() => c.getCurrentUser());
    // 500 ms then 1000 ms, each minus up to 25% jitter, in 100 ms steps.
    expect(elapsed).toBeGreaterThanOrEqual(1100);
    expect(elapsed).toBeLessThanOrEqual(1700);
  });

  it('honours Retry-After when it asks for longer than the backoff', async () => {
    const { client: c } = fakeClient(sequence(() => json({}, 429, { 'retry-after': '3' }), () => ok(user)), { token });
    const { outcome, elapsed } = await withFakeTime(() => c.getCurrentUser());
    expect(outcome.status).toBe('fulfilled');
    expect(elapsed).toBeGreaterThanOrEqual(3000);
    expect(elapsed).toBeLessThan(3500);
  });

  it('does not wait for a Retry-After of more than a minute: the answer is the error', async () => {
    const { client: c, wire } = fakeClient(() => json({}, 503, { 'retry-after': '86400' }), { token });
    const { outcome, elapsed } = await withFakeTime(() => c.getCurrentUser());
    expect(outcome).toMatchObject({ status: 'rejected', reason: { status: 503 } });
    expect(wire.requests).toHaveLength(1);
    expect(elapsed).toBeLessThan(200);
  });

  it.each([
    ['loginByEmail', (c: AuthenticationClient) => c.loginByEmail({ email: 'a@b.c', password: 'passw0rd' })],
    ['registerByEmail', (c: AuthenticationClient) => c.registerByEmail({ email: 'a@b.c', password: 'passw0rd' })],
    ['sendSmsCode', (c: AuthenticationClient) => c.sendSmsCode({ phone: '18812345678' })],
    ['resetPasswordByEmailCode', (c: AuthenticationClient) => c.resetPasswordByEmailCode({ email: 'a@b.c', code: '1234', newPassword: 'x12345' })],
    ['updateProfile', (c: AuthenticationClient) => c.updateProfile({ nickname: 'N' })],
    ['bindPhone', (c: AuthenticationClient) => c.bindPhone({ phone: '1', phoneCode: '1' })],
    ['unbindPhone', (c: AuthenticationClient) => c.unbindPhone()],
    ['refreshToken', (c: AuthenticationClient) => c.refreshToken()],
    ['setUdv', (c: AuthenticationClient) => c.setUdv({ key: 'age', value: 1 })],
  ])('never retries %s', async (_name, call) => {
    const { client: c, wire } = fakeClient(() => json({}, 503), { token });
    await expect(call(c)).rejects.toBeInstanceOf(AuthingHttpError);
    expect(wire.requests).toHaveLength(1);
  });

  it('does not retry business errors', async () => {
    const { client: c, wire } = fakeClient(() => json(example('getCurrentUser', 'loginExpired')), { token });
    await expect(c.getCurrentUser()).rejects.toMatchObject({ code: 2206 });
    expect(wire.requests).toHaveLength(1);
  });
});

describe('timeouts', () => {
  it('times out an attempt that gets no answer', async () => {
    const { client: c } = fakeClient(hang, { token, maxRetries: 0, timeoutMs: 30 });
    const error = await c.getCurrentUser().catch((caught) => caught);
    expect(error).toBeInstanceOf(AuthingTimeoutError);
    expect(error.timeoutMs).toBe(30);
  });

  it('times out a body that stalls after the headers', async () => {
    const { client: c } = fakeClient(
      (_request, _recorded, init) =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"code":200,'));
              init?.signal?.addEventListener('abort', () => controller.error(init.signal!.reason));
            },
          }),
          { status: 200 },
        ),
      { token, maxRetries: 0, timeoutMs: 30 },
    );
    await expect(c.getCurrentUser()).rejects.toBeInstanceOf(AuthingTimeoutError);
  });

  it('uses the per-call timeoutMs over the client default', async () => {
    const { client: c } = fakeClient(hang, { token, maxRetries: 0, timeoutMs: 60_000 });
    await expect(c.getCurrentUser({ timeoutMs: 20 })).rejects.toMatchObject({ kind: 'timeout', timeoutMs: 20 });
  });

  it('retries an idempotent call after a timeout, within (timeoutMs + 1/16) × attempts plus backoff', async () => {
    const { client: c, wire } = fakeClient(hang, { token, maxRetries: 2, timeoutMs: 1000 });
    const { outcome, elapsed } = await withFakeTime(() => c.getCurrentUser());
    expect(outcome).toMatchObject({ status: 'rejected', reason: expect.any(AuthingTimeoutError) });
    expect(wire.requests).toHaveLength(3);
    expect(elapsed).toBeLessThanOrEqual(3 * (1000 + 1000 / 16) + 500 + 1000 + 100);
  });

  it('leaves no timer that holds the process open after calls', async () => {
    const timers = () => process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
    const before = timers();
    const { client: c } = fakeClient(() => ok(user), { token });
    await c.getCurrentUser();
    await c.api.GET('/api/v2/users/me');
    expect(timers()).toBeLessThanOrEqual(before);
  });

  it('times out calls in flight together, each at its own deadline, with one client', async () => {
    const { client: c } = fakeClient(hang, { token, maxRetries: 0, timeoutMs: 60_000 });
    const started = performance.now();
    const outcomes = await Promise.allSettled([c.getCurrentUser({ timeoutMs: 30 }), c.getCurrentUser({ timeoutMs: 90 }), c.getCurrentUser({ timeoutMs: 60 })]);
    expect(outcomes.map((outcome) => (outcome as PromiseRejectedResult).reason?.timeoutMs)).toEqual([30, 90, 60]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('times out the call that hangs, not the concurrent call answered in time that shared its deadline', async () => {
    let calls = 0;
    const answer: Handler = (request, recorded, init) => {
      if (calls++ === 0) return hang(request, recorded, init);
      // Sent with a signal aborted already, a real fetch fails at once.
      return init?.signal?.aborted ? Promise.reject(init.signal.reason) : ok(user);
    };
    const { client: c } = fakeClient(answer, { token, maxRetries: 0, timeoutMs: 50 });
    const hanging = c.getCurrentUser().catch((caught) => caught);
    const answered = await c.getCurrentUser();
    expect(answered).toMatchObject({ id: user.id });
    expect(await hanging).toBeInstanceOf(AuthingTimeoutError);
    // The deadline the two shared has passed: a later call gets a fresh one and is answered.
    expect(await c.getCurrentUser()).toMatchObject({ id: user.id });
  });
});

describe('abort', () => {
  it("aborts only the caller's call, not a concurrent call of the same client", async () => {
    const controller = new AbortController();
    const slow: Handler = (_request, _recorded, init) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => resolve(ok(user)), 30);
        init?.signal?.addEventListener('abort', () => (clearTimeout(timer), reject(init.signal!.reason)), { once: true });
      });
    const { client: c } = fakeClient(slow, { token, maxRetries: 0 });
    const aborted = c.getCurrentUser({ signal: controller.signal });
    const other = c.getCurrentUser();
    controller.abort();
    await expect(aborted).rejects.toBeInstanceOf(AuthingAbortError);
    await expect(other).resolves.toMatchObject({ id: user.id });
  });

  it('rejects with AuthingAbortError when the caller aborts, and does not retry', async () => {
    const controller = new AbortController();
    const { client: c, wire } = fakeClient(hang, { token, maxRetries: 2 });
    const pending = c.getCurrentUser({ signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    await expect(pending).rejects.toBeInstanceOf(AuthingAbortError);
    expect(wire.requests).toHaveLength(1);
  });

  it('does not send when the signal is already aborted', async () => {
    const { client: c, wire } = fakeClient(hang, { token });
    await expect(c.getCurrentUser({ signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AuthingAbortError);
    expect(wire.requests).toHaveLength(0);
  });

  it('stops waiting for a retry when the caller aborts during the backoff', async () => {
    const controller = new AbortController();
    const { client: c, wire } = fakeClient(() => json({}, 503), { token, maxRetries: 2 });
    const pending = c.getCurrentUser({ signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toBeInstanceOf(AuthingAbortError);
    expect(wire.requests).toHaveLength(1);
  });
});

describe('Retry-After parsing', () => {
  it.each([
    ['2', 2000],
    ['0', 0],
    [' 1.5 ', 1500],
    ['-1', undefined],
    ['soon', undefined],
    ['', undefined],
    [null, undefined],
  ])('%j → %j ms', (header, expected) => {
    expect(retryAfterMs(header)).toBe(expected);
  });

  it('reads an HTTP date', () => {
    const now = Date.parse('2026-11-28T00:00:00Z');
    expect(retryAfterMs('Sat, 28 Nov 2026 00:00:05 GMT', now)).toBe(5000);
    expect(retryAfterMs('Fri, 27 Nov 2026 00:00:00 GMT', now)).toBe(0);
  });
});

describe('network errors', () => {
  it('a non-idempotent call fails at once with AuthingNetworkError', async () => {
    const { client: c, wire } = fakeClient(() => Promise.reject(new TypeError('fetch failed')), { token });
    await expect(c.loginByEmail({ email: 'a@b.c', password: 'passw0rd' })).rejects.toBeInstanceOf(AuthingNetworkError);
    expect(wire.requests).toHaveLength(1);
  });
});
