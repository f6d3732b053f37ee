/** The operations of the spec, by operationId, with the service's behaviour as the seed documents it. */
import { accountHandlers } from './accounts.ts';
import type { Handler } from './common.ts';
import { signedInHandlers } from './signed-in.ts';

export { Failure, type Context, type Handler } from './common.ts';
export const handlers: Record<string, Handler> = { ...accountHandlers, ...signedInHandlers };
