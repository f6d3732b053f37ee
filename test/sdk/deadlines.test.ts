/** One timer per client for all its calls' deadlines. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Deadlines } from '../../src/deadlines.ts';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Deadlines', () => {
  it('expires each deadline once, at its time, whatever the order they were added in', async () => {
    const deadlines = new Deadlines();
    const expired: string[] = [];
    deadlines.add(300, () => expired.push('300'));
    deadlines.add(100, () => expired.push('100'));
    deadlines.add(200, () => expired.push('200'));
    await vi.advanceTimersByTimeAsync(150);
    expect(expired).toEqual(['100']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(expired).toEqual(['100', '200', '300']);
  });

  it('does not expire a deadline that was removed', async () => {
    const deadlines = new Deadlines();
    const expire = vi.fn();
    deadlines.remove(deadlines.add(100, expire));
    await vi.advanceTimersByTimeAsync(1000);
    expect(expire).not.toHaveBeenCalled();
  });

  it('arms one timer for back-to-back calls', () => {
    const deadlines = new Deadlines();
    for (let call = 0; call < 100; call++) deadlines.remove(deadlines.add(10_000, () => {}));
    expect(vi.getTimerCount()).toBeLessThanOrEqual(1);
  });

  it('clears the timer once nothing waits where timers cannot be unref-ed (browsers)', () => {
    const realSetTimeout = globalThis.setTimeout;
    // A browser's setTimeout returns a number, which has no unref().
    const numeric = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: () => void, ms: number) => Number(realSetTimeout(callback, ms))) as never);
    try {
      const deadlines = new Deadlines();
      deadlines.remove(deadlines.add(10_000, () => {}));
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      numeric.mockRestore();
    }
  });
});
