/**
 * Starts the pinned Prism on the bundled spec and stops it for sure. Shared by `npm start`, the test
 * suite's global setup and `npm run examples`.
 *
 * At quiet log levels Prism never says it is listening, so readiness is polled over HTTP; its output
 * is drained all along (a full pipe would stall it) and kept for error messages.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { repoRoot } from './paths.ts';

export interface PrismOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Faker-generated data instead of the spec's examples. */
  dynamic?: boolean;
  /** Prism's log level. */
  logLevel?: 'error' | 'warn' | 'info';
  /** How long to wait for the first answer. */
  startTimeoutMs?: number;
  /** The spec to serve. Default build/openapi.json. */
  specPath?: string;
}

export interface RunningPrism {
  url: string;
  child: ChildProcess;
  /** Recent output of Prism, for diagnostics. */
  output(): string;
  /** SIGTERM, then SIGKILL after a grace period; resolves when the process is gone. */
  stop(): Promise<void>;
}

export class PortInUseError extends Error {}

/** Resolves with a free port on `host`, or the given one when it is free; rejects with PortInUseError. */
export function claimPort(host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(`Port ${port} on ${host} is already in use.`) : error),
    );
    probe.listen(port, host, () => {
      const { port: claimed } = probe.address() as { port: number };
      probe.close(() => resolve(claimed));
    });
  });
}

const running = new Set<ChildProcess>();
/** Prism runs in its own process group, so whatever it starts ends with it. */
const killGroup = (child: ChildProcess, signal: NodeJS.Signals) => {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // Already gone.
  }
};
let exitHookInstalled = false;
/** Last resort on any exit of this process: no Prism outlives it. */
function installExitHook() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  const killAll = () => {
    for (const child of running) killGroup(child, 'SIGKILL');
  };
  process.once('exit', killAll);
  // A signal's default action ends the process without 'exit' handlers: kill Prism, then die of the signal.
  for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      killAll();
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    });
  }
}

async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs: number, output: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`Prism exited before answering (code ${child.exitCode ?? child.signalCode}):\n${output()}`);
    }
    try {
      await fetch(`${url}/api/v2/.well-known`, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`Prism did not answer within ${timeoutMs} ms:\n${output()}`);
}

export async function startPrism(options: PrismOptions = {}): Promise<RunningPrism> {
  const host = options.host ?? '127.0.0.1';
  const port = await claimPort(host, options.port ?? 0);
  const args = ['mock', options.specPath ?? join(repoRoot, 'build', 'openapi.json'), '--host', host, '--port', String(port), '--errors', '--verboseLevel', options.logLevel ?? 'error'];
  if (options.dynamic) args.push('--dynamic');
  const child = spawn(join(repoRoot, 'node_modules', '.bin', 'prism'), args, { cwd: repoRoot, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  installExitHook();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  exited.then(() => running.delete(child));

  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);

  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    killGroup(child, 'SIGTERM');
    const grace = setTimeout(() => killGroup(child, 'SIGKILL'), 3000);
    await exited;
    clearTimeout(grace);
  };
  try {
    await waitUntilAnswering(url, child, options.startTimeoutMs ?? 30_000, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, child, output: () => log, stop };
}
