/**
 * Every example of examples/ runs green against the contract mock. In-process, for speed: each example
 * is imported afresh with the environment `npm run examples` gives it (which runs them as processes).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exampleNames } from '../../scripts/lib/examples.ts';
import { documentedMethods } from '../fixtures/authing-endpoints.ts';
import { apiBaseUrl, apiIsMock, loginToken } from '../support/contract.ts';

describe.runIf(apiIsMock)('examples', () => {
  const saved = { ...process.env };
  beforeAll(() => {
    Object.assign(process.env, { AUTHING_HOST: apiBaseUrl, AUTHING_USER_POOL_ID: 'demo', AUTHING_TOKEN: loginToken });
  });
  afterAll(() => {
    process.env = saved;
  });

  it('has one example per documented method, and one of middleware', () => {
    expect(exampleNames()).toEqual([...documentedMethods.map(({ method }) => method), 'middleware'].sort());
  });

  it.each(exampleNames())('%s', async (name) => {
    vi.resetModules();
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args) => void lines.push(args.join(' ')));
    try {
      await import(`../../examples/${name}.ts`);
    } finally {
      log.mockRestore();
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]!.length).toBeGreaterThan(5);
  });
});
