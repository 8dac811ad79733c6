// The projector: live map, counts by category and area, and the latest items — only published ones, since the room
// sees it. A clear banner says whether the workshop is a draft, open, locked or closed. Moderation lives on its own
// page (moderate.html), which the facilitator opens on their own screen.
// The facilitator key comes in the URL fragment (#key=…), which browsers never send to the server.
import { request, stream } from './api.js';
import { createMap, ItemLayer } from './map.js';
import { countByCategory, countByArea, colourOf } from './counts.js';
import { t, apply, problemText } from './i18n.js';
import { facilitatorKey, stateOf, itemNumber } from './facilitator.js';

const $ = id => document.getElementById(id);
apply();
const id = new URLSearchParams(location.search).get('id');
const key = facilitatorKey(id);

const features = new Map();
let details, items;

details = await request('GET', `/api/workshops/${id}`, { key });
showDetails();
const map = createMap($('map'), details);
items = new ItemLayer(map, details.categories);
if (key) { loadQr(); $('moderate-link').href = `moderate.html?id=${encodeURIComponent(id)}${location.search.includes('lang=en') ? '&lang=en' : ''}#key=${encodeURIComponent(key)}`; } else $('facilitator').hidden = true;

stream(`/api/workshops/${id}/events`, {
  key,
  onEvent,
  onState: s => { $('live').textContent = t(s === 'live' ? 'live' : 'reconnecting'); $('live').className = `live ${s}`; },
});

/** Only what the room may see: published items. */
function visible(f) { return f.properties.status === 'published'; }

function onEvent(type, data) {
  if (type === 'hello' || type === 'resync') return reload();
  if (type === 'annotation') { features.set(data.id, data); if (visible(data)) items.upsert(data); else items.remove(data.id); }
  else if (type === 'annotation-removed') { features.delete(data.id); items.remove(data.id); }
  else if (type === 'votes' && data.annotationId != null && features.has(data.annotationId)) features.get(data.annotationId).properties.votes = data.votes;
  else if (type === 'workshop') { details = { ...details, ...data, joinCode: details.joinCode }; items.categories = details.categories; showDetails(); }
  render();
}

async function reload() {
  const fc = await request('GET', `/api/workshops/${id}/annotations`, { key });
  features.clear();
  items.clear();
  for (const f of fc.features) { features.set(f.id, f); if (visible(f)) items.upsert(f); }
  render();
}

function showDetails() {
  $('title').textContent = details.title;
  $('code').textContent = details.joinCode || '';
  $('lock').textContent = t(details.locked ? 'unlock' : 'lock');
  const s = stateOf(details);
  $('state').textContent = t(`state_${s}`);
  $('state').className = `state-banner state-${s}`;
  document.body.dataset.state = s;
}

function render() {
  const published = [...features.values()].filter(visible);
  $('total').textContent = String(published.length);
  bars($('by-category'), countByCategory(published, details.categories).map(c => ({ label: c.label, count: c.count, colour: colourOf(details.categories, c.key) })));
  bars($('by-area'), countByArea(published, details.areas).slice(0, 8).map(a => ({ label: a.name, count: a.count, colour: '#555' })));
  feed(published.sort((a, b) => b.id - a.id).slice(0, 12));
}

function bars(list, rows) {
  const max = Math.max(1, ...rows.map(r => r.count));
  list.replaceChildren(...rows.map(r => {
    const li = document.createElement('li');
    const label = document.createElement('span');
    label.className = 'bar-label';
    label.textContent = r.label;
    const bar = document.createElement('span');
    bar.className = 'bar';
    bar.style.width = `${(r.count / max) * 100}%`;
    bar.style.background = r.colour;
    const n = document.createElement('span');
    n.className = 'bar-count';
    n.textContent = String(r.count);
    li.append(label, bar, n);
    return li;
  }));
}

function feed(list) {
  $('feed').replaceChildren(...list.map(f => {
    const p = f.properties;
    const li = document.createElement('li');
    li.dataset.item = String(f.id);
    const no = document.createElement('span');
    no.className = 'no';
    no.textContent = itemNumber(f);
    const label = document.createElement('strong');
    label.textContent = details.categories.find(c => c.key === p.category)?.label || p.category;
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = colourOf(details.categories, p.category);
    const text = document.createElement('span');
    text.className = 'text';
    text.textContent = ` ${p.text}`;
    const votes = document.createElement('span');
    votes.className = 'votes';
    votes.textContent = ` ● ${p.votes}`;
    li.append(no, swatch, label, text, votes);
    return li;
  }));
}

async function act(method, path, body) {
  $('error').textContent = '';
  try { return await request(method, `/api/workshops/${id}/${path}`, { key, body }); } catch (err) { $('error').textContent = problemText(err); }
}

async function loadQr() {
  const res = await fetch(`/api/workshops/${id}/qr.svg`, { headers: { 'X-Facilitator-Key': key } });
  if (res.ok) $('qr').src = URL.createObjectURL(await res.blob());
}

$('open').addEventListener('click', async () => { const d = await act('PATCH', '', { status: 'open' }); if (d) { details = d; showDetails(); } });
$('close').addEventListener('click', async () => { const d = await act('PATCH', '', { status: 'closed' }); if (d) { details = d; showDetails(); } });
$('lock').addEventListener('click', async () => { const d = await act('PATCH', '', { locked: !details.locked }); if (d) { details = d; showDetails(); } });
for (const b of document.querySelectorAll('[data-export]')) {
  b.addEventListener('click', async () => {
    const res = await fetch(`/api/workshops/${id}/${b.dataset.export}`, { headers: { 'X-Facilitator-Key': key } });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(await res.blob());
    a.download = `workshop-${b.dataset.export}`;
    a.click();
  });
}
