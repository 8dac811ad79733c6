// Moderation, on the facilitator's own screen (never the projector): every item with its number and status, buttons
// to show, review or hide it, and "Flet" (merge) into another item chosen by the number shown in this list.
import { request, stream } from './api.js';
import { t, apply, problemText } from './i18n.js';
import { facilitatorKey, stateOf, itemNumber } from './facilitator.js';

const $ = id => document.getElementById(id);
apply();
const id = new URLSearchParams(location.search).get('id');
const key = facilitatorKey(id);
const features = new Map();
let details;

if (!key) {
  $('error').textContent = t('noKey');
} else {
  details = await request('GET', `/api/workshops/${id}`, { key });
  showDetails();
  $('screen-link').href = `screen.html?id=${encodeURIComponent(id)}#key=${encodeURIComponent(key)}`;
  stream(`/api/workshops/${id}/events`, { key, onEvent });
}

function showDetails() {
  $('title').textContent = details.title;
  const s = stateOf(details);
  $('state').textContent = t(`state_${s}`);
  $('state').className = `state-banner state-${s}`;
}

function onEvent(type, data) {
  if (type === 'hello' || type === 'resync') return reload();
  if (type === 'annotation') features.set(data.id, data);
  else if (type === 'annotation-removed') features.delete(data.id);
  else if (type === 'votes' && data.annotationId != null && features.has(data.annotationId)) features.get(data.annotationId).properties.votes = data.votes;
  else if (type === 'workshop') { details = { ...details, ...data }; showDetails(); }
  render();
}

async function reload() {
  const fc = await request('GET', `/api/workshops/${id}/annotations`, { key });
  features.clear();
  for (const f of fc.features) features.set(f.id, f);
  render();
}

function render() {
  const all = [...features.values()].sort((a, b) => b.id - a.id);
  $('feed').replaceChildren(...all.map(f => item(f, all)));
}

function item(f, all) {
  const p = f.properties;
  const li = document.createElement('li');
  li.dataset.item = String(f.id);
  li.className = p.status;
  const no = document.createElement('span');
  no.className = 'no';
  no.textContent = itemNumber(f);
  const label = document.createElement('strong');
  label.textContent = details.categories.find(c => c.key === p.category)?.label || p.category;
  const text = document.createElement('span');
  text.className = 'text';
  text.textContent = ` ${p.text}`;
  const status = document.createElement('span');
  status.className = 'status-tag';
  status.textContent = t(`status_${p.status}`);
  const votes = document.createElement('span');
  votes.className = 'votes';
  votes.textContent = ` ● ${p.votes}`;
  li.append(no, label, text, votes, status);
  for (const [s, k] of [['published', 'show'], ['under_review', 'review'], ['hidden', 'hide']]) {
    if (s === p.status) continue;
    li.append(button(t(k), () => act('PUT', `annotations/${f.id}/moderation`, { status: s })));
  }
  const others = all.filter(o => o.id !== f.id);
  if (others.length) {
    const select = document.createElement('select');
    select.setAttribute('aria-label', t('mergeInto', { n: f.id }));
    select.append(new Option('', ''), ...others.map(o => new Option(`${itemNumber(o)}: ${String(o.properties.text).slice(0, 40)}`, String(o.id))));
    const merge = button(t('mergeDo'), () => { if (select.value) act('POST', `annotations/${f.id}/merge`, { into: Number(select.value) }); });
    merge.setAttribute('aria-label', `${t('mergeDo')} ${itemNumber(f)}`);
    li.append(select, merge);
  }
  return li;
}

function button(label, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'small';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

async function act(method, path, body) {
  $('error').textContent = '';
  try {
    const r = await request(method, `/api/workshops/${id}/${path}`, { key, body });
    await reload();
    return r;
  } catch (err) { $('error').textContent = problemText(err); }
}
