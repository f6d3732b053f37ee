/**
 * The developer page at /__emulator/: the users (find, read, edit, delete, sign out everywhere), the
 * outbox (newest first, each code big enough to read and copy), the clock, the request log, reset, export
 * and import. One HTML document with its script and style, no framework: it calls the developer endpoints
 * (developer.ts) with fetch, and polls the outbox, the log and the clock every two seconds while visible.
 * Everything the state holds reaches the page as text (textContent), never as markup.
 */
export const DEVELOPER_PAGE = String.raw`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Authing emulator</title>
<link rel="icon" href="data:,">
<style>
  :root { font: 14px/1.4 system-ui, sans-serif; color: #1d2433; background: #f5f6f8; }
  body { margin: 0; }
  header { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; padding: 10px 16px; background: #1d2433; color: #fff; }
  header h1 { font-size: 16px; margin: 0 12px 0 0; }
  header .clock { font-family: ui-monospace, monospace; }
  main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 16px; padding: 16px; }
  section { background: #fff; border: 1px solid #dde1e7; border-radius: 6px; padding: 12px; min-width: 0; }
  section.wide { grid-column: 1 / -1; }
  h2 { font-size: 15px; margin: 0 0 8px; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid #eef0f3; vertical-align: top; overflow-wrap: anywhere; }
  #requests th, #requests td { white-space: nowrap; }
  #requests td:nth-child(6) { white-space: normal; width: 100%; }
  summary { cursor: pointer; color: #6b7384; }
  tbody tr.pick { cursor: pointer; }
  tbody tr.pick:hover, tr.chosen { background: #eef4ff; }
  button, input, select { font: inherit; }
  button { border: 1px solid #b9c0cc; background: #fff; border-radius: 4px; padding: 3px 10px; cursor: pointer; }
  button.danger { border-color: #d33; color: #b00; }
  header button, header .button { border: 1px solid #556; border-radius: 4px; padding: 3px 10px; background: #2d3547; color: #fff; cursor: pointer; text-decoration: none; }
  input[type=search] { width: 100%; box-sizing: border-box; padding: 5px 8px; margin-bottom: 8px; }
  .message { display: flex; gap: 12px; align-items: center; border-bottom: 1px solid #eef0f3; padding: 6px 0; }
  .code { font: 600 26px/1 ui-monospace, monospace; letter-spacing: 2px; }
  .muted { color: #6b7384; font-size: 12px; }
  .bad { color: #b00; }
  pre { background: #f5f6f8; padding: 8px; overflow: auto; max-height: 260px; margin: 6px 0; }
  #status { margin-left: auto; }
  #user { margin-top: 14px; border-top: 1px solid #dde1e7; padding-top: 8px; }
  .row { display: flex; gap: 6px; flex-wrap: wrap; align-items: center; margin: 6px 0; }
</style>
</head>
<body>
<header>
  <h1>Authing emulator</h1>
  <span class="clock" id="clock">…</span>
  <button data-advance="60000">+1 min</button>
  <button data-advance="3600000">+1 h</button>
  <button data-advance="86400000">+1 day</button>
  <button id="real-time">Real time</button>
  <button id="reset">Reset…</button>
  <a class="button" id="export" href="export" download>Export</a>
  <label class="button">Import… <input id="import" type="file" accept="application/json,.json" hidden></label>
  <span id="status" role="status"></span>
</header>
<main>
  <section id="users">
    <h2>Users <span class="muted" id="user-count"></span></h2>
    <input type="search" id="search" placeholder="Find by email, phone or username" aria-label="Find users">
    <table><thead><tr><th>Email</th><th>Phone</th><th>Username</th><th>Last login</th><th>Password</th></tr></thead><tbody id="user-rows"></tbody></table>
    <div id="user" hidden>
      <h2 id="user-title"></h2>
      <div class="row">
        <button id="sign-out">Sign out everywhere</button>
        <button id="delete" class="danger">Delete user…</button>
      </div>
      <form class="row" id="edit">
        <label>Field <input id="edit-field" list="user-fields" required size="14"></label>
        <label>Value <input id="edit-value" size="24"></label>
        <button>Save</button>
        <datalist id="user-fields"><option value="nickname"><option value="email"><option value="phone"><option value="username"><option value="password"><option value="blocked"><option value="emailVerified"><option value="phoneVerified"></datalist>
      </form>
      <div class="muted" id="user-facts"></div>
      <h2>Custom data</h2>
      <table><tbody id="user-data"></tbody></table>
      <h2>Profile <span class="muted">the fields that are not null</span></h2>
      <pre id="user-profile"></pre>
    </div>
  </section>
  <section id="outbox">
    <h2>Outbox <span class="muted">newest first</span></h2>
    <div id="messages"><p class="muted">No message sent yet.</p></div>
  </section>
  <section id="requests" class="wide">
    <h2>Requests <span class="muted">the last 200, newest first; passwords, codes and tokens shown as their kind</span></h2>
    <table><thead><tr><th>Time</th><th>Request</th><th>Operation</th><th>Status</th><th>Code</th><th>Message</th><th>ms</th></tr></thead><tbody id="request-rows"></tbody></table>
  </section>
</main>
<script>
  const $ = (id) => document.getElementById(id);
  let chosen = null;
  let offsetMs = 0;

  /** An element with text (never markup) and children. */
  function el(tag, text, ...children) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    for (const child of children) node.append(child);
    return node;
  }
  const time = (iso) => (iso ? new Date(iso).toLocaleString() : '—');
  const status = (text, bad) => { $('status').textContent = text; $('status').className = bad ? 'bad' : ''; };

  async function call(path, body) {
    const response = await fetch(path, body === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(answer.error || answer.message || 'HTTP ' + response.status);
    return answer;
  }
  const act = (work) => work().catch((error) => status(error.message, true));

  async function showClock() {
    const clock = await call('clock');
    offsetMs = clock.offsetMs;
    $('clock').textContent = time(clock.now) + (offsetMs ? ' (+' + Math.round(offsetMs / 60000) + ' min)' : ' (real time)');
  }

  async function showUsers() {
    const page = await call('users?limit=100&query=' + encodeURIComponent($('search').value));
    $('user-count').textContent = page.total + (page.total === 1 ? ' user' : ' users');
    $('user-rows').replaceChildren(...page.users.map((user) => {
      const row = el('tr', null, el('td', user.email || '—'), el('td', user.phone || '—'), el('td', user.username || '—'), el('td', time(user.lastLogin)), el('td', user.hasPassword ? 'yes' : 'no'));
      row.className = 'pick' + (user.id === chosen ? ' chosen' : '');
      row.dataset.id = user.id;
      row.onclick = () => act(() => showUser(user.id));
      return row;
    }));
  }

  async function showUser(id) {
    chosen = id;
    const { user, hasPassword, customData, signedOutAt } = await call('users/' + encodeURIComponent(id));
    $('user').hidden = false;
    $('user-title').textContent = user.email || user.phone || user.username || user.id;
    $('user-facts').textContent = 'id ' + user.id + ' · ' + (hasPassword ? 'has a password' : 'no password') + ' · ' + user.loginsCount + (user.loginsCount === 1 ? ' login' : ' logins') + ', last ' + time(user.lastLogin) + (signedOutAt ? ' · signed out everywhere ' + time(signedOutAt) : '');
    $('user-data').replaceChildren(...(customData.length ? customData.map((item) => el('tr', null, el('th', item.key), el('td', item.value), el('td', item.dataType))) : [el('tr', null, el('td', 'none'))]));
    // The fields it has: the spec's User lists some 60, most of them null.
    $('user-profile').textContent = JSON.stringify(Object.fromEntries(Object.entries(user).filter(([, value]) => value !== null)), null, 2);
    await showUsers();
  }

  async function showMessages() {
    const { messages } = await call('outbox');
    if (!messages.length) return;
    $('messages').replaceChildren(...messages.slice(0, 50).map((message) => {
      const copy = el('button', 'Copy');
      copy.onclick = () => navigator.clipboard.writeText(message.code).then(() => status('Copied ' + message.code));
      return el('div', null, el('span', message.code), copy, el('div', null, el('div', message.recipient), el('div', message.channel + (message.scene ? ' · ' + message.scene : '') + ' · ' + time(message.sentAt))));
    }));
    for (const row of $('messages').children) { row.className = 'message'; row.firstChild.className = 'code'; row.lastChild.lastChild.className = 'muted'; }
  }

  async function showRequests() {
    const { requests } = await call('requests?limit=200');
    $('request-rows').replaceChildren(...requests.map((entry) => {
      const message = el('td', entry.message);
      if (entry.violations.length) message.append(el('div', entry.violations.join('; ')));
      if (entry.body !== null) message.append(el('details', null, el('summary', 'body'), el('pre', JSON.stringify(entry.body, null, 1))));
      const row = el('tr', null, el('td', new Date(entry.at).toLocaleTimeString()), el('td', entry.method + ' ' + entry.path + (entry.withToken ? ' [token]' : '')), el('td', entry.operationId || '—'), el('td', entry.status), el('td', entry.code), message, el('td', entry.durationMs));
      if (entry.code !== 200) row.className = 'bad';
      return row;
    }));
  }

  const refresh = () => act(() => Promise.all([showClock(), showMessages(), showRequests()]));

  for (const button of document.querySelectorAll('[data-advance]')) button.onclick = () => act(async () => { await call('clock', { advanceMs: Number(button.dataset.advance) }); await showClock(); status('Clock moved'); });
  $('real-time').onclick = () => act(async () => { await call('clock', { advanceMs: -offsetMs }); await showClock(); status('Real time again'); });
  $('reset').onclick = () => confirm('Forget every user, code and message?') && act(async () => { await call('reset', {}); chosen = null; $('user').hidden = true; $('messages').replaceChildren(el('p', 'No message sent yet.')); await Promise.all([showUsers(), refresh()]); status('Reset'); });
  $('search').oninput = () => act(showUsers);
  $('sign-out').onclick = () => act(async () => { await call('users/' + encodeURIComponent(chosen) + '/sign-out', {}); await showUser(chosen); status('Signed out everywhere'); });
  $('delete').onclick = () => confirm('Delete this user?') && act(async () => { await call('users/' + encodeURIComponent(chosen) + '/delete', {}); chosen = null; $('user').hidden = true; await showUsers(); status('Deleted'); });
  $('edit').onsubmit = (event) => {
    event.preventDefault();
    const field = $('edit-field').value.trim();
    const text = $('edit-value').value;
    // true, false, numbers and null as JSON; anything else as the text typed.
    let value = text;
    try { if (/^(true|false|null|-?\d+(\.\d+)?)$/.test(text.trim())) value = JSON.parse(text); } catch {}
    act(async () => { await call('users/' + encodeURIComponent(chosen), { [field]: value }); await showUser(chosen); status('Saved ' + field); });
  };
  $('import').onchange = () => act(async () => {
    const file = $('import').files[0];
    if (!file) return;
    const answer = await call('import', JSON.parse(await file.text()));
    $('import').value = '';
    chosen = null;
    $('user').hidden = true;
    await Promise.all([showUsers(), refresh()]);
    status('Imported ' + answer.users + ' users');
  });

  act(showUsers);
  refresh();
  setInterval(() => { if (document.visibilityState === 'visible') refresh(); }, 2000);
</script>
</body>
</html>
`;
