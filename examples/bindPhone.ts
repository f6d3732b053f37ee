/** Bind a first phone number to the signed-in user (the seed's bind_phone). */
import { authing } from './client.ts';

const phone = '188xxxx8888';
const user = await authing.bindPhone({
  phone,
  phoneCode: '1234',
});
console.log(`phone bound: ${user.phone}`);
