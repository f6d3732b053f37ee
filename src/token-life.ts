/**
 * How old a token is, read from its own claims (`iat`, `exp`) and judged by the service's clock: fresh,
 * due for a refresh (in the last quarter of its life), or expired. A token that is not a JWT with both
 * claims has no age the SDK can read: it is sent as it is, and the service says when it stops working.
 */

/** When a token was issued and when it expires, in milliseconds since the epoch, by the service's clock. */
export interface TokenLife {
  issuedAt: number;
  expiresAt: number;
}

/** `fresh`; `due` in the last quarter of its life, when the SDK refreshes it before using it; `expired`. */
export type TokenAge = 'fresh' | 'due' | 'expired';

/** The claims of a JWT (its payload), or undefined when `token` is not one the SDK can read. */
export function claimsOf(token: string): Record<string, unknown> | undefined {
  try {
    const claims: unknown = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/')));
    return typeof claims === 'object' && claims ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The life a token's claims give, or undefined for a token without both claims. */
export function lifeOf(token: string): TokenLife | undefined {
  const { iat, exp } = claimsOf(token) ?? {};
  return typeof iat === 'number' && typeof exp === 'number' && exp > iat ? { issuedAt: iat * 1000, expiresAt: exp * 1000 } : undefined;
}

/** The age of a token of `life` at `now`, the service's time. */
export const ageAt = ({ issuedAt, expiresAt }: TokenLife, now: number): TokenAge =>
  now >= expiresAt ? 'expired' : now >= expiresAt - (expiresAt - issuedAt) / 4 ? 'due' : 'fresh';
