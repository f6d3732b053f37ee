/**
 * What the SDK costs in a browser bundle: esbuild, minified ESM, gzip -9 and brotli. Deterministic for a
 * given source tree and toolchain, so the size test asserts it and the benchmark prints it.
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { repoRoot } from './paths.ts';

export interface Size {
  minified: number;
  gzip: number;
  brotli: number;
}

/**
 * Everything the main entry exports at run time but the `ErrorCodes` table: what an app that uses the
 * client, its errors, guards and stores ships. `ErrorCodes` is measured apart: an app pays for it only
 * when it imports it. The size test checks that this list is every runtime export but that one.
 */
export const CLIENT_EXPORTS = [
  'AuthenticationClient',
  'AuthingError',
  'AuthingApiError',
  'AuthingHttpError',
  'AuthingInvalidResponseError',
  'AuthingNetworkError',
  'AuthingTimeoutError',
  'AuthingAbortError',
  'AuthingSessionError',
  'AuthingInputError',
  'AuthingMiddlewareError',
  'BODY_EXCERPT_LIMIT',
  'ERROR_BRAND',
  'isAuthingError',
  'isAuthingApiError',
  'isAuthingHttpError',
  'isAuthingInvalidResponseError',
  'isAuthingNetworkError',
  'isAuthingTimeoutError',
  'isAuthingAbortError',
  'isAuthingSessionError',
  'isAuthingInputError',
  'isAuthingMiddlewareError',
  'memoryStore',
  'SDK_NAME',
  'SDK_VERSION',
];

export interface BundleSizes {
  /** {@link CLIENT_EXPORTS}, openapi-fetch included, minus the lazily loaded chunks. */
  wholeClient: Size;
  /** What importing `ErrorCodes` adds to it. */
  errorCodes: Size;
  /** Only the error guards. */
  guardsOnly: Size;
  /** The browser entry (`authing-rest-sdk/browser`): the localStorage store. */
  browserEntry: Size;
  /** The encryption chunk, loaded on the first password. */
  encryptionChunk: Size;
  /** The user-defined-data codec, loaded on the first user-defined-data call. */
  udvChunk: Size;
  /** openapi-fetch's createClient alone: the floor under any typed openapi-fetch client. */
  openapiFetch: Size;
  /** The main chunk, minified. */
  code: string;
  /** File names of the lazily loaded chunks. */
  lazyChunks: string[];
}

const measure = (code: string): Size => ({
  minified: Buffer.byteLength(code),
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

async function bundle(source: string): Promise<Map<string, string>> {
  const result = await build({
    stdin: { contents: source, resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    outdir: '/virtual',
    write: false,
    platform: 'neutral',
    target: 'es2022',
    logLevel: 'silent',
  });
  return new Map(result.outputFiles.map((file) => [file.path.replace('/virtual/', ''), file.text]));
}

export async function measureBundles(): Promise<BundleSizes> {
  const whole = await bundle(`export { ${CLIENT_EXPORTS.join(', ')} } from './src/index.ts';`);
  const withCodes = (await bundle(`export { ${CLIENT_EXPORTS.join(', ')}, ErrorCodes } from './src/index.ts';`)).get('stdin.js')!;
  const main = whole.get('stdin.js')!;
  // Lazy chunks are named after their module (rsa-HASH.js); shared code would land in chunk-HASH.js.
  const chunk = (prefix: string) => [...whole.entries()].filter(([name]) => name.startsWith(prefix)).map(([, code]) => code).join('\n');
  const guards = await bundle("export { isAuthingError, isAuthingApiError, isAuthingHttpError, isAuthingNetworkError, isAuthingTimeoutError, isAuthingAbortError, isAuthingSessionError, isAuthingInvalidResponseError, isAuthingInputError, isAuthingMiddlewareError } from './src/index.ts';");
  const floor = await bundle("export { default } from 'openapi-fetch';");
  const browserEntry = await bundle("export * from './src/browser.ts';");
  return {
    wholeClient: measure(main),
    errorCodes: { minified: measure(withCodes).minified - measure(main).minified, gzip: measure(withCodes).gzip - measure(main).gzip, brotli: measure(withCodes).brotli - measure(main).brotli },
    guardsOnly: measure(guards.get('stdin.js')!),
    browserEntry: measure(browserEntry.get('stdin.js')!),
    encryptionChunk: measure(chunk('rsa-')),
    udvChunk: measure(chunk('udv-codec-')),
    openapiFetch: measure(floor.get('stdin.js')!),
    code: main,
    lazyChunks: [...whole.keys()].filter((name) => name !== 'stdin.js'),
  };
}
