/**
 * Register by email (register_by_email in Authing's Python SDK). The new user's email is not verified
 * yet. `customData` sets values of the pool's user-defined fields (here `city` and `age`, which the pool
 * must define); the SDK sends them as Authing's SDKs do.
 */
import { authing } from './client.ts';

const email = 'test@example.com';
const user = await authing.registerByEmail({
  email,
  password: 'passw0rd',
  profile: { nickname: 'Nick' },
  customData: { city: 'Beijing', age: 22 },
});
console.log(`registered ${user.id} <${user.email}>, emailVerified: ${user.emailVerified}`);
