// The projector and facilitator console: live map, counts by category and area, moderation, exports.
// The facilitator key comes in the URL fragment (#key=…), which browsers never send to the server.
import { request, stream } from './api.js';
import { createMap, ItemLayer } from './map.js';
import { countByCategory, countByArea, colourOf } from './counts.js';

const $ = id => document.getElementById(id);
const id = new URLSearchParams(location.search).get('id');
const key = new URLSearchParams(location.hash.slice(1)).get('key') || sessionStorage.getItem(`kortlaegning.key.${id}`);
if (key) { sessionStorage.setItem(`kortlaegning.key.${id}`, key); history.replaceState(null, '', `${location.pathname}${location.search}`); }

const features = new Map();
let details, items;

details = await request('GET', `/api/workshops/${id}`, { key });
showDetails();
const map = createMap($('map'), details);
items = new ItemLayer(map, details.categories);
if (key) loadQr(); else $('facilitator').hidden = true;

stream(`/api/workshops/${id}/events`, {
  key,
  onEvent,
  onState: s => { $('live').textContent = s === 'live' ? 'live' : 'genforbinder…'; $('live').className = `live ${s}`; },
});

function onEvent(type, data) {
  if (type === 'hello' || type === 'resync') return reload();
  if (type === 'annotation') { features.set(data.id, data); items.upsert(data); }
  else if (type === 'annotation-removed') { features.delete(data.id); items.remove(data.id); }
  else if (type === 'votes' && data.annotationId != null && features.has(data.annotationId)) features.get(data.annotationId).properties.votes = data.votes;
  else if (type === 'workshop') { details = { ...details, ...data, joinCode: details.joinCode }; items.categories = details.categories; showDetails(); }
  render();
}

async function reload() {
  const fc = await request('GET', `/api/workshops/${id}/annotations`, { key });
  features.clear();
  items.clear();
  for (const f of fc.features) { features.set(f.id, f); items.upsert(f); }
  render();
}

function showDetails() {
  $('title').textContent = details.title;
  $('code').textContent = details.joinCode || '';
  $('lock').textContent = details.locked ? 'Lås op' : 'Lås';
}

function render() {
  const all = [...features.values()];
  const published = all.filter(f => f.properties.status === 'published');
  $('total').textContent = String(published.length);
  bars($('by-category'), countByCategory(all, details.categories).map(c => ({ label: c.label, count: c.count, colour: colourOf(details.categories, c.key) })));
  bars($('by-area'), countByArea(all, details.areas).slice(0, 8).map(a => ({ label: a.name, count: a.count, colour: '#555' })));
  feed(all.sort((a, b) => b.id - a.id).slice(0, key ? 50 : 12));
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
    li.className = p.status;
    const label = document.createElement('strong');
    label.textContent = details.categories.find(c => c.key === p.category)?.label || p.category;
    label.style.color = colourOf(details.categories, p.category);
    const text = document.createElement('span');
    text.className = 'text';
    text.textContent = ` ${p.text}`;
    const votes = document.createElement('span');
    votes.className = 'votes';
    votes.textContent = ` ● ${p.votes}`;
    li.append(label, text, votes);
    if (key) li.append(moderation(f));
    return li;
  }));
}

function moderation(f) {
  const box = document.createElement('span');
  box.className = 'moderation';
  const choices = [['published', 'Vis'], ['under_review', 'Gennemse'], ['hidden', 'Skjul']];
  for (const [status, label] of choices) {
    if (status === f.properties.status) continue;
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'small';
    b.textContent = label;
    b.addEventListener('click', () => act('PUT', `annotations/${f.id}/moderation`, { status }));
    box.append(b);
  }
  const merge = document.createElement('button');
  merge.type = 'button';
  merge.className = 'small';
  merge.textContent = 'Flet…';
  merge.addEventListener('click', () => {
    const into = Number(prompt(`Flet #${f.id} ind i bidrag nr.:`));
    if (into) act('POST', `annotations/${f.id}/merge`, { into });
  });
  box.append(merge);
  return box;
}

async function act(method, path, body) {
  $('error').textContent = '';
  try { return await request(method, `/api/workshops/${id}/${path}`, { key, body }); } catch (err) { $('error').textContent = err.message; }
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
