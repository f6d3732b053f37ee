/**
 * The emulator's whole state as one JSON document, and back: `emulator.export()` / `import()`, the CLI's
 * `--export-on-exit` and `--import`, the developer page's download and upload. An import is checked whole
 * before anything is written, and written in one transaction: a file it refuses changes nothing.
 */
import type { KeyMaterial } from './crypto-platform.js';
import { fieldWithInvisibleCharacter, INVISIBLE_CHARACTER_RULE, identifierKey } from './identifiers.js';
import { USER_TABLES, type Store } from './store.js';
import { isUdvDataType, UDV_DATA_TYPES } from './udv-data-types.js';
import type { components } from './generated/schema.js';

type User = components['schemas']['User'];

/** The format's name and version, the first thing an import checks. */
export const EXPORT_FORMAT = 'authing-rest-emulator-state';
export const EXPORT_VERSION = 1;

/** One user as exported: the user, the password's hash (never the password), its user-defined values, when it was signed out everywhere. */
export interface ExportedUser {
  user: User;
  passwordHash: string | null;
  /** Its user-defined data, by field key, as stored (JSON text or plain text, by the field's type). */
  values: Record<string, string>;
  /** When every token issued to it before was revoked (the developer page's "sign out everywhere"), in ms. */
  signedOutAt: number | null;
}

/** The emulator's whole state: what `emulator.export()` returns and `import()` takes, as a JSON file holds it. */
export interface EmulatorExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  /** How far the emulator's clock runs ahead of real time, in ms. */
  clockOffsetMs: number;
  /**
   * The pool's keys: with them, tokens issued and passwords encrypted before the export work after the
   * import. Test keys of a local emulator, but keys: keep the file where the state is kept.
   */
  keys: KeyMaterial;
  fields: Array<{ key: string; dataType: string; label: string | null }>;
  users: ExportedUser[];
  revokedTokens: Array<{ jti: string; expiresAt: number }>;
  /** Codes sent and not yet used. */
  codes: Array<{ recipient: string; scene: string; code: string; sentAt: number }>;
  outbox: Array<{ channel: 'sms' | 'email' | 'captcha'; recipient: string; scene: string; code: string; sentAt: number }>;
  loginFailures: Array<{ ip: string; count: number; captcha: string | null }>;
}

/** A file `import()` refuses, naming what is wrong; nothing of it was written. */
export class ImportError extends Error {
  constructor(message: string) {
    super(`Cannot import this state: ${message}`);
    this.name = 'ImportError';
  }
}

/** Reads the state out of `store`. */
export function readSnapshot(store: Store, clockOffsetMs: number, keys: KeyMaterial): EmulatorExport {
  const values = new Map<string, Record<string, string>>();
  for (const row of store.all('SELECT user_id, key, value FROM udv ORDER BY user_id, key')) {
    const id = row.user_id as string;
    if (!values.has(id)) values.set(id, {});
    values.get(id)![row.key as string] = row.value as string;
  }
  const signedOut = new Map(store.all('SELECT user_id, at FROM sign_outs').map((row) => [row.user_id as string, Number(row.at)]));
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    clockOffsetMs,
    keys,
    fields: store.all('SELECT key, data_type, label FROM udf_definitions ORDER BY key').map((row) => ({ key: row.key as string, dataType: row.data_type as string, label: (row.label as string | null) ?? null })),
    users: store.all('SELECT id, password_hash, data FROM users ORDER BY rowid').map((row) => ({
      user: JSON.parse(row.data as string) as User,
      passwordHash: (row.password_hash as string | null) ?? null,
      values: values.get(row.id as string) ?? {},
      signedOutAt: signedOut.get(row.id as string) ?? null,
    })),
    revokedTokens: store.all('SELECT jti, expires_at FROM revoked_tokens').map((row) => ({ jti: row.jti as string, expiresAt: Number(row.expires_at) })),
    codes: store.all('SELECT recipient, scene, code, sent_at FROM codes').map((row) => ({ recipient: row.recipient as string, scene: row.scene as string, code: row.code as string, sentAt: Number(row.sent_at) })),
    outbox: store.all('SELECT channel, recipient, scene, code, sent_at FROM outbox ORDER BY id').map((row) => ({
      channel: row.channel as ExportedOutbox['channel'],
      recipient: row.recipient as string,
      scene: row.scene as string,
      code: row.code as string,
      sentAt: Number(row.sent_at),
    })),
    loginFailures: store.all('SELECT ip, count, captcha FROM login_failures').map((row) => ({ ip: row.ip as string, count: Number(row.count), captcha: (row.captcha as string | null) ?? null })),
  };
}

type ExportedOutbox = EmulatorExport['outbox'][number];

/** Replaces everything in `store` with `snapshot` (checked by {@link checkSnapshot} first), in the caller's transaction. */
export function writeSnapshot(store: Store, snapshot: EmulatorExport): void {
  for (const table of [...USER_TABLES, 'udf_definitions']) store.run(`DELETE FROM ${table}`);
  store.run("DELETE FROM meta WHERE key IN ('clockOffsetMs', 'keys')");
  store.run("INSERT INTO meta (key, value) VALUES ('keys', ?), ('clockOffsetMs', ?)", [JSON.stringify(snapshot.keys), String(snapshot.clockOffsetMs)]);
  for (const { key, dataType, label } of snapshot.fields) store.run('INSERT INTO udf_definitions (key, data_type, label) VALUES (?, ?, ?)', [key, dataType, label]);
  for (const { user, passwordHash, values, signedOutAt } of snapshot.users) {
    store.run('INSERT INTO users (id, email, username, phone, password_hash, data) VALUES (?, ?, ?, ?, ?, ?)', [
      user.id,
      user.email || null,
      user.username || null,
      user.phone || null,
      passwordHash,
      JSON.stringify(user),
    ]);
    for (const [key, value] of Object.entries(values)) store.run('INSERT INTO udv (user_id, key, value) VALUES (?, ?, ?)', [user.id, key, value]);
    if (signedOutAt !== null) store.run('INSERT INTO sign_outs (user_id, at) VALUES (?, ?)', [user.id, signedOutAt]);
  }
  for (const { jti, expiresAt } of snapshot.revokedTokens) store.run('INSERT INTO revoked_tokens (jti, expires_at) VALUES (?, ?)', [jti, expiresAt]);
  for (const { recipient, scene, code, sentAt } of snapshot.codes) store.run('INSERT INTO codes (recipient, scene, code, sent_at) VALUES (?, ?, ?, ?)', [recipient, scene, code, sentAt]);
  for (const { channel, recipient, scene, code, sentAt } of snapshot.outbox) {
    store.run('INSERT INTO outbox (channel, recipient, scene, code, sent_at) VALUES (?, ?, ?, ?, ?)', [channel, recipient, scene, code, sentAt]);
  }
  for (const { ip, count, captcha } of snapshot.loginFailures) store.run('INSERT INTO login_failures (ip, count, captcha) VALUES (?, ?, ?)', [ip, count, captcha]);
}

const CHANNELS = ['sms', 'email', 'captcha'];
const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const isText = (value: unknown) => typeof value === 'string';
const isMs = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** `value` as a list of `where`, each item checked by `check` (which names what is wrong, or nothing). */
function listOf(value: unknown, where: string, check: (item: Record<string, unknown>) => string | undefined): void {
  if (!Array.isArray(value)) throw new ImportError(`${where} must be a list`);
  value.forEach((item, index) => {
    const wrong = isObject(item) ? check(item) : 'must be an object';
    if (wrong) throw new ImportError(`${where}[${index}]${wrong.startsWith('.') ? '' : ' '}${wrong}`);
  });
}

/**
 * `value` as a state to import, or the {@link ImportError} naming the first thing wrong with it: its format
 * and version, each list's items, each user against the spec's User (`checkUser`), identifiers unique
 * across users (email, username and phone share one space), values only of defined fields.
 */
export function checkSnapshot(value: unknown, checkUser: (user: Record<string, unknown>) => string[], clockLimitMs: number): EmulatorExport {
  if (!isObject(value)) throw new ImportError('the file must hold a JSON object, as emulator.export() writes it');
  if (value.format !== EXPORT_FORMAT) throw new ImportError(`its format must be "${EXPORT_FORMAT}", not ${JSON.stringify(value.format)}`);
  if (value.version !== EXPORT_VERSION) throw new ImportError(`this emulator reads version ${EXPORT_VERSION}, not ${JSON.stringify(value.version)}`);
  if (!isMs(value.clockOffsetMs) || (value.clockOffsetMs as number) > clockLimitMs) throw new ImportError('clockOffsetMs must be milliseconds from 0 to 100 years');
  const keys = value.keys;
  if (!isObject(keys) || !/^-----BEGIN /.test(String(keys.privateKeyPem)) || !/^-----BEGIN /.test(String(keys.publicKeyPem)) || !isText(keys.tokenSecret) || !keys.tokenSecret) {
    throw new ImportError('keys must hold privateKeyPem and publicKeyPem (PEM) and a tokenSecret');
  }
  const fields = new Set<string>();
  listOf(value.fields, 'fields', (field) => {
    if (!isText(field.key) || !field.key || fields.has(field.key as string)) return `needs a key of its own, not ${JSON.stringify(field.key)}`;
    fields.add(field.key as string);
    if (!isUdvDataType(field.dataType)) return `.dataType must be one of ${UDV_DATA_TYPES.join(', ')}`;
    return field.label === null || isText(field.label) ? undefined : '.label must be text or null';
  });
  const ids = new Set<string>();
  const identifiers = new Map<string, string>();
  listOf(value.users, 'users', (entry) => {
    const user = entry.user;
    if (!isObject(user) || !isText(user.id) || !user.id) return '.user must be a user with an id';
    if (ids.has(user.id as string)) return `.user.id ${user.id} is another user's too`;
    ids.add(user.id as string);
    const violations = checkUser(user);
    if (violations.length) return `.user does not fit the spec's User: ${violations.join('; ')}`;
    const hidden = fieldWithInvisibleCharacter(user);
    if (hidden) return `.user.${hidden} ${INVISIBLE_CHARACTER_RULE}`;
    for (const field of ['email', 'username', 'phone']) {
      const identifier = user[field];
      if (!identifier) continue;
      const key = identifierKey(String(identifier));
      if (key !== identifier) return `.user.${field} must be stored as the emulator stores it: ${JSON.stringify(key)}`;
      if (identifiers.has(key)) return `.user.${field} ${identifier} is also ${identifiers.get(key)}`;
      identifiers.set(key, `user ${user.id}'s ${field}`);
    }
    if (entry.passwordHash !== null && !isText(entry.passwordHash)) return '.passwordHash must be text or null';
    if (!isObject(entry.values)) return '.values must be an object of field keys to values';
    const unknown = Object.keys(entry.values).find((key) => !fields.has(key));
    if (unknown) return `.values.${unknown} is not a defined field`;
    if (!Object.values(entry.values).every(isText)) return '.values must hold text values';
    return entry.signedOutAt === null || isMs(entry.signedOutAt) ? undefined : '.signedOutAt must be milliseconds or null';
  });
  listOf(value.revokedTokens, 'revokedTokens', (token) => (isText(token.jti) && isMs(token.expiresAt) ? undefined : 'needs a jti and expiresAt (ms)'));
  listOf(value.codes, 'codes', (code) => (isText(code.recipient) && isText(code.scene) && isText(code.code) && isMs(code.sentAt) ? undefined : 'needs recipient, scene, code and sentAt (ms)'));
  listOf(value.outbox, 'outbox', (message) =>
    CHANNELS.includes(message.channel as string) && isText(message.recipient) && isText(message.scene) && isText(message.code) && isMs(message.sentAt)
      ? undefined
      : `needs a channel (${CHANNELS.join(', ')}), recipient, scene, code and sentAt (ms)`,
  );
  listOf(value.loginFailures, 'loginFailures', (failure) =>
    isText(failure.ip) && Number.isInteger(failure.count) && (failure.count as number) > 0 && (failure.captcha === null || isText(failure.captcha)) ? undefined : 'needs an ip, a count and a captcha (or null)',
  );
  return value as unknown as EmulatorExport;
}
