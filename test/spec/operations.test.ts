/**
 * The spec against what it must be faithful to: Authing's 24 documented methods and the endpoint each
 * uses (method, path, token, whether the path is our inference), restated in test/fixtures.
 */
import { describe, expect, it } from 'vitest';
import { documentedMethods, preflight } from '../fixtures/authing-endpoints.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSpec, repoRoot, specOperations } from '../support/spec.ts';

const tokenAlternatives = { required: [true], none: [false], body: [false] } as const;

describe('operations and SDK methods', () => {
  const operations = specOperations();

  it('lists 24 documented methods, each with its own name', () => {
    expect(new Set(documentedMethods.map(({ method }) => method)).size).toBe(24);
  });

  it('maps every documented method to exactly one operation through x-sdk-methods', () => {
    const served = operations.flatMap(({ operation }) => operation['x-sdk-methods']);
    expect([...served].sort()).toEqual(documentedMethods.map(({ method }) => method).sort());
  });

  it("includes, in each method's TSDoc, the generated reference of its operation (its codes and examples), once", () => {
    const client = readFileSync(join(repoRoot, 'src', 'client.ts'), 'utf8');
    const reference = readFileSync(join(repoRoot, 'generated', 'method-reference.md'), 'utf8');
    const included = [...client.matchAll(/\{@include \.\.\/generated\/method-reference\.md#(\w+)\}/g)].map((match) => match[1]);
    const regions = [...reference.matchAll(/<!-- #region (\w+) -->/g)].map((match) => match[1]);
    expect([...included].sort()).toEqual(documentedMethods.map(({ method }) => method).sort());
    expect([...regions].sort()).toEqual([...included].sort());
    // Each inclusion sits in the doc comment right above its own method.
    for (const name of included) expect(client).toMatch(new RegExp(`#${name}\\}\\n   \\*/\\n  (async )?${name}\\(`));
  });

  it('has one operation per distinct endpoint (and the pre-flight), and no other', () => {
    const fromSpec = operations.map(({ method, path }) => `${method} ${path}`).sort();
    const expected = [...new Set([preflight, ...documentedMethods].map(({ http, path }) => `${http} ${path}`))].sort();
    expect(fromSpec).toEqual(expected);
  });

  it.each(documentedMethods)('$python is served by $http $path', ({ method, http, path, client, token }) => {
    const found = operations.find((entry) => entry.operation['x-sdk-methods'].includes(method));
    expect(found, `no operation serves ${method}`).toBeDefined();
    expect(`${found!.method} ${found!.path}`).toBe(`${http} ${path}`);
    expect(found!.operation['x-authing-sources'][0]!.repository).toBe(client);
    const alternatives = (found!.operation.security ?? loadSpec().security).map((alternative) => 'bearerToken' in alternative);
    expect([...new Set(alternatives)]).toEqual(tokenAlternatives[token]);
    expect(found!.operation['x-sdk-token-in-body'] === true).toBe(token === 'body');
  });

  it('names, for every operation, the Authing clients that send it: repository, full commit and file', () => {
    for (const { operation } of operations) {
      const sources = operation['x-authing-sources'];
      expect(sources.length, operation.operationId).toBeGreaterThan(0);
      // The first sends this very request: the README links it as the request's source.
      expect(sources[0]!.via, operation.operationId).toBeUndefined();
      for (const source of sources) {
        expect(source.repository, operation.operationId).toMatch(/^Authing\/[\w.-]+$/);
        expect(source.commit, operation.operationId).toMatch(/^[0-9a-f]{40}$/);
        expect(source.file, operation.operationId).toMatch(/^[\w./-]+\.\w+$/);
      }
    }
    const preflightOperation = operations.find(({ method, path }) => `${method} ${path}` === `${preflight.http} ${preflight.path}`);
    expect(preflightOperation!.operation['x-authing-sources'][0]!.repository).toBe(preflight.client);
  });

  it('cites every request field and query parameter of every operation to a client that sends it, and nothing else', () => {
    for (const { operation } of operations) {
      const schema = operation.requestBody?.content['application/json']?.schema as { properties?: object; anyOf?: Array<{ properties?: object }> } | undefined;
      const bodyFields = [schema, ...(schema?.anyOf ?? [])].flatMap((part) => Object.keys(part?.properties ?? {}));
      const queryFields = (operation.parameters ?? []).filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name);
      const fields = [...new Set([...bodyFields, ...queryFields])].sort();
      const cited = [...new Set(operation['x-authing-sources'].flatMap((source) => source.sends))].sort();
      expect(cited, `${operation.operationId}: fields the spec takes and the fields its sources send`).toEqual(fields);
    }
  });

  it('requires the user pool id on every operation but the token check, which the web Guard sends without it', () => {
    for (const { operation } of operations) {
      const alternatives = operation.security ?? loadSpec().security;
      if (operation.operationId === 'checkLoginStatus') expect(alternatives).toEqual([{ userPoolId: [] }, {}]);
      else for (const alternative of alternatives) expect(alternative).toHaveProperty('userPoolId');
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
