/** Reads the user id from a token's JWT claims, without verifying it and without a network call. */

/** The user id in a JWT's payload (`sub`, else `data.id`), or undefined when `token` is not a readable JWT. */
export function userIdFromToken(token: string): string | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const bytes = Uint8Array.from(atob(payload.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0));
    const claims = JSON.parse(new TextDecoder().decode(bytes)) as { sub?: unknown; data?: { id?: unknown } };
    const id = typeof claims.sub === 'string' && claims.sub ? claims.sub : claims.data?.id;
    return typeof id === 'string' && id ? id : undefined;
  } catch {
    return undefined;
  }
}
