/**
 * Turns the repository's READMEs into the ones a package user reads on the registry, where the
 * repository's files are not beside them: the paragraph after `<!-- site -->` becomes a link to the
 * published reference site, and every relative link points at the file in the repository at the commit
 * that was published. `scripts/package-readme.ts` applies it before `npm publish`; the repository's
 * READMEs keep their relative links, which GitHub resolves.
 */

/** Where the published package's README points. */
export interface PublishedLocation {
  /** The reference site's base URL, e.g. `https://owner.github.io/repo/`. */
  site: string;
  /** The repository's web URL, e.g. `https://github.com/owner/repo`. */
  repository: string;
  /** The commit the package is built from. */
  commit: string;
}

/** The READMEs that ship, by the folder of the package they belong to (relative to the repository). */
export const PACKAGE_READMES = { '': 'README.md', emulator: 'emulator/README.md' } as const;

const SITE_MARKER = '<!-- site -->';
const SITE_LINES: Record<keyof typeof PACKAGE_READMES, (site: string) => string> = {
  '': (site) =>
    `**Reference:** [${site}](${site}): the HTTP API and the SDK (every method, its parameters, results ` +
    'and errors), linked both ways.',
  emulator: (site) =>
    `**Reference:** the HTTP API it emulates is documented at [${site}api/](${site}api/).`,
};

/** Rewrites one README (of the package in `folder`) for the registry. */
export function packageReadme(
  markdown: string,
  folder: keyof typeof PACKAGE_READMES,
  where: PublishedLocation,
): string {
  const site = where.site.endsWith('/') ? where.site : `${where.site}/`;
  for (const [name, value] of Object.entries(where)) {
    if (!/^https:\/\/\S+$/.test(value) && name !== 'commit') {
      throw new Error(`package-readme: --${name} must be an https URL, got ${JSON.stringify(value)}`);
    }
  }
  if (!/^[0-9a-f]{7,40}$/.test(where.commit)) {
    throw new Error(`package-readme: --commit must be a commit hash, got ${JSON.stringify(where.commit)}`);
  }
  const marker = markdown.indexOf(`${SITE_MARKER}\n`);
  if (marker < 0) throw new Error(`package-readme: ${PACKAGE_READMES[folder]} has no ${SITE_MARKER} line`);
  const paragraphStart = marker + SITE_MARKER.length + 1;
  const paragraphEnd = markdown.indexOf('\n\n', paragraphStart);
  const withSite =
    markdown.slice(0, paragraphStart) + SITE_LINES[folder](site) + markdown.slice(paragraphEnd);
  const base = `${where.repository.replace(/\/$/, '')}/blob/${where.commit}/${folder ? `${folder}/` : ''}`;
  return withSite.replace(/\]\(([^)\s]+)\)/g, (link, target: string) =>
    /^(?:[a-z]+:|#)/i.test(target) ? link : `](${new URL(target, base).href})`,
  );
}
