/** Send an email, here one with a password-reset code (send_email in Authing's Python SDK). */
import { authing } from './client.ts';

await authing.sendEmail({
  email: 'test@example.com',
  scene: 'RESET_PASSWORD',
});
console.log('reset-password email sent');
