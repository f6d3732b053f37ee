/** `npm run bundle:spec`: build/openapi.json, and the emulator's copy of it. */
import { bundleSpec } from './lib/bundle.ts';

bundleSpec();
