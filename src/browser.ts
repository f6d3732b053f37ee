/**
 * What only browsers need: the `localStorage` token store, which keeps the user signed in across reloads
 * and in step across the tabs of one origin. Import it from `authing-rest-sdk/browser`.
 *
 * @packageDocumentation
 * @mergeModuleWith <project>
 */
export { localStorageStore } from './local-storage-store.js';
