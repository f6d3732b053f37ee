/** The operations of the spec, by operationId, with the service's behaviour as the seed documents it. */
import { accountHandlers } from './accounts.js';
import type { Handler } from './common.js';
import { signedInHandlers } from './signed-in.js';

export { Failure, type Context, type Handler } from './common.js';
export const handlers: Record<string, Handler> = { ...accountHandlers, ...signedInHandlers };
