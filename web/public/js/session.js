// Who is signed in (GET /api/account/me), the header's "Logget ind som …" with "Log ud", and whether edit controls show.
// Controls marked .edit-control are hidden unless body.can-edit; the server checks every write anyway.
import { getJson, sendJson, ApiError } from './api.js';
import { t } from './i18n.js';

const EDIT_ROLES = ['planner', 'admin'];
let me = null;

/** True when the signed-in account may edit (a planner or admin grant for some municipality or nationally). */
export function canEdit() {
  return !!me && !me.mustChangePassword && me.grants.some((g) => EDIT_ROLES.includes(g.role));
}

export function currentUser() { return me; }

/** Loads the session and renders the header; onChange runs after sign-out. 401 simply means nobody is signed in. */
export async function loadSession(root, onChange = () => {}) {
  try {
    me = await getJson('/api/account/me');
  } catch (e) {
    if (!(e instanceof ApiError && e.status === 401)) console.warn('session', e);
    me = null;
  }
  render(root, onChange);
  return me;
}

function render(root, onChange) {
  document.body.classList.toggle('can-edit', canEdit());
  document.body.classList.toggle('signed-in', !!me);
  root.replaceChildren();
  if (!me) {
    const link = document.createElement('a');
    link.href = `/login.html?returnTo=${encodeURIComponent(location.pathname + location.hash)}`;
    link.id = 'sign-in';
    link.textContent = t('signIn');
    root.append(link);
    return;
  }
  const who = document.createElement('span');
  who.id = 'signed-in-as';
  who.textContent = t('signedInAs', { email: me.email });
  const out = document.createElement('button');
  out.type = 'button';
  out.id = 'sign-out';
  out.textContent = t('signOut');
  out.addEventListener('click', async () => {
    await sendJson('POST', '/api/account/logout', {}).catch(() => null);
    me = null;
    render(root, onChange);
    onChange(me);
  });
  root.append(who, ' ', out);
}
