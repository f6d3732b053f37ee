/**
 * `npm run docs`: the published site, built offline into docs/.
 *   docs/index.html      the front page: what this is, install, the quickstart, the mock and the emulator
 *   docs/api/index.html  the HTTP API, from the bundled spec (Redoc, scripts inlined: no CDN)
 *   docs/sdk/            the SDK's public API (typedoc; a warning is an error, every public symbol documented)
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './lib/paths.ts';
import { buildApiDocs, buildFrontPage, buildSdkDocs } from './lib/reference-docs.ts';

const docs = join(repoRoot, 'docs');
rmSync(docs, { recursive: true, force: true });
mkdirSync(join(docs, 'api'), { recursive: true });

buildApiDocs(join(docs, 'api', 'index.html'));
buildSdkDocs(docs);
buildFrontPage(docs);
console.log('wrote docs/index.html, docs/api/index.html and docs/sdk/index.html');
