/** Log out (logout in Authing's Python SDK): the token is revoked and forgotten. */
import { authing } from './client.ts';

await authing.logout();
console.log(`signed out: ${(await authing.getToken()) === null}`);
