/**
 * Vitest global setup: the server the contract suite talks to. By default a fresh Prism on a free port,
 * stopped on every exit path; `TEST_API_BASE_URL` points the same suite at another server instead.
 */
import type { TestProject } from 'vitest/node';
import { startPrism } from '../../scripts/lib/prism.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the server under contract test. */
    apiBaseUrl: string;
    /** True when that server is our Prism mock (named examples can be selected). */
    apiIsMock: boolean;
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | void> {
  const external = process.env.TEST_API_BASE_URL;
  if (external) {
    project.provide('apiBaseUrl', external.replace(/\/$/, ''));
    project.provide('apiIsMock', false);
    return;
  }
  const prism = await startPrism();
  project.provide('apiBaseUrl', prism.url);
  project.provide('apiIsMock', true);
  return () => prism.stop();
}
