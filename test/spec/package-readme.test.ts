/**
 * The READMEs as the registry shows them: the reference paragraph links the published site, and no link
 * is left relative (a package user has none of the repository's files beside the package).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_READMES, packageReadme } from '../../scripts/lib/package-readme.ts';
import { repoRoot } from '../support/spec.ts';

const where = {
  site: 'https://example-owner.github.io/authing-rest-sdk',
  repository: 'https://github.com/example-owner/authing-rest-sdk',
  commit: '0123456789abcdef0123456789abcdef01234567',
};
const links = (markdown: string) => [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1] ?? '');

describe.each(Object.entries(PACKAGE_READMES))('the packaged %s README', (folder, file) => {
  const original = readFileSync(join(repoRoot, file), 'utf8');
  const packaged = packageReadme(original, folder as keyof typeof PACKAGE_READMES, where);

  it('links the published reference site where the repository says how to build it', () => {
    const reference = packaged.split('<!-- site -->\n')[1]?.split('\n\n')[0] ?? '';
    expect(reference).toContain('](https://example-owner.github.io/authing-rest-sdk/');
    expect(reference).not.toContain('npm run docs');
  });

  it('has no relative link left, and repository files are linked at the published commit', () => {
    const targets = links(packaged);
    expect(targets.filter((target) => !/^(https:|#)/.test(target))).toEqual([]);
    const relative = links(original).filter((target) => !/^(https?:|#)/.test(target));
    for (const target of relative) {
      expect(packaged).toContain(
        `](${new URL(target, `${where.repository}/blob/${where.commit}/${folder ? `${folder}/` : ''}`).href})`,
      );
    }
  });

  it('makes sense unrewritten too (a locally packed tarball): each relative link for users says where its file is, and `npm run docs` is for a clone', () => {
    const forUsers = original.split('\n## Working on')[0]!;
    for (const match of forUsers.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?:|#)/.test(match[1]!)) continue;
      const sentence = forUsers.slice(Math.max(0, match.index! - 200), match.index! + match[0].length + 80);
      expect(sentence, match[1]).toMatch(/repository|README/);
    }
    const reference = original.split('<!-- site -->\n')[1]!.split('\n\n')[0]!;
    expect(reference).toMatch(/in a clone, `npm run docs`/);
  });

  it('changes nothing else', () => {
    const withoutLinks = (markdown: string) =>
      markdown.replace(/\]\([^)\s]+\)/g, '](…)').replace(/<!-- site -->\n[\s\S]*?\n\n/, '');
    expect(withoutLinks(packaged)).toBe(withoutLinks(original));
  });
});

describe('packageReadme refuses what it cannot place', () => {
  it('a README without the site marker', () => {
    expect(() => packageReadme('# x\n\ntext\n', '', where)).toThrow(/README\.md has no <!-- site --> line/);
  });

  it('a site that is not an https URL, or a commit that is not a hash', () => {
    expect(() => packageReadme('<!-- site -->\nx\n\n', '', { ...where, site: 'owner.github.io' })).toThrow(
      /--site must be an https URL, got "owner\.github\.io"/,
    );
    expect(() => packageReadme('<!-- site -->\nx\n\n', '', { ...where, commit: 'main' })).toThrow(
      /--commit must be a commit hash, got "main"/,
    );
  });
});
