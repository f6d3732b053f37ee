/** Check a token, or the current user's login status (the seed's check_login_status). */
import { authing } from './client.ts';

// check any token's status to see if it is valid
const some = await authing.checkLoginStatus({ token: 'TOKEN' });

// after a login, or with a token given to the client: check the current user's status
const current = await authing.checkLoginStatus();
console.log(`TOKEN valid: ${some.status}; current user signed in: ${current.status}`);
