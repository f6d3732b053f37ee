/**
 * The rules every identifier (email, username, phone, a login's account) follows wherever it enters:
 * requests, seeds, and the lookups of the state. One space for all three fields, compared as stored.
 */

/** A control character: SQLite would cut a string at a NUL, and an invisible one lets a name pass for another. */
// eslint-disable-next-line no-control-regex
export const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/**
 * An identifier as it is stored and looked up: a value with an `@` (an email, or a username or account
 * that looks like one, since a login lower-cases such an account) lower-cased, any other as given.
 */
export const identifierKey = (value: string) => (value.includes('@') ? value.toLowerCase() : value);

/** The fields of a body (or of a registration's `profile`, or a seeded user) that name a user. */
export const IDENTIFIER_FIELDS = ['email', 'username', 'phone', 'account', 'oldEmail', 'oldPhone'] as const;

/** Puts the identifiers of `fields` in their stored form, in place. */
export function normaliseIdentifiers(fields: Record<string, unknown>): void {
  for (const field of IDENTIFIER_FIELDS) {
    const value = fields[field];
    if (typeof value === 'string') fields[field] = identifierKey(value);
  }
}

/** The first identifier field of `fields` with a control character in it, if any. */
export const fieldWithControlCharacter = (fields: Record<string, unknown>) =>
  IDENTIFIER_FIELDS.find((field) => typeof fields[field] === 'string' && CONTROL_CHARACTER.test(fields[field] as string));
