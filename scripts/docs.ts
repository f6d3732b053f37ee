/**
 * `npm run docs`: the published references, built offline.
 *   docs/api/index.html  the HTTP API, from the bundled spec (Redoc, scripts inlined: no CDN)
 *   docs/sdk/            the SDK's public API (typedoc; a warning is an error, every public symbol documented)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildApiDocs } from './lib/api-docs.ts';
import { repoRoot } from './lib/paths.ts';

const docs = join(repoRoot, 'docs');
rmSync(docs, { recursive: true, force: true });
mkdirSync(join(docs, 'api'), { recursive: true });

buildApiDocs(join(docs, 'api', 'index.html'));
execFileSync(join(repoRoot, 'node_modules', '.bin', 'typedoc'), [], { cwd: repoRoot, stdio: 'inherit', timeout: 120_000 });
console.log('wrote docs/api/index.html and docs/sdk/index.html');
