/** List the signed-in user's user-defined data (list_udv in Authing's Python SDK), values decoded by type. */
import { authing } from './client.ts';

const udvs = await authing.listUdv();
console.log(udvs.map(({ key, value }) => `${key}=${JSON.stringify(value)}`).join(', '));
