/**
 * The spec this package ships, beside dist/ (and beside src/ in its repository). Here, one folder below
 * the package, so that the same relative path holds from the sources and from the built files.
 */
export const shippedSpec = new URL('../openapi.json', import.meta.url);
