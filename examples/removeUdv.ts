/** Remove user-defined data (remove_udv in Authing's Python SDK). */
import { authing } from './client.ts';

const remaining = await authing.removeUdv({
  key: 'age',
});
console.log(`left: ${remaining.map(({ key }) => key).join(', ')}`);
