/** BENCHMARKS.md's generated sections: each benchmark's latest table between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../scripts/lib/paths.ts';

/** Replaces section `name` of BENCHMARKS.md with `table`; throws when its markers are missing. */
export function writeBenchmarksSection(name: string, table: string): void {
  const file = join(repoRoot, 'BENCHMARKS.md');
  const marker = new RegExp(`(<!-- bench:${name} -->\\n)[\\s\\S]*?(<!-- /bench:${name} -->)`);
  const text = readFileSync(file, 'utf8');
  if (!marker.test(text)) throw new Error(`BENCHMARKS.md lacks the <!-- bench:${name} --> markers`);
  writeFileSync(file, text.replace(marker, (_match, start: string, end: string) => `${start}${table}\n${end}`));
  console.log(`wrote BENCHMARKS.md (${name})`);
}
