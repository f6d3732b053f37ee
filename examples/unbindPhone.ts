/** Unbind the signed-in user's phone number (unbind_phone in Authing's Python SDK). */
import { authing } from './client.ts';

const user = await authing.unbindPhone();
console.log(`phone unbound: ${user.phone === null}`);
