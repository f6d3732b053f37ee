/** Set user-defined data (set_udv in Authing's Python SDK); the value's type must match the field's. */
import { authing } from './client.ts';

// set int data
await authing.setUdv({
  key: 'age',
  value: 15,
});

// set boolean data
const udvs = await authing.setUdv({
  key: 'is_ok',
  value: true,
});
console.log(`${udvs.length} user-defined values after setting age and is_ok`);
