/** Vitest global setup: bundles openapi/ into build/openapi.json so every suite reads the current spec. */
import { bundleSpec } from '../../scripts/lib/bundle.ts';

export default function setup(): void {
  bundleSpec();
}
