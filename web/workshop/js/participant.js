// The participant's phone: join with the code, draw points, lines and areas (with instructions and undo), edit or
// delete one's own (asking first), give dots and take them back. Every text comes from i18n.js, in Danish first.
import { request, stream } from './api.js';
import { createMap, ItemLayer, L } from './map.js';
import { t, apply, problemText, getLang, LANGUAGE_NAMES } from './i18n.js';

const $ = id => document.getElementById(id);
const state = { id: null, token: null, details: null, features: new Map(), mode: 'point', draft: [], editing: null, votes: null };
let map, items, draftLayer;

apply();
const saved = JSON.parse(sessionStorage.getItem('kortlaegning.workshop') || 'null');
const codeFromUrl = new URLSearchParams(location.search).get('code');
if (codeFromUrl) $('code').value = codeFromUrl;
languageChooser();

/** Links to this page in each language, each named in itself (the current one marked). */
function languageChooser() {
  for (const [code, name] of Object.entries(LANGUAGE_NAMES)) {
    const a = document.createElement('a');
    const q = new URLSearchParams(location.search);
    q.set('lang', code);
    a.href = `?${q}`;
    a.lang = code;
    a.textContent = name;
    if (code === getLang()) a.setAttribute('aria-current', 'true');
    $('langs').append(a);
  }
}
if (saved && (!codeFromUrl || saved.code === codeFromUrl.toUpperCase())) start(saved);

$('join').addEventListener('submit', async ev => {
  ev.preventDefault();
  $('join-error').textContent = '';
  try {
    const code = $('code').value.trim().toUpperCase();
    const joined = await request('POST', '/api/workshops/join', { body: { code, nickname: $('nickname').value || null } });
    const session = { id: joined.workshopId, token: joined.token, code };
    sessionStorage.setItem('kortlaegning.workshop', JSON.stringify(session));
    await start(session);
  } catch (err) {
    $('join-error').textContent = problemText(err);
  }
});

async function start(session) {
  Object.assign(state, session);
  try {
    state.details = await request('GET', `/api/workshops/${state.id}`);
  } catch {
    sessionStorage.removeItem('kortlaegning.workshop');
    return;
  }
  $('join-page').hidden = true;
  $('workshop').hidden = false;
  showDetails();
  map = createMap($('map'), state.details);
  items = new ItemLayer(map, state.details.categories);
  draftLayer = L.layerGroup().addTo(map);
  renderCategories();
  map.on('click', e => addVertex(e.latlng));
  for (const b of document.querySelectorAll('#modes [data-mode]')) b.addEventListener('click', () => setMode(b.dataset.mode));
  $('finish').addEventListener('click', () => openSheet());
  $('undo').addEventListener('click', undoVertex);
  $('cancel').addEventListener('click', resetDraft);
  $('item').addEventListener('submit', save);
  $('categories').addEventListener('change', blurWarning);
  stream(`/api/workshops/${state.id}/events`, {
    onEvent,
    onState: s => { $('live').textContent = t(s === 'live' ? 'live' : 'reconnecting'); $('live').className = `live ${s}`; },
  });
  hint();
  refreshVotes();
}

function showDetails() {
  $('title').textContent = state.details.title;
  const s = state.details.locked && state.details.status === 'open' ? 'locked' : state.details.status;
  $('state-banner').textContent = s === 'open' ? '' : t(`state_${s}`);
  $('state-banner').className = `state-banner state-${s}`;
}

function onEvent(type, data) {
  if (type === 'hello' || type === 'resync') return reload();
  if (type === 'annotation') return upsert(data);
  if (type === 'annotation-removed') { state.features.delete(data.id); items.remove(data.id); return renderLists(); }
  if (type === 'votes' && data.annotationId != null) {
    const f = state.features.get(data.annotationId);
    if (f) { f.properties.votes = data.votes; renderLists(); }
  }
  if (type === 'workshop') { state.details = { ...state.details, ...data }; showDetails(); }
}

async function reload() {
  const fc = await request('GET', `/api/workshops/${state.id}/annotations`, { token: state.token });
  state.features.clear();
  items.clear();
  for (const f of fc.features) upsert(f);
}

function upsert(f) {
  // Live events never say whose an item is; keep what this phone already knows.
  const known = state.features.get(f.id);
  if (known?.properties.mine) f.properties.mine = true;
  state.features.set(f.id, f);
  items.upsert(f);
  renderLists();
}

function setMode(mode) {
  state.mode = mode;
  for (const b of document.querySelectorAll('#modes [data-mode]')) {
    b.classList.toggle('active', b.dataset.mode === mode);
    b.setAttribute('aria-pressed', String(b.dataset.mode === mode));
  }
  resetDraft();
}

function minVertices() { return state.mode === 'line' ? 2 : 3; }

function hint() {
  const base = t({ point: 'hintPoint', line: 'hintLine', polygon: 'hintPolygon' }[state.mode]);
  $('hint').textContent = state.mode !== 'point' && state.draft.length ? `${base} ${t('pointsSoFar', { n: state.draft.length })}` : base;
}

function addVertex(latlng) {
  if (!$('item').hidden) return;
  state.draft.push([Number(latlng.lng.toFixed(6)), Number(latlng.lat.toFixed(6))]);
  drawDraft();
  if (state.mode === 'point') openSheet();
  else drawingButtons();
}

function undoVertex() {
  state.draft.pop();
  drawDraft();
  drawingButtons();
}

function drawingButtons() {
  $('finish').hidden = state.draft.length < minVertices();
  $('undo').hidden = state.draft.length === 0;
  hint();
}

function drawDraft() {
  draftLayer.clearLayers();
  const latlngs = state.draft.map(([x, y]) => [y, x]);
  if (!latlngs.length) return;
  if (state.mode === 'point') { L.circleMarker(latlngs[0], { radius: 12, color: '#000', dashArray: '3 3' }).addTo(draftLayer); return; }
  for (const ll of latlngs) L.circleMarker(ll, { radius: 6, color: '#000', fillColor: '#fff', fillOpacity: 1 }).addTo(draftLayer);
  if (state.mode === 'line' || latlngs.length < 3) L.polyline(latlngs, { color: '#000', dashArray: '6 6' }).addTo(draftLayer);
  else L.polygon(latlngs, { color: '#000', dashArray: '6 6' }).addTo(draftLayer);
}

function geometry() {
  const d = state.draft;
  if (state.mode === 'point') return { type: 'Point', coordinates: d[0] };
  if (state.mode === 'line') return { type: 'LineString', coordinates: d };
  return { type: 'Polygon', coordinates: [[...d, d[0]]] };
}

function openSheet(feature) {
  state.editing = feature || null;
  $('item').hidden = false;
  $('finish').hidden = true;
  $('undo').hidden = true;
  $('text').value = feature ? feature.properties.text : '';
  const category = feature ? feature.properties.category : state.details.categories[0].key;
  for (const input of document.querySelectorAll('#categories input')) input.checked = input.value === category;
  $('item-error').textContent = '';
  blurWarning();
  $('text').focus();
}

/** Before saving: a category that blurs (e.g. Utryghed) turns a drawn line or area into a blurred point. */
function blurWarning() {
  const key = document.querySelector('#categories input:checked')?.value;
  const c = state.details.categories.find(x => x.key === key);
  const box = $('blur-warning');
  if (!c || !c.blurMetres || state.editing) { box.hidden = true; return; }
  box.textContent = t(state.mode === 'point' ? 'blurPointWarning' : 'blurWarning', { label: c.label, m: c.blurMetres });
  box.hidden = false;
}

function resetDraft() {
  state.draft = [];
  state.editing = null;
  draftLayer?.clearLayers();
  $('item').hidden = true;
  $('finish').hidden = true;
  $('undo').hidden = true;
  hint();
}

async function save(ev) {
  ev.preventDefault();
  const category = document.querySelector('#categories input:checked')?.value;
  const text = $('text').value;
  try {
    let f;
    if (state.editing) {
      f = await request('PATCH', `/api/workshops/${state.id}/annotations/${state.editing.id}`, { token: state.token, body: { category, text } });
    } else {
      f = await request('POST', `/api/workshops/${state.id}/annotations`, { token: state.token, body: { category, text, geometry: geometry() } });
    }
    upsert(f);
    resetDraft();
    message(t('savedItem'));
  } catch (err) {
    $('item-error').textContent = problemText(err);
  }
}

function message(text) { $('message').textContent = text; }

function renderCategories() {
  const box = $('categories');
  for (const c of state.details.categories) {
    const label = document.createElement('label');
    label.className = 'choice';
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'category';
    input.value = c.key;
    label.append(input, document.createTextNode(' ' + c.label));
    box.append(label);
  }
}

function myVote(f) { return state.votes?.votes?.find(v => v.annotationId === f.id) ?? null; }

function renderLists() {
  const mine = $('mine');
  const others = $('others');
  mine.replaceChildren();
  others.replaceChildren();
  for (const f of [...state.features.values()].sort((a, b) => b.id - a.id)) {
    const li = document.createElement('li');
    li.dataset.item = String(f.id);
    const label = state.details.categories.find(c => c.key === f.properties.category)?.label || f.properties.category;
    const text = document.createElement('span');
    text.className = 'item-text';
    const vote = myVote(f);
    text.textContent = `${label}: ${f.properties.text} (${t('dotsCount', { n: f.properties.votes })}${vote ? ' · ' + t('youDotted') : ''})`;
    li.append(text);
    const actions = document.createElement('span');
    actions.className = 'actions';
    if (f.properties.mine) {
      li.classList.add('mine');
      actions.append(button(t('edit'), () => openSheet(f)), button(t('delete'), () => confirmRemove(li, f)));
      li.append(actions);
      mine.append(li);
    } else {
      actions.append(vote ? button(t('undot'), () => unvote(vote)) : button(t('dot'), () => giveDot(f)));
      li.append(actions);
      others.append(li);
    }
  }
  $('mine-empty').hidden = mine.children.length > 0;
  $('others-empty').hidden = others.children.length > 0;
}

function button(label, onClick, cls = 'small') {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = cls;
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

/** "Slet" asks first, inline (no browser dialog): Ja, slet / Nej. */
function confirmRemove(li, f) {
  li.querySelector('.confirm')?.remove();
  const box = document.createElement('div');
  box.className = 'confirm';
  box.setAttribute('role', 'alertdialog');
  const q = document.createElement('p');
  q.textContent = t('confirmDelete', { text: f.properties.text || '' });
  const yes = button(t('yes'), () => remove(f), 'small danger');
  const no = button(t('no'), () => box.remove(), 'small secondary');
  box.append(q, yes, no);
  li.append(box);
  no.focus();
}

async function remove(f) {
  try {
    await request('DELETE', `/api/workshops/${state.id}/annotations/${f.id}`, { token: state.token });
    state.features.delete(f.id);
    items.remove(f.id);
    renderLists();
    message(t('deleted'));
  } catch (err) { message(problemText(err)); }
}

async function giveDot(f) {
  try {
    state.votes = await request('POST', `/api/workshops/${state.id}/votes`, { token: state.token, body: { annotationId: f.id } });
    showVotes();
  } catch (err) { message(problemText(err)); }
}

async function unvote(vote) {
  try {
    const answer = await request('DELETE', `/api/workshops/${state.id}/votes/${vote.id}`, { token: state.token });
    state.votes = answer ?? await request('GET', `/api/workshops/${state.id}/me`, { token: state.token });
    showVotes();
  } catch (err) { message(problemText(err)); }
}

async function refreshVotes() {
  state.votes = await request('GET', `/api/workshops/${state.id}/me`, { token: state.token });
  showVotes();
}

function showVotes() {
  message('');
  $('dots').textContent = t('dotsLeft', { n: state.votes.left });
  renderLists();
}
