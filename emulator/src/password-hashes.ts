/**
 * The two forms of stored password hash: Node's `scrypt$N$salt$hash` (and `scrypt$salt$hash` of earlier
 * versions), and the browser build's `pbkdf2-sha256$iterations$salt$hash`. Each platform makes its own
 * and verifies both, so that a state exported from one imports into the other with its passwords working.
 */

/** scrypt's block size and parallelism, and the hash's length, for every scrypt hash the emulator makes. */
export const SCRYPT = { r: 8, p: 1, keyLength: 32 } as const;
/** The cost of hashes stored without one (`scrypt$salt$hash`), by versions that always used 16384. */
const UNLABELLED_HASH_COST = 16384;

/** A stored hash read: its algorithm, its cost (scrypt's N, or PBKDF2's iterations), its salt and hash (base64 or base64url). */
export type StoredHash = { algorithm: 'scrypt' | 'pbkdf2-sha256'; cost: number; salt: string; hash: string };

/** Whether `cost` is one scrypt takes and the emulator allows: a power of two from 2 to 2^20. */
export const isScryptCost = (cost: unknown) => Number.isInteger(cost) && (cost as number) >= 2 && (cost as number) <= 2 ** 20 && ((cost as number) & ((cost as number) - 1)) === 0;
/** PBKDF2 iterations the emulator verifies: up to ten million (an imported hash could ask for any). */
const isPbkdf2Cost = (cost: number) => Number.isInteger(cost) && cost >= 1 && cost <= 10_000_000;

/** `stored` read, or undefined when it is neither form or asks for a cost out of bounds (a user without a password has none). */
export function readStoredHash(stored: string | null): StoredHash | undefined {
  const parts = stored?.split('$') ?? [];
  let read: StoredHash | undefined;
  if (parts[0] === 'scrypt' && parts.length === 4) read = { algorithm: 'scrypt', cost: Number(parts[1]), salt: parts[2]!, hash: parts[3]! };
  else if (parts[0] === 'scrypt' && parts.length === 3) read = { algorithm: 'scrypt', cost: UNLABELLED_HASH_COST, salt: parts[1]!, hash: parts[2]! };
  else if (parts[0] === 'pbkdf2-sha256' && parts.length === 4) read = { algorithm: 'pbkdf2-sha256', cost: Number(parts[1]), salt: parts[2]!, hash: parts[3]! };
  return read && (read.algorithm === 'scrypt' ? isScryptCost(read.cost) : isPbkdf2Cost(read.cost)) ? read : undefined;
}
