/** An in-process emulator for tests, with SDK clients on it and its developer endpoints. */
import { createEmulator, type Emulator, type EmulatorOptions } from 'authing-rest-emulator';
import { AuthenticationClient, type AuthenticationClientOptions } from '../../src/index.ts';
import { bundledSpecPath } from './spec.ts';

export const EMULATOR_URL = 'http://emulator.test';

/** An in-process emulator; scrypt's cost lowered so that the suites run fast (the hashing path is the same). */
export async function startEmulator(databaseFile?: string, options: EmulatorOptions = {}): Promise<Emulator> {
  return createEmulator({ specPath: bundledSpecPath, databaseFile, scryptCost: 1024, ...options });
}

export function clientOf(emulator: Emulator, options: Partial<AuthenticationClientOptions> = {}): AuthenticationClient {
  return new AuthenticationClient({ userPoolId: 'POOL', host: EMULATOR_URL, fetch: emulator.fetch, maxRetries: 0, ...options });
}

/** The newest code sent to `recipient` (for `scene`, when given). */
export async function latestCode(emulator: Emulator, recipient: string, scene?: string): Promise<string> {
  const response = await emulator.fetch(`${EMULATOR_URL}/__emulator/outbox?recipient=${encodeURIComponent(recipient)}`);
  const { messages } = (await response.json()) as { messages: Array<{ code: string; scene: string }> };
  const message = messages.find((entry) => !scene || entry.scene === scene);
  if (!message) throw new Error(`no code for ${recipient} ${scene ?? ''}`);
  return message.code;
}

/** POSTs `body` as JSON to a developer endpoint (`reset`, `seed`, `clock`). */
export function postDeveloper(emulator: Emulator, endpoint: string, body: unknown = {}): Promise<Response> {
  return emulator.fetch(`${EMULATOR_URL}/__emulator/${endpoint}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

export async function advanceClock(emulator: Emulator, advanceMs: number): Promise<void> {
  await postDeveloper(emulator, 'clock', { advanceMs });
}
