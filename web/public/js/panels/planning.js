// Planning panel: demand, candidates (facilities or points clicked on the map), fixed spots, k, radius → POST
// /api/plans/solve; chosen spots with coverage rings, covered population, marginal-gain chart; scenarios saved in
// this browser (localStorage) and compared side by side.
import { getJson, sendJson, NotAvailableError, problemMessages } from '../api.js';
import { t, getLang } from '../i18n.js';
import { formatNumber } from '../style.js';
import { bars, esc } from '../charts.js';
import { toCsv, download } from '../csv.js';

/** Census grid cells in a bounding box, as demand points. Adapt here when the grid endpoint's path is final. */
export const GRID_DEMAND_URL = '/api/grid/cells';
const STORE = 'kortlaegning.scenarios';

/** Rough centre of a (Multi)Polygon feature: mean of its outer-ring vertices; for illustrative demand only. */
export function roughCentre(geometry) {
  const rings = geometry.type === 'Polygon' ? [geometry.coordinates[0]] : geometry.coordinates.map((p) => p[0]);
  let x = 0, y = 0, n = 0;
  for (const ring of rings) for (const [lon, lat] of ring) { x += lon; y += lat; n++; }
  return [x / n, y / n];
}

export class PlanningPanel {
  constructor(root, map, { facilities, scenarioLayer }) {
    this._root = root;
    this._map = map;
    this._facilities = facilities;
    this._scenarioLayer = scenarioLayer;
    this._candidates = [];
    this._adding = false;
    this._result = null;
    this._drawn = L.layerGroup().addTo(map);
    this._candidateLayer = L.layerGroup().addTo(map);
  }

  get adding() { return this._adding; }

  render() {
    this._root.innerHTML = `<p class="hint">${t('planningIntro')}</p>
      <div class="row"><label for="pl-demand">${t('demand')}</label><select id="pl-demand">
        <option value="grid">${t('demandGrid')}</option><option value="parish">${t('demandParish')}</option></select></div>
      <div class="row"><label for="pl-cands">${t('candidates')}</label><select id="pl-cands">
        <option value="clicks">${t('candClicks')}</option><option value="facilities">${t('candFacilities')}</option></select></div>
      <div class="row"><button type="button" id="pl-add" aria-pressed="false">${t('addCandidates')}</button>
        <button type="button" id="pl-clear">${t('clearCandidates')}</button></div>
      <ul class="candidates"></ul>
      <div class="row"><label for="pl-objective">${t('objective')}</label><select id="pl-objective">
        <option value="mclp">${t('mclp')}</option><option value="pmedian">${t('pmedian')}</option><option value="lscp">${t('lscp')}</option></select></div>
      <div class="row"><label for="pl-k">${t('k')}</label><input id="pl-k" type="number" min="1" max="50" value="2">
        <label for="pl-radius">${t('radius')}</label><input id="pl-radius" type="number" min="100" max="50000" step="100" value="1000"></div>
      <div class="row"><button type="button" id="pl-solve" class="primary">${t('solve')}</button></div>
      <p class="status" role="status" aria-live="polite"></p>
      <div class="result"></div>
      <h3>${t('compare')}</h3><div class="scenarios"></div>`;
    this._root.querySelector('#pl-add').addEventListener('click', () => this.toggleAdding());
    this._root.querySelector('#pl-clear').addEventListener('click', () => { this._candidates = []; this._listCandidates(); });
    this._root.querySelector('#pl-solve').addEventListener('click', () => this.solve());
    this._listCandidates();
    this._listScenarios();
  }

  toggleAdding(on = !this._adding) {
    this._adding = on;
    const button = this._root.querySelector('#pl-add');
    button.setAttribute('aria-pressed', String(on));
    button.textContent = on ? t('stopAdding') : t('addCandidates');
    this._map.getContainer().classList.toggle('adding', on);
  }

  addCandidate(latlng) {
    this._candidates.push({ id: `c${this._candidates.length + 1}`, lon: +latlng.lng.toFixed(6), lat: +latlng.lat.toFixed(6), fixed: false });
    this._listCandidates();
  }

  _listCandidates() {
    const ul = this._root.querySelector('.candidates');
    this._candidateLayer.clearLayers();
    ul.innerHTML = this._candidates.map((c, i) => `<li><span>${t('candidateN', { n: i + 1 })} (${c.lat.toFixed(4)}, ${c.lon.toFixed(4)})</span>
      <label><input type="checkbox" data-i="${i}" ${c.fixed ? 'checked' : ''}> ${t('fixed')}</label></li>`).join('');
    ul.querySelectorAll('input').forEach((box) => box.addEventListener('change', () => { this._candidates[+box.dataset.i].fixed = box.checked; }));
    this._candidates.forEach((c, i) => L.circleMarker([c.lat, c.lon], { radius: 6, color: '#000', weight: 1.5, fillColor: '#fff', fillOpacity: 1 })
      .bindTooltip(t('candidateN', { n: i + 1 })).addTo(this._candidateLayer));
  }

  _bbox() {
    const b = this._map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v) => v.toFixed(5)).join(',');
  }

  async _demand(source) {
    if (source === 'grid') {
      const fc = await getJson(`${GRID_DEMAND_URL}?bbox=${this._bbox()}`);
      return { illustrative: false, points: fc.features.map((f, i) => {
        const [lon, lat] = f.geometry.type === 'Point' ? f.geometry.coordinates : roughCentre(f.geometry);
        return { id: String(f.properties?.id ?? f.id ?? i), lon, lat, weight: f.properties?.population ?? f.properties?.weight ?? 1 };
      }) };
    }
    const fc = await getJson(`/api/areas?level=parish&simplify=200&bbox=${this._bbox()}`);
    return { illustrative: true, points: fc.features.map((f) => {
      const [lon, lat] = roughCentre(f.geometry);
      return { id: f.properties.code, lon, lat, weight: 1 };
    }) };
  }

  _candidateList() {
    if (this._root.querySelector('#pl-cands').value === 'clicks') return this._candidates;
    const b = this._map.getBounds();
    return this._facilities.features.filter((f) => f.geometry?.type === 'Point' && b.contains([f.geometry.coordinates[1], f.geometry.coordinates[0]]))
      .map((f) => ({ id: String(f.id ?? f.properties?.id), lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1], fixed: false, name: f.properties?.name }));
  }

  async solve() {
    const status = this._root.querySelector('.status');
    const candidates = this._candidateList();
    if (candidates.length === 0) { status.textContent = t('needCandidates'); return; }
    status.textContent = t('solving');
    let demand;
    try {
      demand = await this._demand(this._root.querySelector('#pl-demand').value);
    } catch (e) {
      status.textContent = e instanceof NotAvailableError ? t('notAvailable', { what: t('demandGrid') }) : problemMessages(e);
      return;
    }
    if (demand.points.length === 0) { status.textContent = t('needDemand'); return; }
    try {
      const body = {
        objective: this._root.querySelector('#pl-objective').value,
        k: Number(this._root.querySelector('#pl-k').value),
        radiusMeters: Number(this._root.querySelector('#pl-radius').value),
        demand: demand.points,
        candidates: candidates.map(({ id, lon, lat }) => ({ id, lon, lat })),
        fixed: candidates.filter((c) => c.fixed).map((c) => c.id),
      };
      const { data } = await sendJson('POST', '/api/plans/solve', body);
      this._result = { ...data, body, candidates, illustrative: demand.illustrative };
      status.textContent = '';
      this._show(this._result);
    } catch (e) {
      status.textContent = e instanceof NotAvailableError ? t('notAvailable', { what: t('planSolver') }) : problemMessages(e);
    }
  }

  _show(r) {
    const lang = getLang();
    const byId = new Map(r.candidates.map((c) => [c.id, c]));
    const selected = (r.selected ?? []).map((s) => byId.get(typeof s === 'object' ? String(s.id) : String(s))).filter(Boolean);
    this._drawn.clearLayers();
    selected.forEach((c, i) => {
      L.circle([c.lat, c.lon], { radius: r.body.radiusMeters, color: '#e08214', weight: 2, fillOpacity: 0.12 }).addTo(this._drawn);
      L.circleMarker([c.lat, c.lon], { radius: 8, color: '#000', weight: 2, fillColor: '#e08214', fillOpacity: 1, className: 'chosen-spot' })
        .bindTooltip(`${i + 1}. ${c.name ?? t('candidateN', { n: r.candidates.indexOf(c) + 1 })}`, { permanent: true, direction: 'right' }).addTo(this._drawn);
    });
    const share = r.totalWeight ? formatNumber((100 * r.coveredWeight) / r.totalWeight, lang, 1) + ' %' : '–';
    const marginal = (r.marginal ?? []).map((m) => (typeof m === 'object' ? m.gain ?? m.value : m));
    this._root.querySelector('.result').innerHTML = `
      ${r.illustrative ? `<p class="illustrative">${t('illustrative')}: ${t('demandParish')}</p>` : ''}
      <h3>${t('chosen')}</h3><ol class="chosen">${selected.map((c, i) => `<li>${esc(c.name ?? t('candidateN', { n: r.candidates.indexOf(c) + 1 }))} (${c.lat.toFixed(4)}, ${c.lon.toFixed(4)})</li>`).join('')}</ol>
      <p class="covered">${t('covered', { covered: formatNumber(r.coveredWeight, lang, 0), total: formatNumber(r.totalWeight, lang, 0), share })}
        ${r.optimal ? `(${t('optimal')})` : r.gap != null ? `(${t('gap', { gap: formatNumber(100 * r.gap, lang, 1) + ' %' })})` : ''}</p>
      <h3>${t('marginal')}</h3>${bars(marginal, t('marginal'))}
      <div class="row"><label for="pl-name" class="sr-only">${t('scenarioName')}</label><input id="pl-name" type="text" placeholder="${t('scenarioName')}">
        <button type="button" id="pl-save">${t('saveScenario')}</button> <button type="button" class="csv">${t('exportCsv')}</button></div>`;
    this._root.querySelector('#pl-save').addEventListener('click', () => this._save(selected));
    this._root.querySelector('.csv').addEventListener('click', () => download('sundhedspunkter.csv',
      toCsv(selected.map((c, i) => ({ order: i + 1, ...c })), ['order', 'id', 'name', 'lat', 'lon', 'fixed'].map((key) => ({ key, label: key })), lang), 'text/csv;charset=utf-8'));
  }

  scenarios() {
    try { return JSON.parse(localStorage.getItem(STORE) || '[]'); } catch { return []; }
  }

  _save(selected) {
    const r = this._result;
    const name = this._root.querySelector('#pl-name').value.trim() || `${t('scenario')} ${this.scenarios().length + 1}`;
    const list = [...this.scenarios(), { name, objective: r.body.objective, k: r.body.k, radius: r.body.radiusMeters, covered: r.coveredWeight, total: r.totalWeight,
      illustrative: r.illustrative, sites: selected.map((c) => ({ lat: c.lat, lon: c.lon, name: c.name ?? '' })) }];
    localStorage.setItem(STORE, JSON.stringify(list));
    this._listScenarios();
    this._scenarioLayer?.refresh();
  }

  _listScenarios() {
    const lang = getLang();
    const list = this.scenarios();
    this._root.querySelector('.scenarios').innerHTML = list.length === 0 ? '' : `<table><thead><tr><th scope="col">${t('scenario')}</th><th scope="col">${t('objective')}</th>
      <th scope="col">k</th><th scope="col">${t('radius')}</th><th scope="col">%</th></tr></thead><tbody>${list.map((s) => `<tr><td>${esc(s.name)}${s.illustrative ? ` <em>(${t('illustrative')})</em>` : ''}</td>
      <td>${esc(s.objective)}</td><td>${s.k}</td><td>${s.radius}</td><td>${s.total ? formatNumber((100 * s.covered) / s.total, lang, 1) : '–'}</td></tr>`).join('')}</tbody></table>`;
  }
}

/** Saved scenarios' spots on the map (dashed rings), one colour per scenario. */
export class ScenarioLayer {
  constructor(planning) {
    this._planning = planning;
    this.layer = L.layerGroup();
  }

  refresh() {
    this.layer.clearLayers();
    const colours = ['#542788', '#2166ac', '#b35806', '#1b7837'];
    (this._planning?.scenarios() ?? []).forEach((s, i) => s.sites.forEach((site) => {
      L.circle([site.lat, site.lon], { radius: s.radius, color: colours[i % colours.length], weight: 2, dashArray: '5 4', fill: false })
        .bindTooltip(`${s.name}${s.illustrative ? ` (${t('illustrative')})` : ''}`).addTo(this.layer);
    }));
  }
}
