/** Register by email (the seed's register_by_email). The new user's email is not verified yet. */
import { authing } from './client.ts';

const email = 'test@example.com';
const user = await authing.registerByEmail({
  email,
  password: 'passw0rd',
  profile: { nickname: 'Nick' },
});
console.log(`registered ${user.id} <${user.email}>, emailVerified: ${user.emailVerified}`);
