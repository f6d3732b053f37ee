/** Tokens of the spec's examples. */
import { example } from './fake-fetch.ts';

export const loginToken: string = example('loginByAccount').data.token;

/** A JWT with these claims (the signature is not checked by the SDK): `iat` and `exp` in seconds. */
export function tokenWith(claims: { iat: number; exp: number; sub?: string }): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ sub: 'u1', ...claims })}.c2ln`;
}

/** A token issued `ageSeconds` ago by a service whose clock reads `nowMs`, living `lifeSeconds`. */
export const tokenAged = (ageSeconds: number, lifeSeconds = 3600, nowMs = Date.now(), sub = 'u1') => {
  const iat = Math.floor(nowMs / 1000) - ageSeconds;
  return tokenWith({ iat, exp: iat + lifeSeconds, sub });
};
