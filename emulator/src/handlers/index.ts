/** The operations of the spec, by operationId, with the service's behaviour as the seed documents it. */
import { accountHandlers } from './accounts.js';
import { signedInHandlers } from './signed-in.js';

export { Failure, type Context, type Handler, type LoginGate } from './common.js';
/** Every operation's handler, by operationId: a missing one is a type error. */
export const handlers = { ...accountHandlers, ...signedInHandlers };
