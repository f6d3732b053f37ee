/** Log in by email (login_by_email in Authing's Python SDK). The client keeps the token for later calls. */
import { authing } from './client.ts';

const email = 'test@example.com';
const user = await authing.loginByEmail({
  email,
  password: 'passw0rd',
});
console.log(`signed in as ${user.email}; token stored: ${(await authing.getToken()) === user.token}`);
