/** Change the signed-in user's email (update_email in Authing's Python SDK). */
import { authing } from './client.ts';

// "verify old email" disabled in the user pool
await authing.updateEmail({
  email: 'test1@example.com',
  emailCode: '1234',
});

// "verify old email" enabled: prove the old address too
const user = await authing.updateEmail({
  email: 'test1@example.com',
  emailCode: '1234',
  oldEmail: 'test2@example.com',
  oldEmailCode: '1234',
});
console.log(`email is now ${user.email}`);
