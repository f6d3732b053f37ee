/**
 * Developer endpoints, outside the spec, under /__emulator/ (for pages and programs on this machine
 * only: see cors.ts and server.ts):
 *   GET  /__emulator/outbox[?recipient=]  SMS and email codes (and CAPTCHA answers) sent, newest first
 *   POST /__emulator/reset                forget all users, codes, messages and failures; real time again
 *   POST /__emulator/seed                 { users: [{ email?, username?, phone?, password?, ...profile }],
 *                                           fields: [{ key, dataType, label? }] }; a user that exists
 *                                           identically is left alone
 *   GET  /__emulator/clock                { now, offsetMs }
 *   POST /__emulator/clock                { advanceMs } moves the clock (codes and tokens expire); back
 *                                           too, never before real time nor more than 100 years ahead
 * POSTs take `content-type: application/json` only, so that a page cannot send one without a CORS
 * preflight.
 */
import type { State, StoredUser, User } from './state.js';

interface Dependencies {
  state: State;
  hash: (password: string) => Promise<string>;
  verify: (password: string, hash: string | null) => Promise<boolean>;
  /** Violations of a user against the spec's User schema, as `location: message` lines. */
  checkUser: (user: Record<string, unknown>) => string[];
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const DATA_TYPES = ['STRING', 'NUMBER', 'DATETIME', 'BOOLEAN', 'OBJECT', 'SELECT'];
const UNIQUE = ['email', 'username', 'phone'] as const;
/** Fields the emulator sets itself: a seed that gives one is refused. */
const RESERVED = ['id', 'arn', 'userPoolId', 'passwordHash', 'password_hash', 'token', 'tokenExpiredAt', 'createdAt', 'updatedAt', 'signedUp', 'lastLogin', 'loginsCount'];

/** A seed the emulator refuses, with the reason. */
class SeedError extends Error {}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export function developerRoutes({ state, hash, verify, checkUser }: Dependencies) {
  /**
   * A seed's user as a registration would store it, or the reason it cannot be: its fields must fit the
   * spec's User (a user that breaks it would break every answer about them later), its password be a
   * string, its identifiers free of control characters; its email is stored lower-cased.
   */
  function seededUser(user: unknown, index: number): Record<string, unknown> {
    const where = `users[${index}]`;
    if (!user || typeof user !== 'object' || Array.isArray(user)) throw new SeedError(`${where} must be an object, not ${JSON.stringify(user)}`);
    const reserved = RESERVED.filter((field) => field in user);
    if (reserved.length) throw new SeedError(`${where}: the emulator sets ${reserved.join(', ')} itself: leave them out of the seed`);
    const { password, ...profile } = user as Record<string, unknown>;
    if (password !== undefined && (typeof password !== 'string' || password.length < 6)) throw new SeedError(`${where}.password must be a string of 6 characters or more`);
    const violations = checkUser({ id: 'seeded', ...profile });
    if (violations.length) throw new SeedError(`${where} does not fit the spec's User: ${violations.map((line) => line.replace(/^\//, `${where}.`)).join('; ')}`);
    for (const field of UNIQUE) {
      if (typeof profile[field] === 'string' && CONTROL.test(profile[field] as string)) throw new SeedError(`${where}.${field} must not contain control characters`);
    }
    // As registrations store them: emails, and usernames with an @, lower-cased.
    if (typeof profile.email === 'string') profile.email = profile.email.toLowerCase();
    if (typeof profile.username === 'string' && profile.username.includes('@')) profile.username = profile.username.toLowerCase();
    return password === undefined ? profile : { ...profile, password };
  }

  /** Creates the seed's users and fields, leaving alone users that exist as seeded; all or nothing. */
  async function seed(body: Record<string, any>): Promise<string[]> {
    const users: Array<Record<string, unknown>> = (Array.isArray(body.users) ? body.users : []).map(seededUser);
    const existing = users.map((user): StoredUser | undefined => UNIQUE.map((field) => (user[field] ? state.userBy(field, String(user[field])) : undefined)).find(Boolean));
    const unchanged = await Promise.all(
      users.map(async (user, index) => {
        const found = existing[index];
        if (!found) return false;
        const { password, ...profile } = user;
        const same =
          Object.entries(profile).every(([field, value]) => JSON.stringify(found.user[field] ?? null) === JSON.stringify(value ?? null)) &&
          (password === undefined || (typeof password === 'string' && (await verify(password, found.passwordHash))));
        if (!same) throw new SeedError(`a different user already has ${UNIQUE.filter((field) => user[field]).map((field) => `${field} ${user[field]}`).join(', ')}`);
        return true;
      }),
    );
    const hashes = await Promise.all(users.map((user) => (typeof user.password === 'string' ? hash(user.password) : null)));
    return state.store.transaction(() => {
      for (const field of Array.isArray(body.fields) ? body.fields : []) {
        if (typeof field?.key !== 'string' || !DATA_TYPES.includes(field.dataType)) throw new SeedError(`invalid field ${JSON.stringify(field)}`);
        state.defineUdf(field.key, field.dataType, field.label ?? null);
      }
      return users.map((user, index) => {
        if (unchanged[index]) return existing[index]!.user.id;
        const { password: _password, ...profile } = user;
        for (const unique of UNIQUE) {
          if (state.taken(profile[unique] as string)) throw new SeedError(`a user with ${unique} ${profile[unique]} exists (as an email, username or phone)`);
        }
        return state.createUser(profile as Partial<User>, hashes[index] ?? null, new Date(state.now()).toISOString(), 'seed').id;
      });
    });
  }

  return async (request: Request, url: URL): Promise<Response> => {
    const route = `${request.method} ${url.pathname}`;
    let body: Record<string, any> | undefined;
    if (request.method === 'POST') {
      if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) return json({ error: 'send content-type: application/json' }, 415);
      body = (await request.json().catch(() => undefined)) as Record<string, any> | undefined;
      if (!body || typeof body !== 'object') return json({ error: 'send a JSON object' }, 400);
    }
    switch (route) {
      case 'GET /__emulator/outbox': {
        const messages = state.outbox(url.searchParams.get('recipient') ?? undefined).map((row) => ({
          channel: row.channel,
          recipient: row.recipient,
          scene: row.scene,
          code: row.code,
          sentAt: new Date(row.sent_at as number).toISOString(),
        }));
        return json({ messages });
      }
      case 'POST /__emulator/reset':
        state.store.transaction(() => state.reset());
        return json({ reset: true });
      case 'POST /__emulator/seed':
        try {
          return json({ users: await seed(body!) });
        } catch (error) {
          if (error instanceof SeedError) return json({ error: error.message }, 400);
          throw error;
        }
      case 'GET /__emulator/clock':
        return json({ now: new Date(state.now()).toISOString(), offsetMs: state.clockOffsetMs() });
      case 'POST /__emulator/clock': {
        const advance = body!.advanceMs;
        if (typeof advance !== 'number' || !state.moveClock(advance)) {
          return json({ error: 'send { advanceMs }: a number of milliseconds that keeps the clock between real time and 100 years ahead' }, 400);
        }
        return json({ now: new Date(state.now()).toISOString(), offsetMs: state.clockOffsetMs() });
      }
      default:
        return json({ error: `no developer endpoint ${route}` }, 404);
    }
  };
}
