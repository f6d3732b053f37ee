/**
 * Times calls in interleaved rounds (every variant once per round, so drift and noise hit all alike) and
 * reports the median time per call of each. Timing is printed, never asserted: machines are noisy.
 */
import type { Call } from './calls.ts';

export interface Timing {
  medianMicros: number;
  rounds: number[];
}

export async function timeInterleaved(calls: Call[], { rounds = 15, callsPerRound = 500, warmup = 300 } = {}): Promise<Timing[]> {
  for (const call of calls) for (let i = 0; i < warmup; i++) await call();
  const perRound: number[][] = calls.map(() => []);
  for (let round = 0; round < rounds; round++) {
    // Rotate the order each round so no variant always runs first.
    for (let offset = 0; offset < calls.length; offset++) {
      const index = (round + offset) % calls.length;
      const call = calls[index]!;
      const start = performance.now();
      for (let i = 0; i < callsPerRound; i++) await call();
      perRound[index]!.push(((performance.now() - start) * 1000) / callsPerRound);
    }
  }
  return perRound.map((times) => {
    const sorted = [...times].sort((a, b) => a - b);
    return { medianMicros: sorted[Math.floor(sorted.length / 2)]!, rounds: times };
  });
}
