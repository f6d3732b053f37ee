/**
 * `npm run bench:servers`: throughput of getCurrentUser and loginByEmail over loopback against the
 * Prism mock, the stateful emulator and a bare node:http server, each in its own process, under the
 * same bounded load (a fixed number of concurrent callers for a fixed time) from this process.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { bundleSpec } from '../scripts/lib/bundle.ts';
import { startListening } from '../scripts/lib/listening-process.ts';
import { repoRoot } from '../scripts/lib/paths.ts';
import { startPrism } from '../scripts/lib/prism.ts';
import { AuthenticationClient } from '../src/index.ts';
import { USER_BODY } from './calls.ts';
import { load } from './load.ts';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, concurrency: { type: 'string', default: '16' } } });
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);

interface Target {
  name: string;
  url: string;
  token: string;
  /** The password field as the server wants it (encrypted for the emulator). */
  password: string;
  stop: () => Promise<void>;
}

async function targets(): Promise<Target[]> {
  bundleSpec();
  const list: Target[] = [];

  const bareScript = `const body = ${JSON.stringify(USER_BODY)}; require('node:http').createServer((q, s) => { q.resume(); q.on('end', () => { s.writeHead(200, { 'content-type': 'application/json' }); s.end(body); }); }).listen(0, '127.0.0.1', function () { console.log('http://127.0.0.1:' + this.address().port); });`;
  const bare = await startListening(process.execPath, ['-e', bareScript]);
  list.push({ name: 'bare node:http (prepared body)', url: bare.url, token: 'T', password: 'passw0rd', stop: () => bare.stop() });

  const prism = await startPrism();
  list.push({ name: 'Prism mock (static examples)', url: prism.url, token: 'T', password: 'passw0rd', stop: prism.stop });

  const emulator = await startListening(join(repoRoot, 'node_modules', '.bin', 'tsx'), ['emulator/src/cli.ts', '--memory', '--port', '0']);
  const sdk = new AuthenticationClient({ userPoolId: 'POOL', host: emulator.url });
  const credentials = { email: 'bench@example.com', password: 'passw0rd' };
  await sdk.registerByEmail(credentials);
  // The ciphertext of the password, as the SDK sent it: the load replays it, like a client logging in again.
  let encrypted = '';
  const capture = new AuthenticationClient({
    userPoolId: 'POOL',
    host: emulator.url,
    fetch: async (input, init) => {
      const request = input as Request;
      if (request.url.endsWith('/login/account')) encrypted = (JSON.parse(await request.clone().text()) as { password: string }).password;
      return fetch(input, init);
    },
  });
  const { token } = await capture.loginByEmail(credentials);
  list.push({ name: 'emulator, storage in memory (--memory; a database file: npm run bench:emulator), scrypt, JWT', url: emulator.url, token: token!, password: encrypted, stop: () => emulator.stop() });
  return list;
}

const all = await targets();
console.log(`Bounded load: ${concurrency} concurrent callers for ${seconds} s per row, loopback, keep-alive (undici).`);
console.log('');
console.log('| server | getCurrentUser req/s | p50 ms | loginByEmail req/s | p50 ms | failures |');
console.log('|---|---:|---:|---:|---:|---:|');
try {
  for (const target of all) {
    const headers = { 'x-authing-userpool-id': 'POOL', authorization: `Bearer ${target.token}`, 'content-type': 'application/json' };
    const me = await load({ seconds, concurrency }, () => fetch(`${target.url}/api/v2/users/me`, { headers }));
    const loginBody = JSON.stringify({ account: 'bench@example.com', password: target.password });
    const login = await load({ seconds, concurrency }, () => fetch(`${target.url}/api/v2/login/account`, { method: 'POST', headers, body: loginBody }));
    console.log(`| ${target.name} | ${me.perSecond.toFixed(0)} | ${me.p50Ms.toFixed(1)} | ${login.perSecond.toFixed(0)} | ${login.p50Ms.toFixed(1)} | ${me.failures + login.failures} |`);
  }
} finally {
  for (const target of all) await target.stop();
}
