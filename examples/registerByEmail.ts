/** Register by email (register_by_email in Authing's Python SDK). The new user's email is not verified yet. */
import { authing } from './client.ts';

const email = 'test@example.com';
const user = await authing.registerByEmail({
  email,
  password: 'passw0rd',
  profile: { nickname: 'Nick' },
});
console.log(`registered ${user.id} <${user.email}>, emailVerified: ${user.emailVerified}`);
