/** Remove user-defined data (the seed's remove_udv). */
import { authing } from './client.ts';

const remaining = await authing.removeUdv({
  key: 'age',
});
console.log(`left: ${remaining.map(({ key }) => key).join(', ')}`);
