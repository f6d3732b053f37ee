/**
 * The client every example uses. Point it at the mock (`npm start`) or at your user pool:
 *   AUTHING_HOST=http://127.0.0.1:4010 AUTHING_USER_POOL_ID=demo npx tsx examples/loginByEmail.ts
 * Examples of signed-in methods read the user's token from AUTHING_TOKEN.
 */
import { AuthenticationClient } from 'authing-rest-sdk';

export const authing = new AuthenticationClient({
  userPoolId: process.env.AUTHING_USER_POOL_ID ?? 'YOUR_USER_POOL_ID',
  host: process.env.AUTHING_HOST || undefined,
  token: process.env.AUTHING_TOKEN || undefined,
});
