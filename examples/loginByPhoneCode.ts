/** Log in by phone number and SMS code (login_by_phone_code in Authing's Python SDK). */
import { authing } from './client.ts';

const phone = '188xxxx8888';
// log in by SMS code, if user doesn't exist, it will automatically register a new account
const user = await authing.loginByPhoneCode({
  phone,
  code: '1234',
});
console.log(`signed in as ${user.phone}`);
