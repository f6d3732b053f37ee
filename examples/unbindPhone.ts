/** Unbind the signed-in user's phone number (the seed's unbind_phone). */
import { authing } from './client.ts';

const user = await authing.unbindPhone();
console.log(`phone unbound: ${user.phone === null}`);
