/** Refresh the signed-in user's token (refresh_token in Authing's Python SDK); the client stores the new one. */
import { authing } from './client.ts';

const { token, exp } = await authing.refreshToken();
console.log(`new token stored: ${(await authing.getToken()) === token}, expires ${new Date(exp * 1000).toISOString()}`);
