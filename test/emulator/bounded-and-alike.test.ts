/**
 * What a hostile tester found in the browser build and behind MSW, each checked on Node's build and on the
 * browser build alike: bounded work per request (the ciphertext's length before any arithmetic, the body
 * bound on every path), only the canonical base64 of one ciphertext, a reset that a request in flight
 * cannot write past, strings stored as sent, content types as the contract takes them, and the smaller
 * edges (Allow, a URL that is none, a closed emulator, concurrent auto-registration).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from 'authing-rest-emulator';
import { codeOf, EMULATOR_PLATFORMS, EMULATOR_URL, encryptedPassword, startEmulatorOn } from '../support/emulator.ts';
import { testClient } from '../support/clients.ts';

const password = 'passw0rd';

describe.each(EMULATOR_PLATFORMS)('on the %s build', (platform) => {
  let emulator: Emulator;
  beforeEach(async () => {
    emulator = await startEmulatorOn(platform);
  });
  afterEach(() => emulator.close());

  /** A raw POST: the body as given (a string is sent as it is), the content type JSON unless `headers` say otherwise. */
  const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
    const response = await emulator.fetch(`${EMULATOR_URL}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-authing-userpool-id': 'POOL', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as any };
  };
  const login = (account: string, sent: string, extra: Record<string, unknown> = {}) => post('/api/v2/login/account', { account, password: sent, ...extra });

  describe('bounded work', () => {
    it('answers a 1 MiB password within 100 ms, the thread never blocked longer, without decrypting it (2016)', async () => {
      await testClient(emulator).registerByUsername({ username: 'big', password });
      // 750,000 random bytes: valid base64 of 1,000,000 characters, a number ~2,900 times the key's length.
      const bytes = new Uint8Array(750_000);
      for (let offset = 0; offset < bytes.length; offset += 65_536) crypto.getRandomValues(bytes.subarray(offset, offset + 65_536));
      let binary = '';
      for (const byte of bytes) binary += String.fromCharCode(byte);
      const huge = btoa(binary);
      let longestGap = 0;
      let last = performance.now();
      const watch = setInterval(() => {
        const now = performance.now();
        longestGap = Math.max(longestGap, now - last);
        last = now;
      }, 1);
      const started = performance.now();
      const answer = await login('big', huge);
      const took = performance.now() - started;
      clearInterval(watch);
      expect(answer.body.code).toBe(2016);
      expect(took).toBeLessThan(100);
      expect(longestGap).toBeLessThan(100);
    });

    it('refuses a 5 MB body with 413 in process, as the HTTP server does: nothing of it is stored', async () => {
      const client = testClient(emulator);
      await client.registerByUsername({ username: 'long', password, forceLogin: true });
      const answer = await post('/api/v2/users/profile/update', { nickname: 'n'.repeat(5_000_000) }, { authorization: `Bearer ${await client.getToken()}` });
      expect(answer.status).toBe(413);
      expect(answer.body).toEqual({ code: 413, message: 'The body exceeds 1048576 bytes', data: null });
      expect((await client.getCurrentUser()).nickname).toBeNull();
    });

    it('refuses a body streamed past 1 MiB without a declared length, and takes one just under it', async () => {
      const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"phone":"13800000000"'));
          for (let index = 0; index < 17; index++) controller.enqueue(chunk);
          controller.enqueue(new TextEncoder().encode('}'));
          controller.close();
        },
      });
      const init = { method: 'POST', headers: { 'content-type': 'application/json', 'x-authing-userpool-id': 'POOL' }, body: stream, duplex: 'half' } as RequestInit;
      expect((await emulator.fetch(`${EMULATOR_URL}/api/v2/sms/send`, init)).status).toBe(413);
      const underLimit = `{"phone":"13800000001"${' '.repeat((1 << 20) - 40)}}`;
      expect((await post('/api/v2/sms/send', underLimit)).body.code).toBe(200);
    });
  });

  describe('ciphertexts: the canonical base64 of exactly one, nothing else', () => {
    it.each([
      ['followed by !!!', (c: string) => `${c}!!!`],
      ['followed by =', (c: string) => `${c}=`],
      ['followed by A', (c: string) => `${c}A`],
      ['followed by AAAA', (c: string) => `${c}AAAA`],
      ['followed by " junk"', (c: string) => `${c} junk`],
      ['followed by .x', (c: string) => `${c}.x`],
      ['followed by NUL', (c: string) => `${c}\u0000`],
      ['preceded by !!', (c: string) => `!!${c}`],
      ['preceded by AAAA (leading zero bytes)', (c: string) => `AAAA${c}`],
      ['repeated twice', (c: string) => `${c}${c}`],
      ['without its padding', (c: string) => c.replace(/=+$/, '')],
      ['with other padding bits', (c: string) => c.replace(/(.)(=+)$/, (_all, last: string, pad: string) => `${String.fromCharCode(last.charCodeAt(0) ^ 1)}${pad}`)],
      ['in the url-safe alphabet', (c: string) => c.replace(/\+/g, '-').replace(/\//g, '_')],
      ['wrapped in lines', (c: string) => c.replace(/.{64}/g, '$&\n')],
    ])('%s: 2016, while the canonical one signs in', async (_label, mangle) => {
      await testClient(emulator).registerByUsername({ username: 'cipher', password });
      let canonical = await encryptedPassword(emulator, password);
      // Only a ciphertext with + or / shows the url-safe case; a fresh encryption is random.
      while (_label.includes('url-safe') && !/[+/]/.test(canonical)) canonical = await encryptedPassword(emulator, password);
      expect((await login('cipher', mangle(canonical))).body.code).toBe(2016);
      expect((await login('cipher', canonical)).body.code).toBe(200);
    });
  });

  describe('reset', () => {
    it('isolates the next test: 50 wrong-password logins in flight write nothing after a reset 5 ms later', async () => {
      await testClient(emulator).registerByUsername({ username: 'victim', password });
      const wrong = await encryptedPassword(emulator, 'wrong-password');
      const burst = Array.from({ length: 50 }, () => login('victim', wrong, { clientIp: '203.0.113.9' }));
      await new Promise((resolve) => setTimeout(resolve, 5));
      emulator.reset();
      const answers = await Promise.all(burst);
      // Each was answered (a refusal, a CAPTCHA demand made before the reset, or 503 for a write the reset overtook).
      expect(answers.every(({ status }) => [200, 503].includes(status))).toBe(true);
      expect(emulator.outbox()).toEqual([]);
      await testClient(emulator).registerByUsername({ username: 'next', password });
      expect((await login('next', await encryptedPassword(emulator, password), { clientIp: '203.0.113.9' })).body.code).toBe(200);
    });
  });

  describe('strings as sent', () => {
    it('counts clientIp "ip\\u0000a" and "ip\\u0000b" as two IPs', async () => {
      await testClient(emulator).registerByUsername({ username: 'nul-ip', password });
      const wrong = await encryptedPassword(emulator, 'wrong-password');
      for (let attempt = 0; attempt < 3; attempt++) await login('nul-ip', wrong, { clientIp: 'ip\u0000a' });
      expect((await login('nul-ip', wrong, { clientIp: 'ip\u0000a' })).body.code).toBe(2000);
      expect((await login('nul-ip', wrong, { clientIp: 'ip\u0000b' })).body.code).toBe(2333);
      expect(emulator.outbox().map(({ recipient }) => recipient)).toEqual(['ip\u0000a']);
    });

    it('refuses setUdv of "city\\u0000x" (no such field) and keeps a value that starts with NUL whole', async () => {
      const client = testClient(emulator);
      await client.registerByUsername({ username: 'nul-udv', password, forceLogin: true });
      expect(await codeOf(client.setUdv({ key: 'city\u0000x', value: 'Beijing' }))).toBe(2231);
      await client.setUdv({ key: 'city', value: '\u0000Bei\u0000jing' });
      expect(await client.listUdv()).toEqual([{ key: 'city', dataType: 'STRING', value: '\u0000Bei\u0000jing', label: 'City' }]);
    });
  });

  describe('content types', () => {
    it.each([
      ['text/plain', 'text/plain;charset=UTF-8'],
      ['a form', 'application/x-www-form-urlencoded'],
      ['multipart', 'multipart/form-data; boundary=x'],
      ['XML', 'application/xml'],
    ])('refuses a JSON login sent as %s: 400 2231, the mock\'s 415 reason in sl-violations', async (_label, contentType) => {
      await testClient(emulator).registerByUsername({ username: 'typed', password });
      const answer = await post('/api/v2/login/account', { account: 'typed', password: await encryptedPassword(emulator, password) }, { 'content-type': contentType });
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe(2231);
      expect(JSON.parse(answer.headers.get('sl-violations')!)).toEqual([{ location: ['request'], severity: 'Error', code: 415, message: 'Supported content types: application/json' }]);
    });

    it('refuses a body with no content type, and takes application/json with a charset, in any case', async () => {
      await testClient(emulator).registerByUsername({ username: 'untyped', password });
      const body = JSON.stringify({ account: 'untyped', password: await encryptedPassword(emulator, password) });
      const untyped = await emulator.fetch(`${EMULATOR_URL}/api/v2/login/account`, { method: 'POST', headers: { 'x-authing-userpool-id': 'POOL' }, body: new TextEncoder().encode(body) });
      expect(untyped.status).toBe(400);
      expect((await post('/api/v2/login/account', body, { 'content-type': 'Application/JSON; charset=utf-8' })).body.code).toBe(200);
    });
  });

  describe('edges', () => {
    it('answers 405 with an Allow header naming the methods the path takes', async () => {
      const answer = await emulator.fetch(`${EMULATOR_URL}/api/v2/users/me`, { method: 'DELETE', headers: { 'x-authing-userpool-id': 'POOL' } });
      expect(answer.status).toBe(405);
      expect(answer.headers.get('allow')).toBe('GET');
    });

    it('rejects a URL that is none, saying what it takes, instead of throwing', async () => {
      const pending = emulator.fetch('not a url');
      expect(pending).toBeInstanceOf(Promise);
      await expect(pending).rejects.toThrow('The emulator takes a request or an absolute URL (like https://core.authing.cn/api/v2/users/me), not "not a url"');
    });

    it('after close(): every call rejects or throws EmulatorClosedError, saying so', async () => {
      const closed = await startEmulatorOn(platform);
      closed.close();
      await expect(closed.fetch(`${EMULATOR_URL}/api/v2/.well-known`)).rejects.toMatchObject({ name: 'EmulatorClosedError', message: 'This emulator is closed (close() was called): start another with createEmulator()' });
      expect(() => closed.outbox()).toThrow('This emulator is closed');
      expect(() => closed.reset()).toThrow('This emulator is closed');
      closed.close();
    });

    it('signs all of 50 concurrent autoRegister logins of a new account in, to one user', async () => {
      const sent = await encryptedPassword(emulator, password);
      const answers = await Promise.all(Array.from({ length: 50 }, (_, index) => login('newcomer@example.com', sent, { autoRegister: true, clientIp: `198.51.100.${index}` })));
      expect(answers.map(({ body }) => body.code)).toEqual(Array(50).fill(200));
      expect(new Set(answers.map(({ body }) => body.data.id)).size).toBe(1);
      expect(answers.filter(({ body }) => body.data.newlyCreated)).toHaveLength(1);
    });
  });
});
