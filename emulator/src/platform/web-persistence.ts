/**
 * The browser build's state kept across page loads, by choice (`createEmulator({ persist: true })`): the
 * whole state (`emulator.export()`) in IndexedDB, saved shortly after each write and read back at start.
 */
import type { EmulatorExport } from '../snapshot.js';

const DATABASE = 'authing-rest-emulator';
const STATES = 'states';

function openStates(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(DATABASE, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STATES);
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
  });
}

/** Runs one request on the states' object store, in a transaction that completes before it resolves. */
async function onStates<T>(mode: IDBTransactionMode, request: (states: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const database = await openStates();
  try {
    return await new Promise<T>((resolve, reject) => {
      const transaction = database.transaction(STATES, mode);
      const asked = request(transaction.objectStore(STATES));
      transaction.oncomplete = () => resolve(asked.result);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    database.close();
  }
}

/** The state saved under `name`, or undefined. */
export const loadState = (name: string) => onStates<EmulatorExport | undefined>('readonly', (states) => states.get(name));

/** Saves `state` under `name`, replacing what was there. */
export const saveState = (name: string, state: EmulatorExport) => onStates('readwrite', (states) => states.put(state, name)).then(() => undefined);

/**
 * A saver that keeps at most one save running and one waiting: writes in quick succession are saved once,
 * the last state always. A failed save is reported to the console; the emulator goes on in memory.
 */
export function saverOf(save: () => Promise<void>): () => void {
  let running: Promise<void> | undefined;
  let again = false;
  const run = (): void => {
    running = save()
      .catch((error: unknown) => console.warn('authing-rest-emulator: could not keep the state in IndexedDB', error))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        }
      });
  };
  return () => {
    if (running) again = true;
    else run();
  };
}
