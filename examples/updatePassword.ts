/** Change the signed-in user's password (update_password in Authing's Python SDK). */
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
