/**
 * README tables generated from the spec, between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->`
 * markers, so that the README cannot drift from the spec (`npm run generate:check` compares them).
 */
import { operationEntries, type BundledSpec, type SourceReference } from 'authing-rest-spec-reader';

const snakeCase = (camel: string) => camel.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** Where an Authing client sends this request: the repository and file, at the commit the spec names. */
const sourceLink = ({ repository, commit, file }: SourceReference) => `[${repository.replace(/^Authing\//, '')} \`${file.split('/').pop()}\`](https://github.com/${repository}/blob/${commit}/${file})`;
/** The clients that send this very request (not a sibling path or a GraphQL input of the same fields). */
const sourceCell = (sources: SourceReference[]) => sources.filter((source) => !source.via).map(sourceLink).join(', ');

/**
 * The 24 methods: Authing's Python name, our TypeScript method, HTTP endpoint, whether it needs the user's
 * token, whether it is retried, and which of Authing's clients sends the same request.
 */
export function methodTable(spec: BundledSpec): string {
  const token = { required: 'yes', body: 'in the body', none: 'no' } as const;
  const rows = operationEntries(spec)
    .filter((entry) => entry.name !== 'getWellKnown')
    .map(
      (entry) =>
        `| \`${snakeCase(entry.name)}\` | \`${entry.name}\` | \`${entry.method.toUpperCase()} ${entry.path}\`${entry.answer === 'graphql' ? ' (GraphQL)' : ''} | ${token[entry.auth]} | ${entry.idempotent ? 'yes' : 'no'} | ${sourceCell(entry.sources)} |`,
    );
  return ['| Authing Python SDK | TypeScript | HTTP | token | retried | sent the same by |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

/** Every code of the spec's ErrorCode, with its name (title) and meaning (description). */
export const errorCodes = (spec: BundledSpec) =>
  (spec.components.schemas.ErrorCode as { oneOf: Array<{ const: number; title: string; description: string; 'x-message-zh-CN': string }> }).oneOf;

/** Every code of the spec's ErrorCode, with its name and meaning. */
export function errorCodeTable(spec: BundledSpec): string {
  const codes = errorCodes(spec);
  return ['| code | name | meaning |', '|---|---|---|', ...codes.map((code) => `| ${code.const} | \`${code.title}\` | ${code.description} |`)].join('\n');
}

/** Replaces the text between the markers of `name` in `readme`; throws when the markers are missing. */
export function spliceGenerated(readme: string, name: string, content: string): string {
  const pattern = new RegExp(`(<!-- generated:${name} -->\\n)[\\s\\S]*?(<!-- /generated:${name} -->)`);
  if (!pattern.test(readme)) throw new Error(`README.md lacks the <!-- generated:${name} --> markers`);
  return readme.replace(pattern, (_match, start: string, end: string) => `${start}${content}\n${end}`);
}
