/**
 * Both packages as a user who never cloned this repository gets them: the SDK and the emulator tarballs
 * installed into one fresh project, the emulator served by its own command, the Prism mock served from
 * the spec the SDK ships, and what ships beside the code (LICENSE, README links, publint, attw).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startListening, type ListeningProcess } from '../../scripts/lib/listening-process.ts';
import { startPrism, type RunningPrism } from '../../scripts/lib/prism.ts';
import { bin, pack, projectWith, run, tarballFile, tarballFiles } from '../support/packages.ts';
import { repoRoot } from '../support/spec.ts';

let sdkTarball: string;
let emulatorTarball: string;
let project: string;
const started: Array<ListeningProcess | RunningPrism> = [];

beforeAll(() => {
  sdkTarball = pack();
  emulatorTarball = pack('authing-rest-emulator');
  // msw as an app that mocks with it has it: from the registry, at the version the repository tests.
  const msw = `msw@${JSON.parse(readFileSync(join(repoRoot, 'node_modules', 'msw', 'package.json'), 'utf8')).version}`;
  project = projectWith(dirname(sdkTarball), 'package-user', 'module', [sdkTarball, emulatorTarball, msw]);
}, 180_000);

afterAll(async () => {
  await Promise.all(started.map((server) => server.stop()));
});

/** Runs an ES module in the project and returns what it printed as JSON. */
function runInProject(name: string, source: string, env: NodeJS.ProcessEnv = {}): any {
  writeFileSync(join(project, name), source);
  return JSON.parse(run('node', [name], project, env).trim().split('\n').pop()!);
}

const signUpAndIn = `
import { AuthenticationClient, isAuthingApiError } from 'authing-rest-sdk';
const host = process.env.EMULATOR_URL;
const authing = new AuthenticationClient({ userPoolId: 'demo', host });
const phone = '13800000001';
await authing.sendSmsCode({ phone, scene: 'register' });
const outbox = await (await fetch(host + '/__emulator/outbox?recipient=' + phone)).json();
const registered = await authing.registerByPhoneCode({ phone, code: outbox.messages[0].code, password: 'passw0rd' });
const wrong = await authing.loginByPhonePassword({ phone, password: 'wrong-password' }).catch((error) => isAuthingApiError(error) && error.code);
const user = await authing.loginByPhonePassword({ phone, password: 'passw0rd' });
const me = await authing.getCurrentUser();
await authing.logout();
console.log(JSON.stringify({ registered: registered.id, wrong, user: user.id, me: me.phone, token: await authing.getToken() }));
`;

/** The files of the emulator README's Vite recipe, by the path each block's first line names (`// src/main.ts`). */
function viteRecipe(): Record<string, string> {
  const readme = readFileSync(join(repoRoot, 'emulator', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### In the browser, with a Vite dev server'), readme.indexOf('### What the emulator in a page is'));
  const blocks = [...section.matchAll(/```ts\n\/\/ ([\w./-]+\.ts)[^\n]*\n([\s\S]*?)```/g)];
  return Object.fromEntries(blocks.map(([, path, code]) => [path!, code!]));
}

describe('the SDK and the emulator installed from their tarballs', () => {
  it("the emulator README's Vite recipe compiles as written under the Vite template's tsconfig (unused names are errors there)", () => {
    const recipe = viteRecipe();
    expect(Object.keys(recipe)).toEqual(['src/mock-authing.ts', 'src/main.ts', 'vite.config.ts']);
    const app = join(project, 'vite-app');
    mkdirSync(join(app, 'src'), { recursive: true });
    for (const path of ['src/mock-authing.ts', 'src/main.ts']) writeFileSync(join(app, path), recipe[path]!);
    // Vite is not installed here: its client types are reduced to the one member the recipe reads.
    writeFileSync(join(app, 'src', 'vite-env.d.ts'), 'interface ImportMeta {\n  readonly env: { readonly DEV: boolean };\n}\n');
    const tsconfig = readFileSync(join(repoRoot, 'test', 'fixtures', 'vite-template-tsconfig.json'), 'utf8').replace('"types": ["vite/client"]', '"types": []');
    writeFileSync(join(app, 'tsconfig.json'), tsconfig);
    expect(run(bin('tsc'), ['-p', app], app).trim()).toBe('');
    // The recipe keeps MSW quiet, and the worker out of the build.
    expect(recipe['src/mock-authing.ts']).toContain('quiet: true');
    expect(recipe['vite.config.ts']).toContain("rmSync('dist/mockServiceWorker.js'");
  }, 60_000);

  it('`npx authing-rest-emulator` serves a full flow: register with an SMS code from the outbox, log in, read the user, log out', async () => {
    const emulator = await startListening('npx', ['--no-install', 'authing-rest-emulator', '--memory', '--port', '0'], { cwd: project });
    started.push(emulator);
    const result = runInProject('flow.mjs', signUpAndIn, { EMULATOR_URL: emulator.url });
    expect(result).toEqual({ registered: result.user, wrong: 2333, user: expect.any(String), me: '13800000001', token: null });
    await emulator.stop();
  }, 60_000);

  it('behind MSW (setupServer), serves an unchanged client with no host or fetch: SMS sign-up from outbox(), RSA login, the user, a profile update, a wrong password, logout', () => {
    const result = runInProject(
      'msw.mjs',
      `
      import { setupServer } from 'msw/node';
      import { createEmulator } from 'authing-rest-emulator';
      import { emulatorHandlers } from 'authing-rest-emulator/msw';
      import { AuthenticationClient, isAuthingApiError } from 'authing-rest-sdk';
      const emulator = await createEmulator();
      const server = setupServer(...emulatorHandlers(emulator));
      server.listen({ onUnhandledRequest: 'error' });
      const authing = new AuthenticationClient({ userPoolId: 'demo' });
      const phone = '13800000002';
      await authing.sendSmsCode({ phone });
      await authing.registerByPhoneCode({ phone, code: emulator.outbox({ recipient: phone })[0].code, password: 'passw0rd' });
      const user = await authing.loginByPhonePassword({ phone, password: 'passw0rd' });
      const me = await authing.getCurrentUser();
      const nickname = (await authing.updateProfile({ nickname: 'Ada' })).nickname;
      const wrong = await new AuthenticationClient({ userPoolId: 'demo' }).loginByPhonePassword({ phone, password: 'wrong-password' }).catch((error) => isAuthingApiError(error) && error.code);
      await authing.logout();
      console.log(JSON.stringify({ same: me.id === user.id, phone: me.phone, nickname, wrong, token: await authing.getToken() }));
      server.close();
      emulator.close();
      `,
    );
    expect(result).toEqual({ same: true, phone: '13800000002', nickname: 'Ada', wrong: 2333, token: null });
  }, 60_000);

  it('createEmulator() runs in process with the spec the package ships, as the SDK\'s fetch', () => {
    const result = runInProject(
      'in-process.mjs',
      `
      import { createEmulator } from 'authing-rest-emulator';
      import { AuthenticationClient } from 'authing-rest-sdk';
      const emulator = await createEmulator();
      const authing = new AuthenticationClient({ userPoolId: 'demo', host: 'http://emulator', fetch: emulator.fetch });
      await authing.registerByEmail({ email: 'a@example.com', password: 'passw0rd' });
      const user = await authing.loginByEmail({ email: 'a@example.com', password: 'passw0rd' });
      console.log(JSON.stringify({ email: (await authing.getCurrentUser()).email, signedIn: user.token === (await authing.getToken()) }));
      emulator.close();
      `,
    );
    expect(result).toEqual({ email: 'a@example.com', signedIn: true });
  }, 60_000);

  it("a browser bundler picks the emulator's browser build (the `browser` condition), which runs on web APIs alone", async () => {
    writeFileSync(
      join(project, 'page.mjs'),
      `
      import { createEmulator } from 'authing-rest-emulator';
      import { AuthenticationClient } from 'authing-rest-sdk';
      const emulator = await createEmulator();
      const authing = new AuthenticationClient({ userPoolId: 'demo', fetch: emulator.fetch });
      await authing.registerByEmail({ email: 'page@example.com', password: 'passw0rd' });
      const user = await authing.loginByEmail({ email: 'page@example.com', password: 'passw0rd' });
      console.log(JSON.stringify({ email: (await authing.getCurrentUser()).email, signedIn: user.token === (await authing.getToken()) }));
      `,
    );
    const { metafile } = await build({ entryPoints: [join(project, 'page.mjs')], absWorkingDir: project, bundle: true, format: 'esm', platform: 'browser', outfile: join(project, 'page.bundle.mjs'), metafile: true, logLevel: 'warning' });
    expect(Object.keys(metafile.inputs)).toContain('node_modules/authing-rest-emulator/dist/browser.js');
    expect(JSON.parse(run('node', ['page.bundle.mjs'], project).trim().split('\n').pop()!)).toEqual({ email: 'page@example.com', signedIn: true });
  }, 60_000);

  it('the Prism mock, started on the spec the SDK ships (resolved as authing-rest-sdk/openapi.json), answers a login', async () => {
    const specPath = run('node', ['-p', "require.resolve('authing-rest-sdk/openapi.json')"], project).trim();
    expect(specPath).toBe(join(project, 'node_modules', 'authing-rest-sdk', 'dist', 'openapi.json'));
    const prism = await startPrism({ specPath });
    started.push(prism);
    const result = runInProject(
      'mock.mjs',
      `
      import { AuthenticationClient } from 'authing-rest-sdk';
      const authing = new AuthenticationClient({ userPoolId: 'demo', host: process.env.MOCK_URL });
      const user = await authing.loginByEmail({ email: 'test@example.com', password: 'passw0rd' });
      console.log(JSON.stringify({ id: user.id, signedIn: (await authing.getToken()) === user.token }));
      `,
      { MOCK_URL: prism.url },
    );
    expect(result).toEqual({ id: expect.any(String), signedIn: true });
    await prism.stop();
  }, 60_000);
});

describe.each([
  ['authing-rest-sdk', () => sdkTarball],
  ['authing-rest-emulator', () => emulatorTarball],
])('the %s tarball', (name, tarball) => {
  it('ships an MIT LICENSE of the contributors', () => {
    const license = tarballFile(tarball(), 'LICENSE');
    expect(license).toMatch(/^MIT License/);
    expect(license).toContain('Copyright (c) 2026 authing-rest-sdk contributors');
  });

  it("ships the repository's README, which the release workflow points at the site and the repository's files", () => {
    // scripts/package-readme.ts rewrites it before `npm publish` (test/spec/package-readme.test.ts): no
    // relative link is left for a registry reader, who has none of the repository's files.
    const readme = name === 'authing-rest-sdk' ? 'README.md' : join('emulator', 'README.md');
    expect(tarballFile(tarball(), 'README.md')).toBe(readFileSync(join(repoRoot, readme), 'utf8'));
    expect(tarballFiles(tarball())).toContain('README.md');
  });

  it('passes publint and Are the Types Wrong', () => {
    expect(run(bin('publint'), ['run', tarball(), '--strict'], repoRoot)).toMatch(/All good/);
    // node10 resolution cannot see subpath exports; the emulator is an ES module for Node only, so
    // require() from CommonJS is not offered.
    const [profile, ignored] = name === 'authing-rest-emulator' ? ['esm-only', ['node10', 'node16-cjs']] : ['node16', ['node10']];
    const report = JSON.parse(run(bin('attw'), [tarball(), '--profile', profile, '--format', 'json'], repoRoot));
    const problems = (report.analysis.problems ?? []) as Array<{ resolutionKind?: string }>;
    expect(problems.filter((problem) => !ignored.includes(problem.resolutionKind!))).toEqual([]);
  }, 60_000);
});
