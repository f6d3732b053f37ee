/** Get the signed-in user (the seed's get_current_user). */
import { authing } from './client.ts';

const user = await authing.getCurrentUser();
console.log(`current user ${user.id}, ${user.loginsCount} logins`);
