/** Reset the password with an SMS code (reset_password_by_phone_code in Authing's Python SDK). */
import { authing } from './client.ts';

const result = await authing.resetPasswordByPhoneCode({
  phone: '188xxxx8888',
  code: '1234',
  newPassword: 'passw0rd',
});
console.log(`password reset: ${result.message}`);
