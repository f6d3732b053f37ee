/** Send an SMS code, valid for 60 seconds (send_sms_code in Authing's Python SDK). */
import { authing } from './client.ts';

await authing.sendSmsCode({
  phone: '188xxxx8888',
});
console.log('SMS code sent');
