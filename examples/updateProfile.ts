/** Update the signed-in user's profile (update_profile in Authing's Python SDK). */
import { authing } from './client.ts';

const user = await authing.updateProfile({
  nickname: 'Nick',
});
console.log(`profile updated: nickname ${user.nickname}`);
