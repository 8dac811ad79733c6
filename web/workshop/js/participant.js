// The participant's phone: join with the code, draw points, lines and areas, edit or delete one's own, dot-vote.
import { request, stream } from './api.js';
import { createMap, ItemLayer, L } from './map.js';

const $ = id => document.getElementById(id);
const state = { id: null, token: null, details: null, features: new Map(), mode: 'point', draft: [], editing: null, votes: null };
let map, items, draftLayer;

const saved = JSON.parse(sessionStorage.getItem('kortlaegning.workshop') || 'null');
const codeFromUrl = new URLSearchParams(location.search).get('code');
if (codeFromUrl) $('code').value = codeFromUrl;
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
    $('join-error').textContent = err.message;
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
  $('join').hidden = true;
  $('workshop').hidden = false;
  $('title').textContent = state.details.title;
  map = createMap($('map'), state.details);
  items = new ItemLayer(map, state.details.categories);
  draftLayer = L.layerGroup().addTo(map);
  renderCategories();
  map.on('click', e => addVertex(e.latlng));
  for (const b of document.querySelectorAll('#modes [data-mode]')) b.addEventListener('click', () => setMode(b.dataset.mode));
  $('finish').addEventListener('click', () => openSheet());
  $('cancel').addEventListener('click', resetDraft);
  $('item').addEventListener('submit', save);
  stream(`/api/workshops/${state.id}/events`, {
    onEvent,
    onState: s => { $('live').textContent = s === 'live' ? 'live' : 'genforbinder…'; $('live').className = `live ${s}`; },
  });
  refreshVotes();
}

function onEvent(type, data) {
  if (type === 'hello' || type === 'resync') return reload();
  if (type === 'annotation') return upsert(data);
  if (type === 'annotation-removed') { state.features.delete(data.id); items.remove(data.id); return renderMine(); }
  if (type === 'votes' && data.annotationId != null) {
    const f = state.features.get(data.annotationId);
    if (f) { f.properties.votes = data.votes; renderMine(); }
  }
  if (type === 'workshop') { state.details = { ...state.details, ...data }; $('title').textContent = data.title; }
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
  renderMine();
}

function setMode(mode) {
  state.mode = mode;
  for (const b of document.querySelectorAll('#modes [data-mode]')) b.classList.toggle('active', b.dataset.mode === mode);
  resetDraft();
}

function addVertex(latlng) {
  if (!$('item').hidden && state.mode === 'point') return;
  state.draft.push([Number(latlng.lng.toFixed(6)), Number(latlng.lat.toFixed(6))]);
  drawDraft();
  if (state.mode === 'point') openSheet();
  else $('finish').hidden = state.draft.length < (state.mode === 'line' ? 2 : 3);
}

function drawDraft() {
  draftLayer.clearLayers();
  const latlngs = state.draft.map(([x, y]) => [y, x]);
  if (state.mode === 'point') L.circleMarker(latlngs[0], { radius: 12, color: '#000', dashArray: '3 3' }).addTo(draftLayer);
  else if (state.mode === 'line') L.polyline(latlngs, { color: '#000', dashArray: '6 6' }).addTo(draftLayer);
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
  $('text').value = feature ? feature.properties.text : '';
  const category = feature ? feature.properties.category : state.details.categories[0].key;
  for (const input of document.querySelectorAll('#categories input')) input.checked = input.value === category;
  $('item-error').textContent = '';
  $('text').focus();
}

function resetDraft() {
  state.draft = [];
  state.editing = null;
  draftLayer?.clearLayers();
  $('item').hidden = true;
  $('finish').hidden = true;
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
  } catch (err) {
    $('item-error').textContent = err.message;
  }
}

function renderCategories() {
  const box = $('categories');
  for (const c of state.details.categories) {
    const label = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = 'category';
    input.value = c.key;
    label.append(input, document.createTextNode(' ' + c.label));
    box.append(label);
  }
}

function renderMine() {
  const list = $('mine');
  list.replaceChildren();
  for (const f of [...state.features.values()].sort((a, b) => b.id - a.id)) {
    const li = document.createElement('li');
    const label = state.details.categories.find(c => c.key === f.properties.category)?.label || f.properties.category;
    const text = document.createElement('span');
    text.textContent = `${label}: ${f.properties.text} (${f.properties.votes})`;
    li.append(text);
    if (f.properties.mine) {
      li.classList.add('mine');
      li.append(button('Ret', () => openSheet(f)), button('Slet', () => remove(f)));
    } else {
      li.append(button('Prik', () => vote(f)));
    }
    list.append(li);
  }
}

function button(label, onClick) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'small';
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

async function remove(f) {
  try {
    await request('DELETE', `/api/workshops/${state.id}/annotations/${f.id}`, { token: state.token });
    state.features.delete(f.id);
    items.remove(f.id);
    renderMine();
  } catch (err) { alert(err.message); }
}

async function vote(f) {
  try {
    state.votes = await request('POST', `/api/workshops/${state.id}/votes`, { token: state.token, body: { annotationId: f.id } });
    showVotes();
  } catch (err) { alert(err.message); }
}

async function refreshVotes() {
  state.votes = await request('GET', `/api/workshops/${state.id}/me`, { token: state.token });
  showVotes();
}

function showVotes() { $('dots').textContent = `${state.votes.left} prikker tilbage`; }
