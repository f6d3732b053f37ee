/**
 * The spec against the two documents it must be faithful to: the seed (the 24 method names) and the
 * wire reference (method, path, auth and whether the path is our inference).
 */
import { describe, expect, it } from 'vitest';
import { camelCase, loadSpec, readShared, specOperations } from '../support/spec.ts';

interface ReferenceRow {
  seedMethod: string;
  method: string;
  path: string;
  inferred: boolean;
  auth: string;
}

/** Rows of the operations table in ../shared/reference/authing-v2-rest.md. */
function referenceRows(): ReferenceRow[] {
  const rows: ReferenceRow[] = [];
  for (const line of readShared('reference/authing-v2-rest.md').split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    if (cells.length < 10 || !/^\d+$/.test(cells[1]!)) continue; // the operations table only
    const rawPath = cells[4]!;
    rows.push({
      seedMethod: cells[2]!,
      method: cells[3]!,
      path: rawPath.replace(/\s*\(inferred\)\s*$/, ''),
      inferred: rawPath.includes('(inferred)'),
      auth: cells[7]!,
    });
  }
  return rows;
}

/** The seed's documented methods, in order: `AuthenticationClient().register_by_email(...)`. */
function seedMethods(): string[] {
  const names = [...readShared('seed/authentication-client-python-docs.txt').matchAll(/AuthenticationClient\(\)\.(\w+)\(/g)];
  return names.map((match) => camelCase(match[1]!));
}

describe('operations and SDK methods', () => {
  const operations = specOperations();
  const reference = referenceRows();

  it('reads 24 documented methods from the seed and 25 rows from the reference', () => {
    expect(seedMethods()).toHaveLength(24);
    expect(reference).toHaveLength(25);
  });

  it('maps every seed method to exactly one operation through x-sdk-methods', () => {
    const served = operations.flatMap(({ operation }) => operation['x-sdk-methods']);
    expect([...served].sort()).toEqual([...seedMethods()].sort());
  });

  it('has one operation per distinct endpoint of the reference, and no other', () => {
    const fromSpec = operations.map(({ method, path }) => `${method} ${path}`).sort();
    const fromReference = [...new Set(reference.map(({ method, path }) => `${method} ${path}`))].sort();
    expect(fromSpec).toEqual(fromReference);
  });

  it.each(referenceRows().filter((row) => row.seedMethod !== '(pre-flight)'))(
    '$seedMethod is served by $method $path',
    ({ seedMethod, method, path, inferred, auth }) => {
      const found = operations.find((entry) => entry.operation['x-sdk-methods'].includes(camelCase(seedMethod)));
      expect(found, `no operation serves ${seedMethod}`).toBeDefined();
      expect(`${found!.method} ${found!.path}`).toBe(`${method} ${path}`);
      expect(found!.operation['x-authing-inferred'] === true).toBe(inferred);
      const tokenAlternatives = (found!.operation.security ?? loadSpec().security).map((alternative) => 'bearerToken' in alternative);
      const expected = { yes: [true], no: [false], optional: [true, false] }[auth];
      expect(tokenAlternatives).toEqual(expected);
    },
  );

  it('requires the user pool id on every operation', () => {
    for (const { operation } of operations) {
      for (const alternative of operation.security ?? loadSpec().security) expect(alternative).toHaveProperty('userPoolId');
    }
  });

  it('declares 400 and 401 on every operation, in the envelope', () => {
    const envelope = loadSpec().components.schemas.ErrorEnvelope;
    for (const { operation } of operations) {
      for (const status of ['400', '401']) {
        const schema = operation.responses[status]?.content?.['application/json']?.schema;
        expect(schema, `${operation.operationId} ${status}`).toEqual(envelope);
      }
    }
  });
});
