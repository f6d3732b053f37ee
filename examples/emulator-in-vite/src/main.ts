/**
 * A sign-in page: register with a phone and an SMS code, log in with the password (RSA-encrypted, as
 * Authing's pools expect), edit the nickname, log out. In development (`npm run dev`) the API is the
 * emulator in this page (mock-authing.ts), and the codes it "sends" appear in a panel; a production
 * build talks to Authing, and holds no emulator.
 */
import { AuthenticationClient, isAuthingApiError, type User } from 'authing-rest-sdk';

const $ = <T extends HTMLElement = HTMLInputElement>(id: string) => document.getElementById(id) as T;

const emulator = import.meta.env.DEV ? await (await import('./mock-authing.ts')).startMockAuthing() : undefined;
const authing = new AuthenticationClient({ userPoolId: import.meta.env.VITE_AUTHING_USER_POOL_ID ?? 'demo-pool' });

const show = (status: string, user?: User | null) => {
  $('status').textContent = status;
  if (user !== undefined) $('user').textContent = user ? JSON.stringify({ id: user.id, phone: user.phone, nickname: user.nickname }, null, 2) : '';
};

/** Runs one action and shows its outcome; Authing's refusals show their code, which the app can act on. */
const action = (id: string, run: () => Promise<string>) =>
  $(id).addEventListener('click', () => {
    run().then(
      (status) => show(status),
      (error: unknown) => show(isAuthingApiError(error) ? `Refused (${error.code}): ${error.message}` : `Failed: ${String(error)}`),
    );
  });

action('send-code', async () => {
  const phone = $('phone').value;
  await authing.sendSmsCode({ phone });
  if (emulator) {
    // No SMS leaves the page: show the code the emulator "sent".
    const inbox = $('dev-inbox');
    inbox.hidden = false;
    inbox.textContent = `Emulator inbox (development only). SMS to ${phone}: ${emulator.outbox({ recipient: phone })[0]?.code}`;
  }
  return `Code sent to ${phone}`;
});
action('register', async () => {
  const user = await authing.registerByPhoneCode({ phone: $('phone').value, code: $('code').value, password: $('password').value });
  show('', user);
  return `Registered ${user.phone}`;
});
action('login', async () => {
  const user = await authing.loginByPhonePassword({ phone: $('phone').value, password: $('password').value });
  show('', user);
  return `Signed in as ${user.phone}`;
});
action('save-profile', async () => {
  const user = await authing.updateProfile({ nickname: $('nickname').value });
  show('', user);
  return `Saved: ${user.nickname}`;
});
action('logout', async () => {
  await authing.logout();
  show('', null);
  return 'Signed out';
});

show(`Ready${emulator ? ' (the API is emulated in this page)' : ''}`);
