/** Register by username (the seed's register_by_username). */
import { authing } from './client.ts';

const username = 'bob';
const user = await authing.registerByUsername({
  username,
  password: 'passw0rd',
  profile: { nickname: 'Nick' },
});
console.log(`registered ${user.id} as ${user.username}`);
