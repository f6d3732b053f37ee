/** Runs async work under fake timers, jumping from timer to timer until it settles, and reports the fake time it took. */
import { vi } from 'vitest';

export type Outcome<T> = { status: 'fulfilled'; value: T } | { status: 'rejected'; reason: unknown } | { status: 'hung' };

const macrotask = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * `work` under fake `setTimeout`/`Date` (set up by the caller with `vi.useFakeTimers`). Returns 'hung' when
 * it has not settled and nothing is left that could settle it (no timer pending for 3 s of real time),
 * or after `maxTimers` timers.
 */
export async function settleWithFakeTime<T>(work: () => Promise<T>, maxTimers = 500): Promise<{ outcome: Outcome<T>; elapsedMs: number }> {
  const start = Date.now();
  let outcome: Outcome<T> | undefined;
  work().then(
    (value) => (outcome = { status: 'fulfilled', value }),
    (reason) => (outcome = { status: 'rejected', reason }),
  );
  for (let fired = 0; !outcome && fired < maxTimers; fired++) {
    for (let turn = 0; turn < 5 && !outcome; turn++) await macrotask();
    if (outcome) break;
    if (vi.getTimerCount() === 0) {
      // Nothing scheduled: only real I/O (a module loading, say) can still settle it. Give that real time.
      const deadline = performance.now() + 3000;
      while (!outcome && vi.getTimerCount() === 0 && performance.now() < deadline) await macrotask();
      if (outcome) break;
      if (vi.getTimerCount() === 0) return { outcome: { status: 'hung' }, elapsedMs: Date.now() - start };
    }
    await vi.advanceTimersToNextTimerAsync();
  }
  return { outcome: outcome ?? { status: 'hung' }, elapsedMs: Date.now() - start };
}
