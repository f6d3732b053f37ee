/**
 * What the developer page works with: the users (found by any identifier, read whole, edited, deleted,
 * signed out everywhere) and the request log (why a request was refused, secrets shown only as their
 * kind), in process and over the developer endpoints, which answer this machine's pages only.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { UserEditError } from 'authing-rest-emulator';
import { testClient } from '../support/clients.ts';
import { emulatorsOfTest, EMULATOR_URL, postDeveloper } from '../support/emulator.ts';

const password = 'passw0rd';
const { start, closeAll } = emulatorsOfTest();
afterEach(closeAll);

const getDeveloper = async (emulator: Awaited<ReturnType<typeof start>>, path: string, headers: Record<string, string> = {}) => {
  const response = await emulator.fetch(`${EMULATOR_URL}/__emulator/${path}`, { headers });
  return { status: response.status, body: (await response.json()) as any };
};

describe('the users, for the developer page', () => {
  it('are found by email, phone or username, newest first, a page at a time', async () => {
    const emulator = await start();
    await emulator.seed({ users: [{ email: 'ada@example.com', password }, { phone: '13900000001', username: 'grace' }, { username: 'linus_t' }] });
    expect(emulator.users().users.map((user) => user.username ?? user.email)).toEqual(['linus_t', 'grace', 'ada@example.com']);
    expect(emulator.users({ query: '1390000' })).toMatchObject({ total: 1, users: [{ username: 'grace', phone: '13900000001', hasPassword: false }] });
    // Without regard to letter case, as a person searches.
    expect(emulator.users({ query: 'ADA@' }).users).toEqual([expect.objectContaining({ email: 'ada@example.com', hasPassword: true, loginsCount: 0 })]);
    // LIKE's wildcards are matched as themselves.
    expect(emulator.users({ query: '_t' }).users.map((user) => user.username)).toEqual(['linus_t']);
    expect(emulator.users({ query: '%' }).total).toBe(0);
    expect(emulator.users({ limit: 1, offset: 1 })).toMatchObject({ total: 3, users: [{ username: 'grace' }] });
    expect((await getDeveloper(emulator, 'users?query=grace')).body).toEqual(emulator.users({ query: 'grace' }));
  });

  it('are read whole, with custom data and the last login', async () => {
    const emulator = await start();
    const client = testClient(emulator);
    const user = await client.registerByEmail({ email: 'ada@example.com', password, forceLogin: true });
    await client.setUdv({ key: 'city', value: 'London' });
    await testClient(emulator).loginByEmail({ email: 'ada@example.com', password });
    const details = emulator.user(user.id)!;
    expect(details).toMatchObject({ hasPassword: true, customData: [{ key: 'city', value: 'London', dataType: 'STRING' }], signedOutAt: null, user: { email: 'ada@example.com', loginsCount: 2 } });
    expect(details.user.lastLogin).toEqual(expect.any(String));
    expect((await getDeveloper(emulator, `users/${user.id}`)).body).toEqual(details);
    expect((await getDeveloper(emulator, 'users/nobody')).status).toBe(404);
  });

  it('are edited as a seed is checked: a new password works, a taken email or a field off the spec is refused', async () => {
    const emulator = await start();
    const [ada] = await emulator.seed({ users: [{ email: 'ada@example.com', password }, { email: 'grace@example.com' }] });
    await expect(emulator.editUser(ada!, { nickname: 'Countess', email: 'Ada@Lovelace.dev', password: 'n3w-passw0rd' })).resolves.toMatchObject({ user: { nickname: 'Countess', email: 'ada@lovelace.dev' } });
    await expect(testClient(emulator).loginByEmail({ email: 'ada@lovelace.dev', password: 'n3w-passw0rd' })).resolves.toMatchObject({ nickname: 'Countess' });
    await expect(emulator.editUser(ada!, { email: 'grace@example.com' })).rejects.toThrow(UserEditError);
    await expect(emulator.editUser(ada!, { gender: 'X' })).rejects.toThrow(/would not fit the spec's User/);
    await expect(emulator.editUser(ada!, { id: 'mine' })).rejects.toThrow(/the emulator sets id itself/);
    const overHttp = await postDeveloper(emulator, `users/${ada}`, { email: 'grace@example.com' });
    expect(overHttp.status).toBe(400);
    expect(((await overHttp.json()) as { error: string }).error).toMatch(/another user has grace@example.com/);
    expect(emulator.user(ada!)!.user.email).toBe('ada@lovelace.dev');
  });

  it('are signed out everywhere: every token issued before is refused, a new sign-in works', async () => {
    const emulator = await start();
    const client = testClient(emulator);
    const user = await client.registerByEmail({ email: 'ada@example.com', password, forceLogin: true });
    const other = testClient(emulator);
    await other.loginByEmail({ email: 'ada@example.com', password });
    // A token's iat is in seconds: the sign-out refuses those of its second too.
    emulator.advanceClock(1000);
    expect((await postDeveloper(emulator, `users/${user.id}/sign-out`)).status).toBe(200);
    for (const signedIn of [client, other]) await expect(signedIn.getCurrentUser()).rejects.toMatchObject({ code: 2020 });
    emulator.advanceClock(1000);
    await expect(testClient(emulator).loginByEmail({ email: 'ada@example.com', password }).then((fresh) => testClient(emulator, { token: fresh.token! }).getCurrentUser())).resolves.toMatchObject({ id: user.id });
    expect(emulator.user(user.id)!.signedOutAt).toEqual(expect.any(String));
  });

  it('are deleted with their data; a deleted user cannot sign in, and their email is free again', async () => {
    const emulator = await start();
    const client = testClient(emulator);
    const user = await client.registerByEmail({ email: 'ada@example.com', password, forceLogin: true });
    await client.setUdv({ key: 'age', value: 36 });
    expect((await postDeveloper(emulator, `users/${user.id}/delete`)).status).toBe(200);
    expect(emulator.deleteUser(user.id)).toBe(false);
    await expect(testClient(emulator).loginByEmail({ email: 'ada@example.com', password })).rejects.toMatchObject({ code: 2004 });
    expect(emulator.export().users).toEqual([]);
    await expect(testClient(emulator).registerByEmail({ email: 'ada@example.com', password })).resolves.toMatchObject({ email: 'ada@example.com' });
  });

  it('answer pages on this machine only, like the other developer endpoints', async () => {
    const emulator = await start();
    expect((await getDeveloper(emulator, 'users', { origin: 'https://evil.example' })).status).toBe(403);
    expect((await getDeveloper(emulator, 'requests', { origin: 'https://evil.example' })).status).toBe(403);
    expect((await getDeveloper(emulator, 'export', { origin: 'https://evil.example' })).status).toBe(403);
    expect((await getDeveloper(emulator, 'users', { origin: 'http://localhost:5173' })).status).toBe(200);
    const page = await emulator.fetch(`${EMULATOR_URL}/__emulator/`);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<title>Authing emulator</title>');
  });
});

describe('the request log', () => {
  it('says why a request was refused, and shows passwords, codes and tokens only as their kind', async () => {
    const emulator = await start();
    const client = testClient(emulator);
    await client.registerByEmail({ email: 'ada@example.com', password, forceLogin: true });
    await testClient(emulator).loginByEmail({ email: 'ada@example.com', password: 'wrong-pass' }).catch(() => undefined);
    await emulator.fetch(`${EMULATOR_URL}/api/v2/login/account`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-authing-userpool-id': 'POOL' }, body: JSON.stringify({ account: 5 }) });
    await client.updatePhone({ phone: '13900000001', phoneCode: '654321' }).catch(() => undefined);
    const [update, invalid, wrong] = emulator.requests(3);
    expect(update).toMatchObject({ method: 'POST', path: '/api/v2/users/phone/update', operationId: 'updatePhone', status: 200, code: 2001, withToken: true, body: { phone: '13900000001', phoneCode: '[code]' } });
    expect(invalid).toMatchObject({ operationId: 'loginByAccount', status: 400, code: 2231, body: { account: 5 } });
    expect(invalid!.violations).toEqual(expect.arrayContaining(["request.body: /: must have required property 'password'", 'request.body: /account: must be string']));
    expect(wrong).toMatchObject({ operationId: 'loginByAccount', code: 2333, body: { account: 'ada@example.com', password: '[password]' } });
    expect(wrong!.durationMs).toBeGreaterThanOrEqual(0);
    const everything = JSON.stringify(emulator.requests());
    expect(everything).not.toContain('wrong-pass');
    expect(everything).not.toContain('654321');
    expect(everything).not.toContain((await client.getToken())!);
    expect((await getDeveloper(emulator, 'requests?limit=2')).body.requests).toEqual(emulator.requests(2));
  });

  it('never shows a secret of a body it cannot mask: text that is not JSON, JSON nested too deep, a body too long', async () => {
    const emulator = await start();
    const post = (body: string, contentType = 'application/json') =>
      emulator.fetch(`${EMULATOR_URL}/api/v2/login/account`, { method: 'POST', headers: { 'content-type': contentType, 'x-authing-userpool-id': 'POOL' }, body });
    await post('account=ada&password=form-secret', 'application/x-www-form-urlencoded');
    await post(`{"account":"ada","password":"deep-secret","context":${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    await post(JSON.stringify({ account: 'ada', password: 'long-secret', context: { note: 'x'.repeat(100_000) } }));
    const [long, deep, form] = emulator.requests(3);
    expect(form!.body).toBe('(not JSON, 32 characters: not shown, as it may hold a password)');
    expect(deep!.body).toMatchObject({ account: 'ada', password: '[password]' });
    expect(JSON.stringify(deep!.body)).toContain('(nested deeper than 32 levels)');
    expect(long!.body).toMatch(/^\(\d+ characters: longer than the log shows\)$/);
    const everything = JSON.stringify(emulator.requests());
    for (const secret of ['form-secret', 'deep-secret', 'long-secret']) expect(everything).not.toContain(secret);
  });

  it('keeps the last 200 requests, newest first', async () => {
    const emulator = await start();
    for (let request = 0; request < 205; request++) await emulator.fetch(`${EMULATOR_URL}/api/v2/nowhere/${request}`);
    const requests = emulator.requests();
    expect(requests).toHaveLength(200);
    expect(requests[0]).toMatchObject({ path: '/api/v2/nowhere/204', operationId: null, status: 404 });
  });
});
