/**
 * The smoke scenario every runtime runs, written once, in plain JavaScript: the SDK as installed from
 * its packed tarball, against the emulator. Register and log in with the default RSA encryption (so the
 * lazy chunk must load), read the user through a method and through the typed openapi-fetch client, log
 * out, and meet one AuthingApiError with its code. Resolves to what each step showed.
 */
export async function scenario({ AuthenticationClient, isAuthingApiError, SDK_VERSION }, host) {
  const email = `runtime-${Math.random().toString(36).slice(2)}@example.com`;
  const password = 'passw0rd';
  await new AuthenticationClient({ userPoolId: 'RUNTIMES', host, lang: 'en-US' }).registerByEmail({ email, password });
  const authing = new AuthenticationClient({ userPoolId: 'RUNTIMES', host, lang: 'en-US' });
  const user = await authing.loginByEmail({ email, password });
  const me = await authing.getCurrentUser();
  const { data } = await authing.api.GET('/api/v2/users/me');
  await authing.logout();
  const error = await authing.loginByEmail({ email, password: 'wrong-password' }).then(
    () => 'no error',
    (caught) => (isAuthingApiError(caught) ? caught.code : `${caught?.name}: ${caught?.message}`),
  );
  return {
    version: SDK_VERSION,
    signedIn: user.email === email && me.id === user.id,
    rawCall: data?.code === 200 && data.data.id === user.id,
    signedOut: (await authing.getToken()) === null,
    error,
  };
}

/** What every runtime must print. */
export const expected = { signedIn: true, rawCall: true, signedOut: true, error: 2333 };
