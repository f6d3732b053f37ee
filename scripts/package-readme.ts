/**
 * Rewrites README.md and emulator/README.md in place for the registry (see lib/package-readme.ts). The
 * release workflow runs it in its own checkout, before `npm publish`:
 *
 *   tsx scripts/package-readme.ts --site https://owner.github.io/repo/ \
 *     --repository https://github.com/owner/repo --commit <sha>
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PACKAGE_READMES, packageReadme } from './lib/package-readme.ts';
import { repoRoot } from './lib/paths.ts';

function main(): void {
  const { values } = parseArgs({
    options: {
      site: { type: 'string' },
      repository: { type: 'string' },
      commit: { type: 'string' },
    },
  });
  const { site, repository, commit } = values;
  if (!site || !repository || !commit) {
    throw new Error('usage: tsx scripts/package-readme.ts --site URL --repository URL --commit SHA');
  }
  for (const [folder, file] of Object.entries(PACKAGE_READMES)) {
    const path = join(repoRoot, file);
    const rewritten = packageReadme(readFileSync(path, 'utf8'), folder as keyof typeof PACKAGE_READMES, {
      site,
      repository,
      commit,
    });
    writeFileSync(path, rewritten);
    console.log(`package-readme: ${file} now links ${site} and ${repository} at ${commit.slice(0, 12)}`);
  }
}

main();
