/** One timer per client for all its attempts' deadlines; back-to-back attempts share a deadline and its signal. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Deadlines } from '../../src/deadlines.ts';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Deadlines', () => {
  it('expires each waited-on deadline once, at its time, whatever the order they were joined in', async () => {
    const deadlines = new Deadlines();
    const joined = [300, 100, 200].map((ms) => ({ ms, deadline: deadlines.join(ms, true) }));
    const aborted = () => joined.filter(({ deadline }) => deadline.controller.signal.aborted).map(({ ms }) => ms);
    await vi.advanceTimersByTimeAsync(150);
    expect(aborted()).toEqual([100]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(aborted()).toEqual([300, 100, 200]);
  });

  it('does not expire a deadline every attempt left', async () => {
    const deadlines = new Deadlines();
    const deadline = deadlines.join(100, false);
    deadlines.leave(deadline);
    await vi.advanceTimersByTimeAsync(1000);
    expect(deadline.controller.signal.aborted).toBe(false);
  });

  it('lets back-to-back attempts share a deadline and its signal, at most ten, never earlier than each asked', () => {
    const deadlines = new Deadlines();
    const seen = new Set<AbortSignal>();
    for (let attempt = 0; attempt < 100; attempt++) {
      const asked = performance.now() + 10_000;
      const deadline = deadlines.join(10_000, false);
      expect(deadline.at).toBeGreaterThanOrEqual(asked);
      expect(deadline.at).toBeLessThanOrEqual(asked + 10_000 / 16);
      seen.add(deadline.controller.signal);
      deadlines.leave(deadline);
      vi.advanceTimersByTime(1);
    }
    expect(seen.size).toBe(10);
  });

  it('gives an attempt that is aborted alone a deadline of its own, shared with nobody', () => {
    const deadlines = new Deadlines();
    const shared = deadlines.join(1000, false);
    const alone = deadlines.join(1000, true);
    expect(alone).not.toBe(shared);
    expect(alone.at).toBe(performance.now() + 1000 + 1000 / 16);
    expect(deadlines.join(1000, false)).toBe(shared);
    expect(deadlines.join(1000, true)).not.toBe(alone);
  });

  it("does not share a deadline that would end before a later attempt's limit, or one more than 1/16 later", () => {
    const deadlines = new Deadlines();
    const first = deadlines.join(1000, false);
    expect(deadlines.join(2000, false)).not.toBe(first);
    const long = deadlines.join(16_000, false);
    expect(deadlines.join(1000, false)).not.toBe(long);
  });

  it('aborts a shared signal when the deadline passes with an attempt waiting, and stops sharing it', async () => {
    const deadlines = new Deadlines();
    const finished = deadlines.join(1000, false);
    deadlines.leave(finished);
    const waiting = deadlines.join(1000, false);
    expect(waiting).toBe(finished);
    await vi.advanceTimersByTimeAsync(1100);
    expect(waiting.controller.signal.aborted).toBe(true);
    expect(deadlines.join(1000, false)).not.toBe(waiting);
  });

  it('arms one timer for back-to-back calls', () => {
    const deadlines = new Deadlines();
    for (let call = 0; call < 100; call++) deadlines.leave(deadlines.join(10_000, false));
    expect(vi.getTimerCount()).toBeLessThanOrEqual(1);
  });

  it('clears the timer once nothing waits where timers cannot be unref-ed (browsers)', () => {
    const realSetTimeout = globalThis.setTimeout;
    // A browser's setTimeout returns a number, which has no unref().
    const numeric = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: () => void, ms: number) => Number(realSetTimeout(callback, ms))) as never);
    try {
      const deadlines = new Deadlines();
      deadlines.leave(deadlines.join(10_000, false));
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      numeric.mockRestore();
    }
  });
});

describe('Deadlines and the clock moving between two reads', () => {
  it('never hands setTimeout a negative delay, even when the next deadline passes while the timer is re-armed', () => {
    vi.useRealTimers();
    // performance.now() as it reads during join, arm, join, arm, fire and arm: the last read comes after
    // the deadline the fire found still ahead.
    const reads = [0, 0, 1, 1, 5.0, 5.5];
    const now = vi.spyOn(performance, 'now').mockImplementation(() => reads.shift() ?? 6);
    const armed: Array<{ fire: () => void; delay: number }> = [];
    const timer = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fire: () => void, delay: number) => {
      armed.push({ fire, delay });
      return { unref: () => true } as never;
    }) as never);
    const clear = vi.spyOn(globalThis, 'clearTimeout').mockImplementation(() => {});
    try {
      const deadlines = new Deadlines();
      deadlines.join(10, true); // at 10.625
      const soon = deadlines.join(3.8, true); // at 5.0375: re-arms
      armed.at(-1)!.fire(); // at 5.0, `soon` is still ahead; re-armed when the clock reads 5.5
      expect(armed.map(({ delay }) => delay).every((delay) => delay >= 0)).toBe(true);
      expect(armed.at(-1)!.delay).toBe(0);
      expect(soon.controller.signal.aborted).toBe(false);
    } finally {
      now.mockRestore();
      timer.mockRestore();
      clear.mockRestore();
    }
  });
});
