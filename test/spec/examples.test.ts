/** Named examples: what the mock serves and `Prefer: example=<name>` selects. */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec, repoRoot, specOperations, successStatusExamples, type ExampleObject } from '../support/spec.ts';

const errorCodes = (): number[] => (loadSpec().components.schemas.ErrorCode.oneOf as Array<{ const: number }>).map((entry) => entry.const);

function allExamples(): Array<[string, string, ExampleObject]> {
  return specOperations().flatMap(({ operation }) =>
    Object.entries(operation.responses).flatMap(([, response]) =>
      Object.entries(response.content?.['application/json']?.examples ?? {}).map(
        ([name, example]) => [operation.operationId, name, example] as [string, string, ExampleObject],
      ),
    ),
  );
}

describe('examples', () => {
  it('lists a success example first on every operation, so the mock answers with it by default', () => {
    for (const { operation } of specOperations()) {
      const [first] = successStatusExamples(operation);
      expect(first?.[0], operation.operationId).toBe('success');
      // listUdv's success is a bare array, as the service answers it; every other one the envelope.
      if (operation.operationId === 'listUdv') expect(Array.isArray(first?.[1].value)).toBe(true);
      else expect(first?.[1].value.code).toBe(200);
    }
  });

  it('gives every operation at least one error example', () => {
    for (const { operation } of specOperations()) {
      const errors = successStatusExamples(operation).filter(([, example]) => !Array.isArray(example.value) && example.value.code !== 200);
      expect(errors.length, operation.operationId).toBeGreaterThan(0);
    }
  });

  it('uses only codes of ErrorCode in error examples', () => {
    const known = new Set(errorCodes());
    const errors = allExamples().filter(([, , example]) => !Array.isArray(example.value) && example.value.code !== 200);
    expect(errors.length).toBeGreaterThan(50);
    for (const [operationId, name, example] of errors) {
      expect(known.has(example.value.code), `${operationId}.${name} has code ${example.value.code}`).toBe(true);
    }
  });

  it('names examples in camelCase, as `Prefer: example=<name>` takes them', () => {
    for (const [operationId, name] of allExamples()) expect(name, operationId).toMatch(/^[a-z][A-Za-z0-9]*$/);
  });

  it('gives every ErrorCode a title and a meaning', () => {
    for (const entry of loadSpec().components.schemas.ErrorCode.oneOf) {
      expect(entry.title).toMatch(/^[A-Z_]+$/);
      expect(entry.description.length).toBeGreaterThan(10);
    }
  });
});

describe('x-faker hints', () => {
  // Prism's dynamic mode calls the faker that @stoplight/prism-http bundles (faker 6), not ours.
  const prismRequire = createRequire(join(repoRoot, 'node_modules', '@stoplight', 'prism-http', 'package.json'));
  const prismFaker = prismRequire('@faker-js/faker').faker as Record<string, Record<string, unknown>>;

  function fakerNames(node: unknown, found: string[] = []): string[] {
    if (Array.isArray(node)) node.forEach((child) => fakerNames(child, found));
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'x-faker') found.push(value as string);
        else fakerNames(value, found);
      }
    }
    return found;
  }

  it('uses the faker bundled with the pinned Prism, version 6', () => {
    expect(prismRequire('@faker-js/faker/package.json').version).toMatch(/^6\./);
  });

  it('names only functions that exist in that faker', () => {
    const names = [...new Set(fakerNames(loadSpec()))];
    expect(names.length).toBeGreaterThanOrEqual(10);
    for (const name of names) {
      const [module, method] = name.split('.') as [string, string];
      expect(typeof prismFaker[module]?.[method], name).toBe('function');
    }
  });

  it('turns off random extra properties in dynamic mode', () => {
    expect(loadSpec()['x-json-schema-faker']).toEqual({ fillProperties: false });
  });
});
