/** Change the signed-in user's phone number (update_phone in Authing's Python SDK). */
import { authing } from './client.ts';

// "verify old phone" disabled in the user pool
await authing.updatePhone({
  phone: '15899999999',
  phoneCode: '1234',
});

// "verify old phone" enabled: prove the old number too
const user = await authing.updatePhone({
  phone: '15899999999',
  phoneCode: '1234',
  oldPhone: '15888888888',
  oldPhoneCode: '1234',
});
console.log(`phone is now ${user.phone}`);
