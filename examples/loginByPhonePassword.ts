/** Log in by phone number and password (the seed's login_by_phone_password). */
import { authing } from './client.ts';

const phone = '188xxxx8888';
const user = await authing.loginByPhonePassword({
  phone,
  password: 'passw0rd',
});
console.log(`signed in as ${user.id}`);
