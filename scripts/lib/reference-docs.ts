/**
 * The published site, built offline: a front page, the HTTP API reference (Redoc, from the bundled spec)
 * and the SDK reference (typedoc, from the TSDoc in src/), linked both ways: each SDK method names its
 * HTTP operation, each operation its SDK methods. No page requests anything from another machine.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { operationEntries, type BundledSpec } from 'authing-rest-spec-reader';
import { bundledSpecPath, bundleSpec } from './bundle.ts';
import { repoRoot } from './paths.ts';

/**
 * Redoc's sidebar shows Redocly's logo from their CDN even with the scripts inlined; the page shows this
 * one instead, so that it works offline and tells nobody it was opened.
 */
const OFFLINE_LOGO =
  'data:image/svg+xml,' +
  encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16"><text x="0" y="12" font-family="sans-serif" font-size="12">Redocly</text></svg>');

/**
 * How typedoc.json and the TSDoc link to the rest of the site: typedoc keeps an absolute URL as written,
 * and each page then gets it relative to where it lies (the site may be served under any path).
 */
export const SITE_ROOT = 'https://site.invalid/';

/** The SDK reference's address of a method of `AuthenticationClient`, from the site's root. */
const sdkMethodPage = (method: string) => `sdk/classes/AuthenticationClient.html#${method.toLowerCase()}`;
/** Redoc's address of an operation, from the site's root. */
const apiOperationPage = (operationId: string) => `api/index.html#operation/${operationId}`;

type Example = { $ref?: string; summary?: string; description?: string };
type Operation = { operationId: string; description?: string; 'x-sdk-methods': string[]; responses: Record<string, { content?: Record<string, { examples?: Record<string, Example> }> }> };

/**
 * The spec as the HTTP reference shows it: each operation links the SDK methods that send it, and each
 * named example says the `Prefer` header that makes the mock answer it.
 */
function specForReaders(spec: BundledSpec): BundledSpec {
  const copy = structuredClone(spec) as BundledSpec & {
    info: { description?: string };
    paths: Record<string, Record<string, Operation>>;
    components: { examples?: Record<string, Example> };
  };
  copy.info.description = `[Home](../index.html) · [SDK reference](../sdk/index.html)\n\n${copy.info.description ?? ''}`;
  for (const item of Object.values(copy.paths)) {
    for (const operation of Object.values(item)) {
      if (!operation || typeof operation !== 'object' || !('operationId' in operation)) continue;
      const methods = operation['x-sdk-methods'].map((method) => `[\`authing.${method}()\`](../${sdkMethodPage(method)})`);
      if (methods.length) operation.description = `${operation.description ?? ''}\n\n**In the SDK:** ${methods.join(', ')}.`;
      for (const response of Object.values(operation.responses)) {
        const examples = response.content?.['application/json']?.examples ?? {};
        for (const [name, example] of Object.entries(examples)) {
          // A shared example is a $ref: a copy of it carries this operation's name for it.
          const target = example.$ref ? copy.components.examples?.[example.$ref.split('/').pop()!] : example;
          examples[name] = {
            ...target,
            summary: `${name} · ${target?.summary ?? name}`,
            description: `${target?.description ?? ''}\n\nThe mock answers this with the header \`Prefer: example=${name}\`.`.trim(),
          };
        }
      }
    }
  }
  return copy;
}

/** Writes the HTTP API reference to `outputFile`, one self-contained HTML page. */
export function buildApiDocs(outputFile: string): void {
  bundleSpec();
  const readersSpec = join(repoRoot, 'build', 'openapi.readers.json');
  writeFileSync(readersSpec, JSON.stringify(specForReaders(JSON.parse(readFileSync(bundledSpecPath, 'utf8')))));
  execFileSync(join(repoRoot, 'node_modules', '.bin', 'redocly'), ['build-docs', readersSpec, '--output', outputFile, '--inlineBundle'], {
    cwd: repoRoot,
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 120_000,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
  });
  const page = readFileSync(outputFile, 'utf8').replace(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(-full)?\.svg/g, OFFLINE_LOGO);
  writeFileSync(outputFile, page);
}

/** Every HTML file below `directory`. */
const htmlFiles = (directory: string): string[] =>
  readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));

/**
 * Writes the SDK reference (typedoc.json's settings) into `siteDir/sdk`, then makes its links to the rest
 * of the site relative and adds, under each method of `AuthenticationClient`, the HTTP operation it sends.
 */
export function buildSdkDocs(siteDir: string): void {
  const outputDir = join(siteDir, 'sdk');
  execFileSync(join(repoRoot, 'node_modules', '.bin', 'typedoc'), ['--out', outputDir], { cwd: repoRoot, stdio: 'pipe', timeout: 120_000 });
  const spec = JSON.parse(readFileSync(bundledSpecPath, 'utf8')) as BundledSpec;
  const operations = operationEntries(spec).filter((entry) => entry.sdkMethods.length);
  for (const file of htmlFiles(outputDir)) {
    const toRoot = '../'.repeat(relative(siteDir, file).split(sep).length - 1);
    let page = readFileSync(file, 'utf8').replaceAll(SITE_ROOT, toRoot);
    if (file.endsWith(join('classes', 'AuthenticationClient.html'))) {
      for (const { name, method, path, operationId } of operations) {
        const signature = page.indexOf(`id="${name.toLowerCase()}-1"`);
        const description = page.indexOf('<div class="tsd-description">', signature);
        if (signature < 0 || description < 0) throw new Error(`the SDK reference has no method ${name}`);
        const at = description + '<div class="tsd-description">'.length;
        const link = `<p class="http-operation">HTTP: <a href="${toRoot}${apiOperationPage(operationId)}"><code>${method.toUpperCase()} ${path}</code></a></p>`;
        page = page.slice(0, at) + link + page.slice(at);
      }
    }
    writeFileSync(file, page);
  }
}

/** Writes the front page, from site/index.html. */
export function buildFrontPage(siteDir: string): void {
  copyFileSync(join(repoRoot, 'site', 'index.html'), join(siteDir, 'index.html'));
}
