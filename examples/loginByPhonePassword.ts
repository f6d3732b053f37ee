/** Log in by phone number and password (login_by_phone_password in Authing's Python SDK). */
import { authing } from './client.ts';

const phone = '188xxxx8888';
const user = await authing.loginByPhonePassword({
  phone,
  password: 'passw0rd',
});
console.log(`signed in as ${user.id}`);
