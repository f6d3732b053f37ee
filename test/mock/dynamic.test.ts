/** `npm start -- --dynamic`: Prism's faker data on the dynamic variant of the spec answers successes the SDK accepts. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dynamicVariant } from '../../scripts/lib/dynamic-spec.ts';
import { startPrism, type RunningPrism } from '../../scripts/lib/prism.ts';
import { AuthenticationClient } from '../../src/index.ts';
import { bundledSpecPath } from '../support/spec.ts';

describe('the dynamic mock', () => {
  const directory = mkdtempSync(join(tmpdir(), 'authing-dynamic-'));
  let prism: RunningPrism;

  beforeAll(async () => {
    const specPath = join(directory, 'openapi.dynamic.json');
    writeFileSync(specPath, JSON.stringify(dynamicVariant(JSON.parse(readFileSync(bundledSpecPath, 'utf8')))));
    prism = await startPrism({ dynamic: true, specPath });
  }, 60_000);

  afterAll(async () => {
    await prism?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('answers every call with a success envelope of random data', async () => {
    const client = new AuthenticationClient({ userPoolId: 'POOL', host: prism.url, token: 'T', encryptPassword: 'none', maxRetries: 0 });
    const users = await Promise.all(Array.from({ length: 20 }, () => client.getCurrentUser()));
    for (const user of users) expect(user.id).toEqual(expect.any(String));
    expect(new Set(users.map((user) => user.id)).size).toBeGreaterThan(1);
    const fresh = new AuthenticationClient({ userPoolId: 'POOL', host: prism.url, encryptPassword: 'none', maxRetries: 0 });
    const signedIn = await fresh.loginByEmail({ email: 'a@b.c', password: 'passw0rd' });
    expect(signedIn.token).toEqual(expect.any(String));
    expect(await fresh.getToken()).toBe(signedIn.token);
    expect(await client.refreshToken()).toMatchObject({ token: expect.any(String), iat: expect.any(Number) });
  });

  it('keeps only the success branch and fills faker-hinted fields', () => {
    const variant = dynamicVariant(JSON.parse(readFileSync(bundledSpecPath, 'utf8'))) as { components: { schemas: Record<string, any> } };
    expect(variant.components.schemas.UserResponse.anyOf).toBeUndefined();
    expect(variant.components.schemas.UserResponse.properties.code.$ref).toBe('#/components/schemas/SuccessCode');
    expect(variant.components.schemas.User.properties.email.type).toBe('string');
  });
});
