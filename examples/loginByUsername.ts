/** Log in by username, registering the user if they do not exist (login_by_username in Authing's Python SDK). */
import { authing } from './client.ts';

const username = 'bob';
const user = await authing.loginByUsername({
  username,
  password: 'passw0rd',
  autoRegister: true, // whether to register if user doesn't exist
});
console.log(`signed in as ${user.id}; token expires ${user.tokenExpiredAt}`);
