/** The operations of the spec, by operationId, with the service's behaviour as the seed documents it. */
import { accountHandlers } from './accounts.js';
import type { Context } from './common.js';
import { signedInHandlers } from './signed-in.js';

export { Failure, type Context, type Handler } from './common.js';
/** Every operation's handler, by operationId. */
export const handlers = { ...accountHandlers, ...signedInHandlers };

/** Runs the handler of `operationId` with `context` (its body checked against that operation's schema already). */
export function runHandler(operationId: string, context: Context): Promise<unknown> {
  const handler = handlers[operationId as keyof typeof handlers] as ((context: Context) => Promise<unknown>) | undefined;
  if (!handler) throw new Error(`no handler for the operation ${operationId}`);
  return handler(context);
}
