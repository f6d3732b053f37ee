/** List the signed-in user's user-defined data (the seed's list_udv), values decoded by type. */
import { authing } from './client.ts';

const udvs = await authing.listUdv();
console.log(udvs.map(({ key, value }) => `${key}=${JSON.stringify(value)}`).join(', '));
