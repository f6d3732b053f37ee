/** Bind a first phone number to the signed-in user (bind_phone in Authing's Python SDK). */
import { authing } from './client.ts';

const phone = '188xxxx8888';
const user = await authing.bindPhone({
  phone,
  phoneCode: '1234',
});
console.log(`phone bound: ${user.phone}`);
