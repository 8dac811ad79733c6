// Planning panel: demand of the municipality under the map centre (GET /api/plans/demand: 1 km grid cells or parishes),
// candidates (points clicked on the map or facilities), fixed spots, k, radius → POST /api/plans/solve; chosen spots with
// coverage rings, covered population, marginal-gain chart. Scenarios are stored on the server (/api/plans/scenarios),
// run there, and two of them compared side by side (/api/plans/compare).
import { getJson, sendJson, NotAvailableError, problemMessages } from '../api.js';
import { t, getLang } from '../i18n.js';
import { formatNumber } from '../style.js';
import { bars, esc } from '../charts.js';
import { toCsv, download, columns } from '../csv.js';
import { el } from './followupDom.js';
import { summary } from './planningSummary.js';

/** Demand points of a municipality: {points: [{id, lon, lat, weight}], municipalityName, totalWeight}. */
export const demandUrl = (municipality, source) => `/api/plans/demand?municipality=${encodeURIComponent(municipality)}&source=${encodeURIComponent(source)}`;

/** The solve body's model settings, shared by a one-off solve and a stored scenario's parameters. */
export function parameters({ objective, k, radiusMetres, distance = 'straight' }) {
  const p = { objective, k, radiusMetres, timeLimitSeconds: 10, solver: 'auto' };
  // Straight line is the server's default; walk and bike measure the radius along the imported street network.
  return distance === 'straight' ? p : { ...p, distance };
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
        <option value="grid">${t('demandGrid')}</option><option value="parishes">${t('demandParish')}</option></select></div>
      <div class="row"><label for="pl-cands">${t('candidates')}</label><select id="pl-cands">
        <option value="clicks">${t('candClicks')}</option><option value="facilities">${t('candFacilities')}</option></select></div>
      <div class="row"><button type="button" id="pl-add" aria-pressed="false">${t('addCandidates')}</button>
        <button type="button" id="pl-clear">${t('clearCandidates')}</button></div>
      <ul class="candidates"></ul>
      <div class="row"><label for="pl-objective">${t('objective')}</label><select id="pl-objective">
        <option value="mclp">${t('mclp')}</option><option value="pmedian">${t('pmedian')}</option><option value="lscp">${t('lscp')}</option></select></div>
      <div class="row"><label for="pl-k">${t('k')}</label><input id="pl-k" type="number" min="1" max="50" value="2">
        <label for="pl-radius">${t('radius')}</label><input id="pl-radius" type="number" min="100" max="50000" step="100" value="1000"></div>
      <div class="row"><label for="pl-distance">${t('distanceMode')}</label><select id="pl-distance">
        ${['straight', 'walk', 'bike'].map((m) => `<option value="${m}">${t(`distance_${m}`)}</option>`).join('')}</select></div>
      <div class="row"><button type="button" id="pl-solve" class="primary">${t('solve')}</button></div>
      <p class="status" role="status" aria-live="polite"></p>
      <div class="result"></div>
      <h3>${t('scenariosSaved')}</h3><div class="scenarios"></div>`;
    this._root.querySelector('#pl-add').addEventListener('click', () => this.toggleAdding());
    this._root.querySelector('#pl-clear').addEventListener('click', () => { this._candidates = []; this._listCandidates(); });
    this._root.querySelector('#pl-solve').addEventListener('click', () => this.solve());
    this._listCandidates();
    this._listScenarios(); // saved scenarios reappear after a reload, before anything is solved
  }

  /** The municipality the panel works in: that of the last result, else the one under the map centre. */
  async _municipality() {
    if (this._result?.municipality) return this._result.municipality;
    const c = this._map.getCenter();
    const at = await getJson(`/api/areas/at?lon=${c.lng.toFixed(6)}&lat=${c.lat.toFixed(6)}`).catch(() => null);
    return at?.areas?.find((a) => a.level === 'municipality')?.code ?? null;
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
      .bindTooltip(el('span', {}, t('candidateN', { n: i + 1 }))).addTo(this._candidateLayer));
  }

  /** Kommunekode of the municipality under the map centre, via /api/areas/at. */
  async _municipality() {
    const c = this._map.getCenter();
    const at = await getJson(`/api/areas/at?lon=${c.lng.toFixed(6)}&lat=${c.lat.toFixed(6)}`);
    const m = (at.areas ?? []).find((a) => a.level === 'municipality');
    if (!m) throw new Error(t('needDemand'));
    return m.code;
  }

  async _demand(source) {
    const municipality = await this._municipality();
    const data = await getJson(demandUrl(municipality, source));
    return { municipality, name: data.municipalityName, points: data.points };
  }

  _candidateList() {
    if (this._root.querySelector('#pl-cands').value === 'clicks') return this._candidates;
    const b = this._map.getBounds();
    return this._facilities.features.filter((f) => f.geometry?.type === 'Point' && b.contains([f.geometry.coordinates[1], f.geometry.coordinates[0]]))
      .map((f) => ({ id: String(f.id ?? f.properties?.id), lon: f.geometry.coordinates[0], lat: f.geometry.coordinates[1], fixed: false, name: f.properties?.name }));
  }

  _settings() {
    return parameters({
      objective: this._root.querySelector('#pl-objective').value,
      k: Number(this._root.querySelector('#pl-k').value),
      radiusMetres: Number(this._root.querySelector('#pl-radius').value),
      distance: this._root.querySelector('#pl-distance').value,
    });
  }

  async solve() {
    const status = this._root.querySelector('.status');
    const candidates = this._candidateList();
    if (candidates.length === 0) { status.textContent = t('needCandidates'); return; }
    status.textContent = t('solving');
    const source = this._root.querySelector('#pl-demand').value;
    let demand;
    try {
      demand = await this._demand(source);
    } catch (e) {
      status.textContent = e instanceof NotAvailableError ? t('notAvailable', { what: t('demandGrid') }) : problemMessages(e);
      return;
    }
    if (demand.points.length === 0) { status.textContent = t('needDemand'); return; }
    try {
      const body = {
        ...this._settings(),
        demand: demand.points,
        candidates: candidates.map(({ id, lon, lat }) => ({ id, lon, lat })),
        fixed: candidates.filter((c) => c.fixed).map((c) => c.id),
      };
      const { data } = await sendJson('POST', '/api/plans/solve', body);
      this._result = { ...data, body, candidates, municipality: demand.municipality, municipalityName: demand.name, source };
      status.textContent = '';
      this._show(this._result);
    } catch (e) {
      status.textContent = e instanceof NotAvailableError ? t('notAvailable', { what: t('planSolver') }) : problemMessages(e);
    }
  }

  _show(r) {
    const lang = getLang();
    const byId = new Map(r.candidates.map((c) => [c.id, c]));
    const selected = (r.selected ?? []).map((id) => byId.get(id)).filter(Boolean);
    this._drawn.clearLayers();
    const shown = (this._shown = (this._shown ?? 0) + 1);
    selected.forEach((c, i) => {
      // The reach drawn is the distance solved with: a circle for the straight line, the street-network isochrone otherwise.
      if ((r.body.distance ?? 'straight') === 'straight') {
        L.circle([c.lat, c.lon], { radius: r.body.radiusMetres, color: '#e08214', weight: 2, fillOpacity: 0.12 }).addTo(this._drawn);
      } else {
        this._isochrone(c, r.body.radiusMetres, r.body.distance, shown);
      }
      L.circleMarker([c.lat, c.lon], { radius: 8, color: '#000', weight: 2, fillColor: '#e08214', fillOpacity: 1, className: 'chosen-spot' })
        .bindTooltip(el('span', {}, `${i + 1}. ${c.name ?? t('candidateN', { n: r.candidates.indexOf(c) + 1 })}`), { permanent: true, direction: 'right' }).addTo(this._drawn);
    });
    const share = r.totalWeight ? formatNumber((100 * r.coveredWeight) / r.totalWeight, lang, 1) + ' %' : '–';
    const marginal = (r.marginal ?? []).map((m) => m.gain);
    this._root.querySelector('.result').innerHTML = `
      <p class="meta">${esc(r.municipalityName)} · ${t(r.source === 'grid' ? 'demandGrid' : 'demandParish')}</p>
      <h3>${t('chosen')}</h3><ol class="chosen">${selected.map((c, i) => `<li>${esc(c.name ?? t('candidateN', { n: r.candidates.indexOf(c) + 1 }))} (${c.lat.toFixed(4)}, ${c.lon.toFixed(4)})</li>`).join('')}</ol>
      <p class="covered">${t('covered', { covered: formatNumber(r.coveredWeight, lang, 0), total: formatNumber(r.totalWeight, lang, 0), share })}
        ${r.optimal ? `(${t('optimal')})` : r.gap != null ? `(${t('gap', { gap: formatNumber(100 * r.gap, lang, 1) + ' %' })})` : ''}</p>
      ${summary(r, lang)}
      <h3>${t('marginal')}</h3>${bars(marginal, t('marginal'))}
      <div class="row"><label for="pl-name" class="sr-only">${t('scenarioName')}</label><input id="pl-name" type="text" placeholder="${t('scenarioName')}">
        <button type="button" id="pl-save" class="edit-control">${t('saveScenario')}</button> <button type="button" class="csv">${t('exportCsv')}</button></div>`;
    this._root.querySelector('#pl-save').addEventListener('click', () => this._save());
    this._root.querySelector('.csv').addEventListener('click', () => download('sundhedspunkter.csv',
      toCsv(selected.map((c, i) => ({ order: i + 1, ...c })), columns(['order', 'id', 'name', 'lat', 'lon', 'fixed']), lang), 'text/csv;charset=utf-8'));
  }

  /** The area reachable within the radius along the streets (GET /api/network/isochrone, the provider the solve used). */
  async _isochrone(site, metres, mode, shown) {
    const minutes = Math.min(60, Math.max(1, metres / (mode === 'bike' ? 250 : 80)));
    try {
      const fc = await getJson(`/api/network/isochrone?lon=${site.lon}&lat=${site.lat}&minutes=${minutes.toFixed(1)}&mode=${mode}`);
      if (shown !== this._shown) return; // a newer result is on the map
      L.geoJSON(fc, { filter: (f) => f.properties?.kind === 'area', style: { color: '#e08214', weight: 2, fillOpacity: 0.12 } }).addTo(this._drawn);
    } catch (e) {
      this._root.querySelector('.status').textContent = problemMessages(e);
    }
  }

  /** Scenarios stored on the server for the municipality of the last run (cached for the map layer). */
  scenarios() { return this._scenarios ?? []; }

  async _save() {
    const r = this._result;
    const status = this._root.querySelector('.status');
    const name = this._root.querySelector('#pl-name').value.trim() || `${t('scenario')} ${this.scenarios().length + 1}`;
    try {
      const { data } = await sendJson('POST', '/api/plans/scenarios', {
        name, municipality: r.municipality, demand: { source: r.source },
        candidates: r.candidates.filter((c) => !String(c.id).startsWith('facility:')).map(({ id, lon, lat, name: label }) => ({ id, lon, lat, name: label })),
        fixed: r.body.fixed, parameters: this._settings(),
      });
      await sendJson('POST', `/api/plans/scenarios/${data.id}/run`, {});
      status.textContent = t('scenarioSaved');
      await this._listScenarios();
    } catch (e) {
      status.textContent = problemMessages(e);
    }
  }

  async _listScenarios() {
    const municipality = await this._municipality();
    if (!municipality) return;
    try {
      this._scenarios = (await getJson(`/api/plans/scenarios?municipality=${municipality}`)).filter((s) => s.result);
    } catch { this._scenarios = []; }
    const lang = getLang();
    const list = this.scenarios();
    const share = (s) => (s.result.totalWeight ? formatNumber((100 * s.result.coveredWeight) / s.result.totalWeight, lang, 1) : '–');
    const options = list.map((s) => `<option value="${s.id}">${esc(s.name)}</option>`).join('');
    this._root.querySelector('.scenarios').innerHTML = list.length === 0 ? `<p class="hint">${t('noScenarios')}</p>` : `<table class="scenario-table"><thead><tr><th scope="col">${t('scenario')}</th><th scope="col">${t('objective')}</th>
      <th scope="col">k</th><th scope="col">${t('radius')}</th><th scope="col">%</th><th scope="col">${t('state')}</th><th scope="col"><span class="sr-only">${t('delete')}</span></th></tr></thead><tbody>${list.map((s) => `<tr><td>${esc(s.name)}</td>
      <td>${esc(t(s.parameters.objective))}</td><td>${s.parameters.k}</td><td>${s.parameters.radiusMetres}</td><td>${share(s)}</td>
      <td>${t(s.state)} <button type="button" class="pl-publish edit-control" data-id="${s.id}">${t(s.state === 'published' ? 'unpublish' : 'publish')}</button></td>
      <td><button type="button" class="pl-delete edit-control" data-id="${s.id}" aria-label="${esc(t('deleteScenario', { name: s.name }))}" title="${esc(t('deleteScenario', { name: s.name }))}">×</button></td></tr>`).join('')}</tbody></table>
      ${list.length < 2 ? '' : `<div class="row"><label for="pl-a">A</label><select id="pl-a">${options}</select>
        <label for="pl-b">B</label><select id="pl-b">${options}</select><button type="button" id="pl-compare">${t('compare')}</button></div><div class="comparison"></div>`}`;
    this._root.querySelectorAll('.pl-delete').forEach((button) => button.addEventListener('click', () => this._delete(list.find((s) => String(s.id) === button.dataset.id))));
    this._root.querySelectorAll('.pl-publish').forEach((button) => button.addEventListener('click', () => this._toggleState(list.find((s) => String(s.id) === button.dataset.id))));
    if (list.length >= 2) {
      this._root.querySelector('#pl-b').selectedIndex = 1;
      this._root.querySelector('#pl-compare').addEventListener('click', () => this._compare());
    }
    this._scenarioLayer?.refresh();
  }

  /** Publishes a draft (anyone may then read it) or takes it back to draft (only planners of its municipality read it). */
  async _toggleState(scenario) {
    const status = this._root.querySelector('.status');
    try {
      await sendJson('PUT', `/api/plans/scenarios/${scenario.id}/state`, { state: scenario.state === 'published' ? 'draft' : 'published' }, { 'If-Match': `"v${scenario.version}"` });
    } catch (e) {
      status.textContent = problemMessages(e);
    }
    await this._listScenarios();
  }

  /** Deletes a stored scenario after asking; If-Match with the version listed, so a scenario changed since is not lost. */
  async _delete(scenario) {
    if (!scenario || !window.confirm(t('confirmDeleteScenario', { name: scenario.name }))) return;
    const status = this._root.querySelector('.status');
    try {
      await sendJson('DELETE', `/api/plans/scenarios/${scenario.id}`, undefined, { 'If-Match': `"v${scenario.version}"` });
      status.textContent = t('scenarioDeleted', { name: scenario.name });
    } catch (e) {
      status.textContent = problemMessages(e);
    }
    await this._listScenarios();
  }

  async _compare() {
    const a = this._root.querySelector('#pl-a').value;
    const b = this._root.querySelector('#pl-b').value;
    const out = this._root.querySelector('.comparison');
    try {
      const c = await getJson(`/api/plans/compare?a=${a}&b=${b}`);
      const lang = getLang();
      const n = (v) => formatNumber(v, lang, 0);
      out.innerHTML = `<table><thead><tr><th scope="col"></th><th scope="col">A: ${esc(c.a.name)}</th><th scope="col">B: ${esc(c.b.name)}</th></tr></thead><tbody>
        <tr><th scope="row">${t('sites')}</th><td>${c.a.sites.map((s) => esc(s.name ?? s.id)).join(', ')}</td><td>${c.b.sites.map((s) => esc(s.name ?? s.id)).join(', ')}</td></tr>
        <tr><th scope="row">${t('coveredShort')}</th><td>${n(c.a.coveredWeight)} (${formatNumber(100 * c.a.coveredShare, lang, 1)} %)</td><td>${n(c.b.coveredWeight)} (${formatNumber(100 * c.b.coveredShare, lang, 1)} %)</td></tr>
        </tbody></table><p class="newly">${t('newlyCovered', { n: n(c.newlyCoveredWeight), lost: n(c.noLongerCoveredWeight) })}</p>`;
    } catch (e) {
      out.textContent = problemMessages(e);
    }
  }
}

/** Stored scenarios' spots on the map (dashed rings), one colour per scenario. */
export class ScenarioLayer {
  constructor(planning) {
    this._planning = planning;
    this.layer = L.layerGroup();
  }

  refresh() {
    this.layer.clearLayers();
    const colours = ['#542788', '#2166ac', '#b35806', '#1b7837'];
    (this._planning?.scenarios() ?? []).forEach((s, i) => s.result.sites.forEach((site) => {
      L.circle([site.lat, site.lon], { radius: s.result.radiusMetres ?? 0, color: colours[i % colours.length], weight: 2, dashArray: '5 4', fill: false })
        .bindTooltip(el('span', {}, s.name)).addTo(this.layer);
    }));
  }
}
