/**
 * How an SDK error says what it is: its kind, under a global symbol. Both the error classes and the
 * guards need it, and the guards must not load the classes (importing a guard alone stays tiny).
 */

/**
 * The global symbol under which every SDK error carries its kind.
 * @category Errors
 */
export const ERROR_BRAND: unique symbol = Symbol.for('authing-rest-sdk.error');

/**
 * What an SDK error is about; each kind has its own class.
 * @category Errors
 */
export type AuthingErrorKind = 'api' | 'http' | 'network' | 'timeout' | 'abort' | 'session' | 'invalid-response' | 'input' | 'middleware';
