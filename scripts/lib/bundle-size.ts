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

export interface BundleSizes {
  /** Everything the main entry exports, openapi-fetch included, minus the lazily loaded encryption chunk. */
  wholeClient: Size;
  /** Only the error guards. */
  guardsOnly: Size;
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
  const whole = await bundle("export * from './src/index.ts';");
  const main = whole.get('stdin.js')!;
  // Lazy chunks are named after their module (rsa-HASH.js); shared code would land in chunk-HASH.js.
  const chunk = (prefix: string) => [...whole.entries()].filter(([name]) => name.startsWith(prefix)).map(([, code]) => code).join('\n');
  const guards = await bundle("export { isAuthingError, isAuthingApiError, isAuthingHttpError, isAuthingNetworkError, isAuthingTimeoutError, isAuthingAbortError, isAuthingSessionError, isAuthingInvalidResponseError, isAuthingInputError, isAuthingMiddlewareError } from './src/index.ts';");
  const floor = await bundle("export { default } from 'openapi-fetch';");
  return {
    wholeClient: measure(main),
    guardsOnly: measure(guards.get('stdin.js')!),
    encryptionChunk: measure(chunk('rsa-')),
    udvChunk: measure(chunk('udv-codec-')),
    openapiFetch: measure(floor.get('stdin.js')!),
    code: main,
    lazyChunks: [...whole.keys()].filter((name) => name !== 'stdin.js'),
  };
}
