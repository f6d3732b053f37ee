/**
 * Developer endpoints, outside the spec, under /__emulator/:
 *   GET  /__emulator/outbox[?recipient=]  SMS and email codes (and CAPTCHA answers) sent, newest first
 *   POST /__emulator/reset                forget all users, codes, messages and failures
 *   POST /__emulator/seed                 { users: [{ email?, username?, phone?, password?, ...profile }],
 *                                           fields: [{ key, dataType, label? }] }
 *   GET  /__emulator/clock                { now, offsetMs }
 *   POST /__emulator/clock                { advanceMs } moves the clock forward (codes and tokens expire)
 */
import type { State } from './state.js';

interface Dependencies {
  state: State;
  now: () => number;
  hash: (password: string) => Promise<string>;
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const DATA_TYPES = ['STRING', 'NUMBER', 'DATETIME', 'BOOLEAN', 'OBJECT', 'SELECT'];

export function developerRoutes({ state, now, hash }: Dependencies) {
  return async (request: Request, url: URL): Promise<Response> => {
    const route = `${request.method} ${url.pathname}`;
    const body = request.method === 'POST' ? ((await request.json().catch(() => undefined)) as Record<string, any> | undefined) : undefined;
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
      case 'POST /__emulator/seed': {
        if (!body || typeof body !== 'object') return json({ error: 'send { users?, fields? }' }, 400);
        const users = Array.isArray(body.users) ? body.users : [];
        const hashes = await Promise.all(users.map((user: { password?: unknown }) => (typeof user.password === 'string' ? hash(user.password) : null)));
        let created: string[];
        try {
          created = state.store.transaction(() => {
          for (const field of Array.isArray(body.fields) ? body.fields : []) {
            if (typeof field?.key !== 'string' || !DATA_TYPES.includes(field.dataType)) throw new Error(`invalid field ${JSON.stringify(field)}`);
            state.defineUdf(field.key, field.dataType, field.label ?? null);
          }
          return users.map((user: Record<string, unknown>, index: number) => {
            const { password: _password, ...profile } = user;
            for (const unique of ['email', 'username', 'phone'] as const) {
              if (state.taken(unique, profile[unique] as string)) throw new Error(`a user with ${unique} ${profile[unique]} exists`);
            }
              return state.createUser(profile, hashes[index] ?? null, new Date(now()).toISOString(), 'seed').id;
            });
          });
        } catch (error) {
          return json({ error: (error as Error).message }, 400);
        }
        return json({ users: created });
      }
      case 'GET /__emulator/clock':
        return json({ now: new Date(now()).toISOString(), offsetMs: Number(state.meta('clockOffsetMs') ?? 0) });
      case 'POST /__emulator/clock': {
        const advance = Number(body?.advanceMs);
        if (!Number.isFinite(advance) || advance < 0) return json({ error: 'send { advanceMs: milliseconds >= 0 }' }, 400);
        const offset = Number(state.meta('clockOffsetMs') ?? 0) + advance;
        state.store.transaction(() => state.setMeta('clockOffsetMs', String(offset)));
        return json({ now: new Date(now()).toISOString(), offsetMs: offset });
      }
      default:
        return json({ error: `no developer endpoint ${route}` }, 404);
    }
  };
}
