/**
 * The token the benchmarks sign in with: a JWT as the service issues one, issued now and living 14 days,
 * so that each call's refresh check does its whole work (reads the token's age) and finds it fresh.
 */
const base64url = (value: object) => btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const issuedAt = Math.floor(Date.now() / 1000);

export const TOKEN = `${base64url({ alg: 'HS256', typ: 'JWT' })}.${base64url({ sub: 'u1', iat: issuedAt, exp: issuedAt + 14 * 24 * 3600 })}.c2ln`;
