/** Update the signed-in user's profile (the seed's update_profile). */
import { authing } from './client.ts';

const user = await authing.updateProfile({
  nickname: 'Nick',
});
console.log(`profile updated: nickname ${user.nickname}`);
