/**
 * The rules every identifier (email, username, phone, a login's account) follows wherever it enters:
 * requests, seeds, and the lookups of the state. One space for all three fields, compared as stored.
 */

/**
 * A character that shows nothing or breaks a line: a control character (U+0000 to U+001F, U+007F to
 * U+009F), a format character (U+200B zero-width space, U+FEFF, the bidirectional marks, ...) or a line or
 * paragraph separator (U+2028, U+2029). In a name it lets one user pass for another (`ada` and `ada` with
 * a zero-width space look alike), so no identifier may hold one.
 */
export const INVISIBLE_CHARACTER = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** What an identifier with an {@link INVISIBLE_CHARACTER} is told. */
export const INVISIBLE_CHARACTER_RULE = 'must not contain control or invisible characters (U+0000 to U+001F, U+007F to U+009F, zero-width and format characters, line and paragraph separators)';

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

/** The first identifier field of `fields` with an invisible character in it, if any. */
export const fieldWithInvisibleCharacter = (fields: Record<string, unknown>) =>
  IDENTIFIER_FIELDS.find((field) => typeof fields[field] === 'string' && INVISIBLE_CHARACTER.test(fields[field] as string));
