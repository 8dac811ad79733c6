// The facilitator creates a workshop: title, date, municipality, focus parish and (optionally) own categories; the
// answer shows the join code, the join link and its QR code, and the link to the projector (with the key, shown once).
import { request } from './api.js';
import { t, apply, problemText } from './i18n.js';

const $ = id => document.getElementById(id);
apply();
$('ws-date').value = new Date().toISOString().slice(0, 10);
$('sign-in-link').href = `/login.html?returnTo=${encodeURIComponent(location.pathname + location.search)}`;

request('GET', '/api/account/me').catch(() => { $('sign-in').hidden = false; });

$('ws-add-category').addEventListener('click', () => addCategory());

function addCategory() {
  const n = $('ws-categories').children.length + 1;
  const li = document.createElement('li');
  li.innerHTML = `<label><span>${t('wsCategoryLabel')} ${n}</span> <input class="cat-label" maxlength="60" required></label>
    <label><span>${t('wsBlur')}</span> <input class="cat-blur" type="number" min="0" max="1000" value="0"></label>`;
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'secondary small';
  remove.textContent = t('wsRemove');
  remove.setAttribute('aria-label', `${t('wsRemove')} ${t('wsCategoryLabel')} ${n}`);
  remove.addEventListener('click', () => li.remove());
  li.append(remove);
  $('ws-categories').append(li);
  li.querySelector('input').focus();
}

/** A category key from its label: lower case ASCII, æøå spelt out. Pure. */
export function keyOf(label) {
  return label.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '') || 'kategori';
}

$('create').addEventListener('submit', async ev => {
  ev.preventDefault();
  $('error').textContent = '';
  const categories = [...$('ws-categories').children].map(li => {
    const label = li.querySelector('.cat-label').value.trim();
    return { key: keyOf(label), label, blurMetres: Number(li.querySelector('.cat-blur').value) || 0 };
  });
  const body = {
    title: $('ws-title').value.trim(),
    municipality: $('ws-municipality').value.trim().padStart(4, '0'),
    date: $('ws-date').value,
    focus: { parishes: [$('ws-parish').value.trim()] },
    voteLimit: Number($('ws-votes').value),
    status: $('ws-open').checked ? 'open' : 'draft',
  };
  if (categories.length) body.categories = categories;
  try {
    const w = await request('POST', '/api/workshops', { body });
    show(w);
  } catch (err) {
    $('error').textContent = problemText(err);
    if (err.status === 401) $('sign-in').hidden = false;
  }
});

async function show(w) {
  $('created').hidden = false;
  $('join-code').textContent = w.joinCode;
  for (const [id, url] of [['join-url', w.joinUrl], ['facilitator-url', w.facilitatorUrl]]) { $(id).href = url; $(id).textContent = url; }
  $('lan-hint').hidden = !/\/\/(127\.|localhost|\[::1\])/.test(w.joinUrl);
  const res = await fetch(`/api/workshops/${w.id}/qr.svg`, { headers: { 'X-Facilitator-Key': w.facilitatorKey } });
  if (res.ok) $('qr').src = URL.createObjectURL(await res.blob());
  $('created').scrollIntoView();
}
