/**
 * The calls the benchmark times, each against a given `fetch` and base URL: raw fetch + json(), a bare
 * openapi-fetch client, and AuthenticationClient. All answer the same prepared response body.
 */
import createClient from 'openapi-fetch';
import type { paths } from '../generated/schema.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../scripts/lib/paths.ts';

/** The built package, as users run it (`npm run bench` builds it first); typed by its source. */
const distEntry = join(repoRoot, 'dist', 'index.js');
const { AuthenticationClient } = (await import(distEntry)) as typeof import('../src/index.ts');

import { TOKEN } from './token.ts';
export const PUBLIC_KEY = readFileSync(join(repoRoot, 'test', 'fixtures', 'rsa-public.pem'), 'utf8');
const user = { id: 'u1', email: 'test@example.com', nickname: 'Nick', token: TOKEN, tokenExpiredAt: '2026-12-12T00:00:00.000Z', loginsCount: 3 };
/** The body every benchmarked call gets back. */
export const USER_BODY = JSON.stringify({ code: 200, message: 'ok', data: user });

export type Call = () => Promise<unknown>;

export interface Variant {
  name: string;
  /** What to run to reproduce the row alone. */
  reproduce: string;
  make: (fetchImpl: typeof fetch, baseUrl: string) => Call;
}

const headers = { 'x-authing-userpool-id': 'POOL', authorization: `Bearer ${TOKEN}` };

export const variants: Variant[] = [
  {
    name: 'raw fetch + json(), GET',
    reproduce: 'npm run bench -- --only raw',
    make: (fetchImpl, baseUrl) => async () => (await fetchImpl(`${baseUrl}/api/v2/users/me`, { headers })).json(),
  },
  {
    name: 'openapi-fetch GET',
    reproduce: 'npm run bench -- --only openapi-fetch',
    make: (fetchImpl, baseUrl) => {
      const client = createClient<paths>({ baseUrl, fetch: fetchImpl, headers: { 'x-authing-userpool-id': 'POOL' } });
      return async () => (await client.GET('/api/v2/users/me', { headers: { authorization: headers.authorization } })).data;
    },
  },
  {
    name: 'AuthenticationClient.getCurrentUser',
    reproduce: 'npm run bench -- --only getCurrentUser',
    make: (fetchImpl, baseUrl) => {
      const client = new AuthenticationClient({ userPoolId: 'POOL', host: baseUrl, token: TOKEN, fetch: fetchImpl });
      return () => client.getCurrentUser();
    },
  },
  {
    name: 'AuthenticationClient.getCurrentUser, one middleware on client.api',
    reproduce: 'npm run bench -- --only getCurrentUser-middleware',
    make: (fetchImpl, baseUrl) => {
      const client = new AuthenticationClient({ userPoolId: 'POOL', host: baseUrl, token: TOKEN, fetch: fetchImpl });
      client.api.use({ onRequest: ({ request }) => void request.headers.set('x-request-id', 'bench') });
      return () => client.getCurrentUser();
    },
  },
  {
    name: 'openapi-fetch POST',
    reproduce: 'npm run bench -- --only openapi-fetch-post',
    make: (fetchImpl, baseUrl) => {
      const client = createClient<paths>({ baseUrl, fetch: fetchImpl, headers: { 'x-authing-userpool-id': 'POOL' } });
      return async () => (await client.POST('/api/v2/login/account', { body: { account: 'test@example.com', password: 'passw0rd' } })).data;
    },
  },
  {
    name: "AuthenticationClient.loginByEmail, encryptPassword 'none'",
    reproduce: 'npm run bench -- --only loginByEmail-none',
    make: (fetchImpl, baseUrl) => {
      const client = new AuthenticationClient({ userPoolId: 'POOL', host: baseUrl, fetch: fetchImpl, encryptPassword: 'none' });
      return () => client.loginByEmail({ email: 'test@example.com', password: 'passw0rd' });
    },
  },
  {
    name: 'AuthenticationClient.loginByEmail, RSA with preset publicKey',
    reproduce: 'npm run bench -- --only loginByEmail-rsa',
    make: (fetchImpl, baseUrl) => {
      const client = new AuthenticationClient({ userPoolId: 'POOL', host: baseUrl, fetch: fetchImpl, publicKey: PUBLIC_KEY });
      return () => client.loginByEmail({ email: 'test@example.com', password: 'passw0rd' });
    },
  },
];

/** Keys for `--only`. */
export const variantKeys = ['raw', 'openapi-fetch', 'getCurrentUser', 'getCurrentUser-middleware', 'openapi-fetch-post', 'loginByEmail-none', 'loginByEmail-rsa'];
