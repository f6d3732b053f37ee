/**
 * Vitest global setup whose teardown runs after every test: a test suite that could not run here is
 * reported last, where a contributor reads the outcome, not in the scroll above it.
 */
import { browserSkipReason } from '../support/browser.ts';

export default function setup(): () => void {
  return () => {
    const reason = browserSkipReason();
    if (reason) console.warn(`\n${'!'.repeat(100)}\n${reason}\n${'!'.repeat(100)}\n`);
  };
}
