/** Log out (the seed's logout): the token is revoked and forgotten. */
import { authing } from './client.ts';

await authing.logout();
console.log(`signed out: ${(await authing.getToken()) === null}`);
