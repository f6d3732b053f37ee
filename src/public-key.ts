/**
 * The pools' RSA public keys, fetched once per process for each host and pool. A key is public data, the
 * same for every user, so every client of a pool shares it: on a server, one client per request makes one
 * key fetch in all, not one per request. A fetch that fails is not kept, and a key the service no longer
 * takes is forgotten ({@link forgetPublicKey}).
 */
const keys = new Map<string, Promise<string>>();

const keyOf = (host: string, userPoolId: string) => `${userPoolId} at ${host}`;

/** The key of `userPoolId` at `host`: fetched by `fetchKey` the first time (concurrent first calls share the fetch). */
export function publicKeyOf(host: string, userPoolId: string, fetchKey: () => Promise<string>): Promise<string> {
  const id = keyOf(host, userPoolId);
  let key = keys.get(id);
  if (!key) {
    key = fetchKey();
    keys.set(id, key);
    key.catch(() => forget(id, key!));
  }
  return key;
}

/** Forgets the key of `userPoolId` at `host` when it is still `stale`, so that the next password fetches it again. */
export function forgetPublicKey(host: string, userPoolId: string, stale: Promise<string>): void {
  forget(keyOf(host, userPoolId), stale);
}

const forget = (id: string, stale: Promise<string>) => {
  if (keys.get(id) === stale) keys.delete(id);
};
