/**
 * `npm start`: the Prism contract mock of the Authing API, for frontend developers.
 *
 *   npm start                                   serve the spec's examples on http://127.0.0.1:4010
 *   npm start -- --port 5000 --host 0.0.0.0     elsewhere
 *   npm start -- --dynamic                      random (faker) successful data instead of the examples
 *
 * Requests and responses are validated against the spec (`--errors`): a request the real service
 * would refuse gets a 400 envelope with the reasons in the `sl-violations` header.
 */
import { parseArgs } from 'node:util';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundledSpecPath, bundleSpec } from './lib/bundle.ts';
import { dynamicVariant } from './lib/dynamic-spec.ts';
import { PortInUseError, startPrism } from './lib/prism.ts';

const { values } = parseArgs({
  options: {
    host: { type: 'string', default: process.env.MOCK_HOST ?? '127.0.0.1' },
    port: { type: 'string', default: process.env.MOCK_PORT ?? '4010' },
    dynamic: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log('usage: npm start -- [--host 127.0.0.1] [--port 4010] [--dynamic]');
  process.exit(0);
}
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port must be a port number (1-65535), not "${values.port}"`);
  process.exit(2);
}

bundleSpec();
let specPath: string | undefined;
if (values.dynamic) {
  specPath = join(dirname(bundledSpecPath), 'openapi.dynamic.json');
  writeFileSync(specPath, JSON.stringify(dynamicVariant(JSON.parse(readFileSync(bundledSpecPath, 'utf8')))));
}
let prism;
try {
  prism = await startPrism({ host: values.host, port, dynamic: values.dynamic, logLevel: 'warn', specPath });
} catch (error) {
  if (error instanceof PortInUseError) {
    console.error(`${error.message} Stop what uses it, or pick another port: npm start -- --port ${port + 1}`);
    process.exit(1);
  }
  throw error;
}
const { url } = prism;
// From now on Prism's own warnings (request/response violations) are worth seeing.
prism.child.stdout!.pipe(process.stdout);
prism.child.stderr!.pipe(process.stderr);

console.log(`
Authing API mock (Prism, ${values.dynamic ? 'dynamic faker data' : 'spec examples'}) on ${url}

Try it:
  curl -s -X POST ${url}/api/v2/login/account \\
    -H 'content-type: application/json' -H 'x-authing-userpool-id: demo' \\
    -d '{"account":"test@example.com","password":"passw0rd"}'

From the SDK:
  import { AuthenticationClient } from 'authing-rest-sdk';
  const authing = new AuthenticationClient({ userPoolId: 'demo', host: '${url}' });
  const user = await authing.loginByEmail({ email: 'test@example.com', password: 'passw0rd' });

${values.dynamic ? 'Dynamic mode answers random successes; named error examples need the static mock (npm start).\n' : ''}Errors: send 'Prefer: example=<name>' to get a named example, e.g.
  curl -s ${url}/api/v2/users/me -H 'x-authing-userpool-id: demo' -H 'authorization: Bearer t' -H 'Prefer: example=loginExpired'
(each method's reference lists its operation's example names, npm run docs; the MockExamples type offers
them to the SDK's calls). Ctrl-C stops the mock.
`);

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  await prism.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
prism.child.once('exit', (code) => {
  if (!stopping) {
    console.error(`Prism exited unexpectedly (code ${code}).`);
    process.exit(1);
  }
});
