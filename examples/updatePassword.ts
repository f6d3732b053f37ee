/** Change the signed-in user's password (the seed's update_password). */
import { authing } from './client.ts';

// oldPassword is left out for accounts registered by phone or a social provider
await authing.updatePassword({
  newPassword: 'passw0rd',
});

// the user had a password before
const user = await authing.updatePassword({
  newPassword: 'passw0rd',
  oldPassword: '123456!',
});
console.log(`password changed twice for ${user.id}`);
