/**
 * User-defined data: values travel as strings on the wire and are decoded by their data type. The three
 * calls and their codec are a chunk of their own (`udv-codec`), loaded on the first call that needs it, before anything is sent (so
 * that no answer waits on a module load, and a load failure costs no request); it throws the SDK's errors
 * through the main entry's {@link chunkErrors}.
 */
export type { UdvClient } from './udv-codec.js';
export type { DecodedUdv, UdvInputValue, UdvValueTypes } from './udv-types.js';

/** Loads the codec (once; later calls find it loaded). */
export const loadUdv = () => import('./udv-codec.js');
