/** The operations of the spec, by operationId, with the service's behaviour as the seed documents it. */
import type { OperationId } from '../generated/operation-types.js';
import { accountHandlers } from './accounts.js';
import type { Context, Handlers } from './common.js';
import { signedInHandlers } from './signed-in.js';

export { Failure, type Context, type Handler, type Handlers } from './common.js';

/** Every operation's handler, by operationId: an operation of the spec without one is a type error. */
export const handlers: Handlers<OperationId> = { ...accountHandlers, ...signedInHandlers };

/**
 * Runs the handler of `operationId` with `context`. The operation comes from the spec at run time, and its
 * body was checked against that operation's schema already: here its type is taken on that check's word.
 */
export function runHandler(operationId: string, context: Context): Promise<unknown> {
  const handler = handlers[operationId as OperationId] as ((context: Context) => Promise<unknown>) | undefined;
  if (!handler) throw new Error(`no handler for the operation ${operationId}`);
  return handler(context);
}
