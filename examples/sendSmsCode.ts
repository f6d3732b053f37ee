/** Send an SMS code, valid for 60 seconds (the seed's send_sms_code). */
import { authing } from './client.ts';

await authing.sendSmsCode({
  phone: '188xxxx8888',
});
console.log('SMS code sent');
