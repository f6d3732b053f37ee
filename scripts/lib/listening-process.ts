/**
 * Starts a server process that prints its URL, in its own process group (so that a signal reaches
 * tsx's node child too), and resolves once the URL appears; rejects if it exits or stays silent.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { repoRoot } from './paths.ts';

export interface ListeningProcess {
  url: string;
  child: ChildProcess;
  /** Sends `signal` to the whole group; resolves when the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface StartOptions {
  /** Working directory. Default: the repository. */
  cwd?: string;
  /** How long to wait for the URL. Default 30 s. */
  timeoutMs?: number;
}

export function startListening(command: string, args: string[], { cwd = repoRoot, timeoutMs = 30_000 }: StartOptions = {}): Promise<ListeningProcess> {
  const child = spawn(command, args, { cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = (signal: NodeJS.Signals = 'SIGTERM') =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      process.kill(-child.pid!, signal);
    });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      void stop('SIGKILL');
      reject(new Error(`no URL within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk;
      const url = /(http:\/\/[^\s]+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, child, stop });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code}) before listening:\n${output}`));
    });
  });
}
