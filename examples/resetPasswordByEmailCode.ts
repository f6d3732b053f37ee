/** Reset the password with a code from a RESET_PASSWORD email (reset_password_by_email_code in Authing's Python SDK). */
import { authing } from './client.ts';

const result = await authing.resetPasswordByEmailCode({
  email: 'test@example.com',
  code: '1234',
  newPassword: 'passw0rd',
});
console.log(`password reset: ${result.message}`);
