/** Named examples: what the mock serves and `Prefer: example=<name>` selects. */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec, repoRoot, specOperations, successStatusExamples, type ExampleObject } from '../support/spec.ts';

const errorCodes = (): number[] => (loadSpec().components.schemas.ErrorCode.oneOf as Array<{ const: number }>).map((entry) => entry.const);

/**
 * The code an example answers with, whatever the operation's answer: the envelope's or the bare token
 * status's `code`, 200 for a bare list or GraphQL data, the first GraphQL error's `message.code`.
 */
function codeOf(example: ExampleObject): number {
  const value = example.value as any;
  if (Array.isArray(value)) return 200;
  if ('errors' in value) return value.errors[0].message.code;
  return 'code' in value ? value.code : 200;
}

function allExamples(): Array<[string, string, ExampleObject]> {
  return specOperations().flatMap(({ operation }) =>
    // 405 and 413 are refusals before any operation ran: their `code` repeats the HTTP status.
    Object.entries(operation.responses).filter(([status]) => status !== '405' && status !== '413').flatMap(([, response]) =>
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
      const value = first![1].value as any;
      // listUdv's success is a bare array, removeUdv's GraphQL data; every other one has code 200.
      if (operation.operationId === 'listUdv') expect(Array.isArray(value)).toBe(true);
      else if (operation['x-authing-answer'] === 'graphql') expect(value.data[operation.operationId], operation.operationId).toBeInstanceOf(Array);
      else expect(value.code, operation.operationId).toBe(200);
    }
  });

  it('gives every operation at least one error example', () => {
    for (const { operation } of specOperations()) {
      const errors = successStatusExamples(operation).filter(([, example]) => codeOf(example) !== 200);
      expect(errors.length, operation.operationId).toBeGreaterThan(0);
    }
  });

  it('uses only codes of ErrorCode in error examples', () => {
    const known = new Set(errorCodes());
    const errors = allExamples().filter(([, , example]) => codeOf(example) !== 200);
    expect(errors.length).toBeGreaterThan(50);
    for (const [operationId, name, example] of errors) {
      expect(known.has(codeOf(example)), `${operationId}.${name} has code ${codeOf(example)}`).toBe(true);
    }
  });

  it("offers a token's 401 example only where a token is sent: elsewhere the 401 is the missing pool id", () => {
    for (const { operation } of specOperations()) {
      const examples = Object.keys(operation.responses['401']?.content?.['application/json']?.examples ?? {});
      const takesToken = (operation.security ?? []).some((requirement: Record<string, unknown>) => 'bearerToken' in requirement) || operation['x-sdk-token-in-body'] === true;
      expect(examples, operation.operationId).toContain('userPoolMissing');
      if (!takesToken) expect(examples, operation.operationId).toEqual(['userPoolMissing']);
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
