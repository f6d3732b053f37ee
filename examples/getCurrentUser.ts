/** Get the signed-in user (get_current_user in Authing's Python SDK). */
import { authing } from './client.ts';

const user = await authing.getCurrentUser();
console.log(`current user ${user.id}, ${user.loginsCount} logins`);
