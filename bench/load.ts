/** A bounded load on a server: a fixed number of concurrent callers, back to back, for a fixed time. */

/** What a load measured: answers per second, the median latency, and answers that were not a success. */
export interface Load {
  perSecond: number;
  p50Ms: number;
  failures: number;
}

/** How long and how wide a load is. */
export interface LoadShape {
  seconds: number;
  concurrency: number;
}

/**
 * `concurrency` callers send `request` back to back until `seconds` have passed; bounded in time and
 * count. An answer counts as a failure unless it is HTTP 200 with an envelope of code 200.
 */
export async function load({ seconds, concurrency }: LoadShape, request: () => Promise<Response>): Promise<Load> {
  const latencies: number[] = [];
  let failures = 0;
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline && latencies.length < 2_000_000) {
        const start = performance.now();
        try {
          const response = await request();
          const body = (await response.json()) as { code?: number };
          if (response.status !== 200 || body.code !== 200) failures++;
        } catch {
          failures++;
        }
        latencies.push(performance.now() - start);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { perSecond: latencies.length / seconds, p50Ms: latencies[Math.floor(latencies.length / 2)] ?? 0, failures };
}
