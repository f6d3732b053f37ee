/** Register by phone number and SMS code (register_by_phone_code in Authing's Python SDK); send the code with sendSmsCode first. */
import { authing } from './client.ts';

const phone = '188xxxx8888';
const user = await authing.registerByPhoneCode({
  phone,
  code: '1234',
  password: 'passw0rd',
  profile: { nickname: 'Nick' },
});
console.log(`registered ${user.id} with phone ${user.phone}`);
