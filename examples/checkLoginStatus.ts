/** Check a token, or the current user's login status (check_login_status in Authing's Python SDK). */
import { authing } from './client.ts';

// check any token's status to see if it is valid
const some = await authing.checkLoginStatus({ token: 'TOKEN' });

// after a login, or with a token given to the client: check the current user's status
const current = await authing.checkLoginStatus();
console.log(`TOKEN valid: ${some.status}; current user signed in: ${current.status}`);
