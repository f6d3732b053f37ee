/** Register by username (register_by_username in Authing's Python SDK). */
import { authing } from './client.ts';

const username = 'bob';
const user = await authing.registerByUsername({
  username,
  password: 'passw0rd',
  profile: { nickname: 'Nick' },
});
console.log(`registered ${user.id} as ${user.username}`);
