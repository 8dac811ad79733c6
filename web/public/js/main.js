// Wiring: map, layers, panels, hash state. Everything it calls lives in its own module.
import { t, setLang, getLang, apply, periodLabel } from './i18n.js';
import { parseHash, formatHash } from './state.js';
import { getJson } from './api.js';
import { breaks } from './style.js';
import { AreaLayer } from './layers/areas.js';
import { SelectionLayer } from './layers/selection.js';
import { gridLayer } from './layers/grid.js';
import { FacilityLayer } from './layers/facilities.js';
import { Legend } from './controls/legend.js';
import { Search } from './controls/search.js';
import { ProfilePanel } from './panels/profile.js';
import { ComparePanel } from './panels/compare.js';
import { HoverInfo } from './controls/hover.js';
import { parseCompared, formatCompared, mapPeriod } from './profileModel.js';
import { RankingPanel } from './panels/ranking.js';
import { PlanningPanel, ScenarioLayer } from './panels/planning.js';
import { FacilitiesPanel } from './panels/facilities.js';
import { FollowupPanel } from './panels/followup.js';
import { OwnAreasPanel } from './panels/ownAreas.js';
import { outlineLayer } from './layers/outlines.js';
import { Choropleth } from './choropleth.js';
import { mapPng } from './export.js';
import { toCsv, download } from './csv.js';
import { esc } from './charts.js';
import { loadSession, canEdit } from './session.js';

const state = parseHash(location.hash);
setLang(state.lang);
apply();
const $ = (sel) => document.querySelector(sel);

const map = L.map('map', { preferCanvas: true, minZoom: 5, maxZoom: 18, zoomSnap: 1 }).setView([state.lat, state.lon], state.zoom);
map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);
// ---- background maps: what the service offers (GET /api/map/backgrounds: OpenStreetMap, Dataforsyningen's skærmkort
// with a token, …), or none — the map works offline with its own outlines, facilities and names.
const backgrounds = new Map();
let background = null;
function setBackground(id) {
  background?.remove();
  background = null;
  $('#osm-status').textContent = '';
  const b = backgrounds.get(id);
  if (b) {
    // Leaflet writes the attribution as HTML: the configured text is escaped like every other text that is not ours.
    const options = { maxZoom: b.maxZoom, attribution: esc(b.attribution) };
    background = b.kind === 'wms' ? L.tileLayer.wms(b.url, { ...options, layers: b.layers ?? '', format: 'image/png' }) : L.tileLayer(b.url, options);
    // It needs the internet: say so when its tiles fail (offline, blocked, a wrong token), instead of failing silently.
    let loaded = false;
    background.on('tileload', () => { loaded = true; $('#osm-status').textContent = ''; });
    background.on('tileerror', () => { if (!loaded) $('#osm-status').textContent = t('osmFailed', { name: getLang() === 'en' ? b.nameEn : b.name }); });
    background.addTo(map).bringToBack();
  }
  $('#background').value = b ? id : 'none';
}
async function loadBackgrounds() {
  let offered = { defaultBackground: '', backgrounds: [] };
  try { offered = await getJson('/api/map/backgrounds'); } catch { /* none offered: the map works without */ }
  for (const b of offered.backgrounds) {
    backgrounds.set(b.id, b);
    $('#background').append(new Option(getLang() === 'en' ? b.nameEn : b.name, b.id));
  }
  setBackground(state.bg ?? offered.defaultBackground);
}
const areas = new AreaLayer(map);
const selection = new SelectionLayer(map);
const legend = new Legend().addTo(map);
const choropleth = new Choropleth();
const grid = gridLayer('Danmarks Statistik: Befolkning på 1 km-net 2021');
const facilityLayer = new FacilityLayer(map, { onMoved: (f, ll, m) => facilitiesPanel.moved(f, ll, m) });
const facilitiesPanel = new FacilitiesPanel($('#pane-facilities'), map, facilityLayer);
const planning = new PlanningPanel($('#pane-planning'), map, { facilities: facilityLayer, scenarioLayer: null });
const scenarios = new ScenarioLayer(planning);
planning._scenarioLayer = scenarios;
loadSession($('#account'), () => facilityLayer.setEditable(false)).then(() => facilityLayer.setEditable(canEdit()));
const compare = new ComparePanel($('#pane-compare'), { onChange: (list) => { state.compare = formatCompared(list); writeHash(); } });
compare.set(parseCompared(state.compare));
const profile = new ProfilePanel($('#pane-profile'), {
  onCompare: (area) => compare.add(area),
  onPeriod: (period) => { state.period = period; recolour(); },
});
const followup = new FollowupPanel($('#pane-followup'), map);
const departments = outlineLayer('housing_departments', { color: '#7b3294', weight: 1.5 });
const own = new OwnAreasPanel($('#pane-own'), map, {
  // A saved, deleted or imported area: the tiles of its level are stale, and so is the choropleth at that level.
  onChanged: (level) => {
    departments.redraw();
    search.forget();
    if (level === state.level) { areas.refresh(); recolour(); }
  },
});
const ranking = new RankingPanel($('#pane-ranking'), {
  getLevel: () => state.level,
  initial: { weights: state.weights, scope: state.scope },
  onChange: ({ weights, scope }) => { state.weights = weights; state.scope = scope; writeHash(); },
  onSelect: (level, code) => selectArea(level, code, true),
  onScores: (level, values) => {
    choropleth.scores = { level, values };
    fillVariables();
    if (state.variable === 'score') recolour();
  },
});

// First render: navigation start → the first area tiles drawn (read by the browser test and the benchmark).
areas.setLevel(state.level);
window.kortlaegning = {
  map,
  state,
  legend,
  firstRender: areas.whenLoaded().then(() => {
    const ms = performance.now();
    document.body.dataset.rendered = String(Math.round(ms));
    return ms;
  }),
};

function writeHash() {
  const c = map.getCenter();
  Object.assign(state, { zoom: map.getZoom(), lat: c.lat, lon: c.lng, lang: getLang() });
  history.replaceState(null, '', formatHash(state));
}

// ---- tabs (arrow keys move between tabs, as the WAI-ARIA tabs pattern has it)
const tabs = [...document.querySelectorAll('[role=tab]')];
function showTab(name, focus = false) {
  for (const tab of tabs) {
    const on = tab.dataset.tab === name;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    $(`#${tab.getAttribute('aria-controls')}`).hidden = !on;
    if (on && focus) tab.focus();
  }
  state.tab = name;
  writeHash();
  if (name === 'ranking' && !ranking.loaded) { ranking.loaded = true; ranking.load(); }
  if (name === 'planning' && !planning.rendered) { planning.rendered = true; planning.render(); }
  if (name === 'followup' && !followup.rendered) followup.render();
  if (name === 'compare' && !compare.rendered) compare.render();
  if (name === 'own' && !own.rendered) own.render();
}
tabs.forEach((tab, i) => {
  tab.addEventListener('click', () => showTab(tab.dataset.tab));
  tab.addEventListener('keydown', (e) => {
    const d = { ArrowRight: 1, ArrowLeft: -1 }[e.key];
    if (d) showTab(tabs[(i + d + tabs.length) % tabs.length].dataset.tab, true);
  });
});

// ---- choropleth
async function fillVariables() {
  const select = $('#variable');
  select.innerHTML = choropleth.options(state.level).map((o) => `<option value="${esc(o.value)}">${esc(o.label)}</option>`).join('');
  select.value = state.variable;
  if (select.value !== state.variable) state.variable = select.value;
}

let current = null;
async function recolour() {
  const status = $('#layers-status');
  status.textContent = '';
  try {
    current = await choropleth.load(state.variable, state.level, state.period);
  } catch (e) {
    current = null;
    status.textContent = t('loadFailed', { what: $('#variable').selectedOptions[0]?.textContent ?? '', error: e.message });
  }
  const values = current ? [...current.values.values()].map((v) => v.value) : [];
  const b = current ? breaks(state.method, values, state.classes) : [];
  areas.setData(current?.values ?? null, b);
  for (const src of current?.sources ?? []) map.attributionControl.addAttribution(src.attribution);
  legend.update(current ? { ...current, values, breaks: b } : null);
  periodSlider();
  gisLinks();
  writeHash();
}

/** The level's areas with the indicator shown and its period, as files for QGIS (GET /api/downloads/{level}.gpkg …). */
function gisLinks() {
  const indicator = state.variable?.startsWith('ind:') ? state.variable.slice(4) : '';
  const period = indicator ? current?.period ?? '' : '';
  const query = indicator ? `?indicator=${encodeURIComponent(indicator)}${period ? `&period=${encodeURIComponent(period)}` : ''}` : '';
  for (const [id, suffix] of [['#values-gpkg', '.gpkg'], ['#values-fgb', '.fgb'], ['#values-shp', '.shp.zip']]) {
    $(id).href = `/api/downloads/${encodeURIComponent(state.level)}${suffix}${query}`;
  }
}

// ---- the map's period: a time slider over the periods of the indicator shown (hidden when it has one or none)
function periodSlider() {
  const periods = choropleth.periods(state.variable);
  const row = $('#period-row');
  row.hidden = periods.length < 2;
  if (row.hidden) return;
  const shown = mapPeriod(periods, state.period);
  const slider = $('#period');
  slider.max = String(periods.length - 1);
  slider.value = String(periods.indexOf(shown));
  slider.setAttribute('aria-valuetext', periodLabel(shown));
  $('#period-out').textContent = periodLabel(shown);
}
let periodTimer = null;
$('#period').addEventListener('input', (e) => {
  const periods = choropleth.periods(state.variable);
  state.period = periods[Number(e.target.value)] ?? '';
  $('#period-out').textContent = periodLabel(state.period);
  e.target.setAttribute('aria-valuetext', periodLabel(state.period));
  clearTimeout(periodTimer);
  periodTimer = setTimeout(recolour, 120); // dragging through ten periods draws the last, not all ten
});
new HoverInfo({ level: () => state.level, current: () => current }).addTo(map);

$('#level').value = state.level;
$('#method').value = state.method;
$('#classes').value = state.classes;
$('#level').addEventListener('change', async (e) => {
  state.level = e.target.value;
  areas.setLevel(state.level);
  await fillVariables();
  recolour();
  if (state.tab === 'ranking' && ranking.loaded) ranking.schedule();
});
$('#variable').addEventListener('change', (e) => { state.variable = e.target.value; recolour(); });
$('#method').addEventListener('change', (e) => { state.method = e.target.value; recolour(); });
$('#classes').addEventListener('change', (e) => { state.classes = Math.min(7, Math.max(3, +e.target.value || 5)); recolour(); });
$('#values-csv').addEventListener('click', () => {
  if (!current) return;
  const rows = [...current.values.entries()].map(([code, v]) => ({ code, value: v.value, suppressed: v.suppressed ? 1 : 0 }));
  download(`${state.level}-${state.variable || 'areas'}.csv`, toCsv(rows, ['code', 'value', 'suppressed'].map((key) => ({ key, label: key })), getLang()), 'text/csv;charset=utf-8');
});

// ---- overlays
function toggle(id, layer, onAdd) {
  $(id).addEventListener('change', (e) => {
    if (e.target.checked) { onAdd?.(); layer().addTo(map); } else layer().remove();
  });
}
toggle('#ov-facilities', () => facilityLayer.layer, () => facilityLayer.features.length || facilitiesPanel.load());
toggle('#ov-departments', () => departments);
toggle('#ov-grid', () => grid);
toggle('#ov-scenarios', () => scenarios.layer, () => scenarios.refresh());
$('#background').addEventListener('change', (e) => { state.bg = e.target.value; setBackground(state.bg); writeHash(); });
loadBackgrounds();

// ---- selection and map clicks
async function selectArea(level, code, zoomTo = false) {
  showTab('profile');
  try {
    const feature = await profile.show(level, code);
    selection.show(feature, zoomTo);
    state.area = `${level}:${code}`;
    writeHash();
  } catch (e) {
    $('#pane-profile').innerHTML = `<p class="unavailable">${esc(t('loadFailed', { what: code, error: e.message }))}</p>`;
  }
}

map.on('click', async (e) => {
  if (planning.adding) { planning.addCandidate(e.latlng); return; }
  if (facilitiesPanel.placing) { facilitiesPanel.place(e.latlng); return; }
  if (own.drawing) return;
  const at = await getJson(`/api/areas/at?lon=${e.latlng.lng.toFixed(6)}&lat=${e.latlng.lat.toFixed(6)}`).catch(() => null);
  const hit = at?.areas.find((a) => a.level === state.level);
  if (hit) selectArea(hit.level, hit.code);
});
map.on('moveend', writeHash);

// ---- header tools
const search = new Search($('#search'), $('#search-results'), (a) => {
  map.fitBounds(a.bounds, { maxZoom: 13 });
  if (a.level !== state.level) { $('#level').value = a.level; $('#level').dispatchEvent(new Event('change')); }
  selectArea(a.level, a.code);
});
$('#lang').addEventListener('click', () => {
  setLang(getLang() === 'da' ? 'en' : 'da'); // writeHash reads the language from i18n
  writeHash();
  location.reload(); // every panel re-renders in the new language with the same view, from the hash
});
$('#share').addEventListener('click', async () => {
  writeHash();
  try { await navigator.clipboard.writeText(location.href); } catch { /* not allowed: the URL bar has it */ }
  $('#layers-status').textContent = t('copied');
});
$('#png').addEventListener('click', async () => {
  const blob = await mapPng(map, `Kortlægning – ${$('#variable').selectedOptions[0]?.textContent ?? ''}`, legend._div.hidden ? null : legend.spec);
  const url = URL.createObjectURL(blob);
  Object.assign(document.createElement('a'), { href: url, download: 'kortlaegning.png' }).click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
});
$('#print').addEventListener('click', () => {
  $('#print-note').textContent = t('printNote', { date: new Date().toLocaleDateString(getLang() === 'da' ? 'da-DK' : 'en-GB') });
  window.print();
});
window.addEventListener('beforeprint', () => map.invalidateSize());

// ---- start
(async () => {
  const catalog = await getJson('/api/catalog').catch(() => ({ datasets: [] }));
  const boundaries = (catalog.datasets ?? []).filter((d) => d.kind === 'boundaries').map((d) => d.attribution);
  [...new Set(boundaries)].forEach((a) => map.attributionControl.addAttribution(a));
  await choropleth.indicators();
  await fillVariables();
  recolour();
  showTab(state.tab);
  if (state.tab !== 'profile') profile.empty();
  if (state.area) {
    const [level, code] = state.area.split(':');
    await selectArea(level, code);
    showTab(state.tab === 'layers' ? 'profile' : state.tab);
  }
  facilitiesPanel.load();
  void search;
})();
