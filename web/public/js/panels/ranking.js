// Ranking panel: indicators with weight sliders; every change re-ranks through POST /api/rankings (debounced),
// the top-N list links to the map, rank intervals come from the sensitivity draws; presets via /api/rankings/presets.
import { getJson, sendJson, NotAvailableError, problemMessages } from '../api.js';
import { t, localName, getLang } from '../i18n.js';
import { currentUser, canEdit } from '../session.js';
import { parseWeights } from '../state.js';
import { formatNumber } from '../style.js';
import { esc } from '../charts.js';
import { toCsv, download, columns } from '../csv.js';
import { normaliseValues } from '../choropleth.js';

/** Shown beside each ranked area as context, never weighted: how many live there and how densely (issue 17). */
const CONTEXT = [['dst.population', 'grid.population'], ['grid.density']];

/**
 * The rank interval as a small picture: a bar over places 1…n from the interval's lower to upper place, and a dot
 * at the rank itself (decorative; the same interval is in the text beside it).
 */
export function intervalSvg(rank, lower, upper, n, width = 64) {
  if (!(n > 1) || lower == null || upper == null) return '';
  const x = (place) => 2 + ((Math.min(Math.max(place, 1), n) - 1) / (n - 1)) * (width - 4);
  return `<svg class="interval-bar" width="${width}" height="10" viewBox="0 0 ${width} 10" aria-hidden="true" focusable="false">`
    + `<line x1="2" y1="5" x2="${width - 2}" y2="5" stroke="#bbbbbb" stroke-width="1"/>`
    + `<rect x="${x(lower).toFixed(1)}" y="2" width="${Math.max(2, x(upper) - x(lower)).toFixed(1)}" height="6" fill="#3b528b" opacity="0.45"/>`
    + `<circle cx="${x(rank).toFixed(1)}" cy="5" r="2.5" fill="#1a1a1a"/></svg>`;
}

/** Checked when the panel opens: the KRAM factors of the health profile, published for every municipality. */
const DEFAULT_CHOICE = ['sp.daily_smokers', 'sp.heavy_drinking', 'sp.unhealthy_diet', 'sp.physically_inactive'];

export class RankingPanel {
  constructor(root, { onSelect, onScores, getLevel, initial = {}, onChange }) {
    this._root = root;
    this._initial = { weights: parseWeights(initial.weights), scope: initial.scope ?? '' };
    this._onChange = onChange;
    this._onSelect = onSelect;
    this._onScores = onScores;
    this._getLevel = getLevel;
    this._indicators = [];
    this._result = null;
    this._timer = 0;
    this._seq = 0;
  }

  async load() {
    try {
      const catalogue = await getJson('/api/indicators');
      this._indicators = Array.isArray(catalogue) ? catalogue : (catalogue.indicators ?? []);
    } catch (e) {
      this._root.innerHTML = `<p class="unavailable">${esc(e instanceof NotAvailableError ? t('notAvailable', { what: t('indicators') }) : t('loadFailed', { what: t('indicators'), error: e.message }))}</p>`;
      return;
    }
    this._render();
    await this._loadPresets();
    this.rank();
  }

  /** The level the ranking runs at: the map's level when every chosen indicator has it, else municipality. */
  level() {
    const wanted = this._extras?.level ?? this._getLevel();
    const chosen = this._chosen().map((c) => this._indicators.find((i) => i.code === c.code));
    return chosen.every((i) => !i?.levels || i.levels.includes(wanted)) ? wanted : 'municipality';
  }

  /** Indicators with a direction of need; population, density and other "no judgement" ones are context only. */
  _weighable() {
    return this._indicators.filter((i) => i.polarity !== 'no_judgement');
  }

  _render() {
    const fromLink = this._initial.weights.size > 0;
    const rows = this._weighable().map((ind, n) => {
      const checked = fromLink ? this._initial.weights.has(ind.code) : DEFAULT_CHOICE.includes(ind.code);
      const w = fromLink && this._initial.weights.has(ind.code) ? Math.min(10, Math.max(0, this._initial.weights.get(ind.code))) : 5;
      return `<div class="weight-row">
        <input type="checkbox" id="rk-use-${n}" data-code="${esc(ind.code)}" ${checked ? 'checked' : ''} aria-label="${esc(t('include', { name: localName(ind.name) }))}">
        <label for="rk-w-${n}">${esc(localName(ind.name))}</label>
        <input type="range" id="rk-w-${n}" min="0" max="10" step="1" value="${w}" data-code="${esc(ind.code)}" aria-label="${esc(t('weight', { name: localName(ind.name) }))}">
        <output for="rk-w-${n}">${w}</output></div>`;
    }).join('');
    this._root.innerHTML = `<p class="hint">${t('rankingIntro')}</p>
      <details class="explain" open><summary>${t('scoreHelpTitle')}</summary><p>${t('scoreHelp')}</p><p>${t('intervalHelp')}</p></details>
      <fieldset class="weights"><legend>${t('indicators')}</legend>${rows}</fieldset>
      <p class="hint context-hint">${t('contextHint')}</p>
      <div class="row"><label for="rk-scope">${t('scope')}</label><input id="rk-scope" type="text" inputmode="numeric" placeholder="0561, 0727" value="${esc(this._initial.scope.replace(/,/g, ', '))}"></div>
      <div class="row"><label for="rk-top">${t('topN')}</label><input id="rk-top" type="number" min="3" max="50" value="10">
        <label for="rk-draws">${t('draws')}</label><input id="rk-draws" type="number" min="0" max="2000" step="100" value="200"></div>
      <div class="row presets"><label for="rk-preset">${t('loadPreset')}</label><select id="rk-preset"><option value=""></option></select>
        <label for="rk-preset-name" class="sr-only">${t('presetName')}</label><input id="rk-preset-name" type="text" placeholder="${t('presetName')}">
        <button type="button" id="rk-save">${t('savePreset')}</button></div>
      <p class="status" role="status"></p>
      <h3>${t('rankingList')}</h3><ol class="ranking-list" aria-live="polite"></ol>
      <p class="exports"><button type="button" class="csv">${t('exportCsv')}</button> <button type="button" class="geojson">${t('exportGeoJson')}</button></p>`;
    this._root.querySelectorAll('input[type=range]').forEach((r) => r.addEventListener('input', () => {
      r.nextElementSibling.value = r.value;
      this.schedule();
    }));
    this._root.querySelectorAll('input[type=checkbox], #rk-scope, #rk-top, #rk-draws').forEach((el) => el.addEventListener('change', () => this.schedule()));
    this._root.querySelector('#rk-save').addEventListener('click', () => this._savePreset());
    this._root.querySelector('#rk-preset').addEventListener('change', (e) => this._applyPreset(e.target.value));
    this._root.querySelector('.csv').addEventListener('click', () => this._csv());
    this._root.querySelector('.geojson').addEventListener('click', () => this._geojson());
  }

  _chosen() {
    return [...this._root.querySelectorAll('input[type=checkbox][data-code]')].filter((c) => c.checked).map((c) => ({
      code: c.dataset.code,
      weight: Number(this._root.querySelector(`input[type=range][data-code="${CSS.escape(c.dataset.code)}"]`).value),
      ...(this._extras?.periods?.has(c.dataset.code) ? { period: this._extras.periods.get(c.dataset.code) } : {}),
    })).filter((c) => c.weight > 0);
  }

  request() {
    const scope = this._root.querySelector('#rk-scope').value.split(/[\s,;]+/).filter(Boolean).map((c) => c.padStart(4, '0'));
    return {
      level: this.level(),
      scope: scope.length ? { municipalities: scope } : {},
      indicators: this._chosen(),
      method: this._extras?.method ?? 'percentile',
      missing: this._extras?.missing ?? 'exclude',
      ...(this._extras?.period ? { period: this._extras.period } : {}),
      topN: Number(this._root.querySelector('#rk-top').value) || 10,
      sensitivity: { draws: Number(this._root.querySelector('#rk-draws').value) || 0, seed: 7 },
    };
  }

  schedule() {
    this._note = '';
    this._onChange?.(this.shareState());
    clearTimeout(this._timer);
    this._timer = setTimeout(() => this.rank(), 200);
  }

  /** What the share link carries: the ticked indicators with their weights, and the scope. */
  shareState() {
    const ticked = [...this._root.querySelectorAll('input[type=checkbox][data-code]')].filter((c) => c.checked).map((c) => ({
      code: c.dataset.code, weight: Number(this._root.querySelector(`input[type=range][data-code="${CSS.escape(c.dataset.code)}"]`).value) }));
    const scope = this._root.querySelector('#rk-scope').value.split(/[\s,;]+/).filter(Boolean).map((c) => c.padStart(4, '0')).join(',');
    return { weights: ticked.map((i) => `${i.code}:${i.weight}`).join(','), scope };
  }

  async rank() {
    const body = this.request();
    const status = this._root.querySelector('.status');
    if (body.indicators.length === 0) return;
    const seq = ++this._seq;
    try {
      const { data } = await sendJson('POST', '/api/rankings', body);
      if (seq !== this._seq) return; // a newer request is under way
      this._result = { ...data, level: body.level };
      // A preset's "loaded" message stays until the planner changes something; the service's notes follow it.
      status.textContent = [this._note, ...(data.notes ?? []).map((n) => localName(n))].filter(Boolean).join(' ');
      this._list(data.areas ?? [], body.topN, body.level);
      this._onScores?.(body.level, new Map((data.areas ?? []).map((a) => [a.code, { value: a.score }])));
    } catch (e) {
      status.textContent = e instanceof NotAvailableError ? t('notAvailable', { what: t('rankings') }) : problemMessages(e);
    }
  }

  _list(areas, topN, level) {
    const lang = getLang();
    // Areas without a value for any chosen indicator come back unranked (rank null): they are not in the list.
    const top = areas.filter((a) => a.rank != null).sort((a, b) => a.rank - b.rank).slice(0, topN);
    const ol = this._root.querySelector('.ranking-list');
    ol.innerHTML = top.map((a) => {
      const lower = a.rankInterval?.lower ?? a.rankInterval?.[0];
      const upper = a.rankInterval?.upper ?? a.rankInterval?.[1];
      const ivText = t('intervalOf', { lower, upper });
      const iv = a.rankInterval ? ` <span class="interval" title="${esc(ivText)}"><span aria-hidden="true">[${lower}–${upper}]</span><span class="sr-only">${esc(ivText)}</span></span>` : '';
      const score = formatNumber(a.score, lang, 2);
      const picture = a.rankInterval ? intervalSvg(a.rank, lower, upper, this._result?.n ?? areas.length) : '';
      return `<li data-code="${esc(a.code)}"><button type="button" class="link"><span class="rank">${a.rank}.</span> ${esc(a.name)} <span class="score" title="${esc(t('scoreOf', { score }))}">${score}</span>${iv}${picture}</button>`
        + `<span class="context" data-code="${esc(a.code)}"></span></li>`;
    }).join('');
    this._fillContext(level, ol);
    ol.querySelectorAll('li').forEach((li) => li.querySelector('button').addEventListener('click', () => this._onSelect?.(level, li.dataset.code)));
  }

  /** Population and density of each listed area, as context beside it (values of the indicators in CONTEXT at the level). */
  async _fillContext(level, ol) {
    this._contextCache ??= new Map();
    if (!this._contextCache.has(level)) {
      const load = async (codes) => {
        const ind = codes.map((c) => this._indicators.find((i) => i.code === c)).find((i) => i && (!i.levels || i.levels.includes(level)));
        if (!ind) return null;
        const payload = await getJson(`/api/indicators/${encodeURIComponent(ind.code)}/values?level=${level}&format=json`);
        return { ind, values: normaliseValues(payload) };
      };
      this._contextCache.set(level, Promise.all(CONTEXT.map((codes) => load(codes).catch(() => null))));
    }
    const columns = (await this._contextCache.get(level)).filter(Boolean);
    const lang = getLang();
    ol.querySelectorAll('.context').forEach((span) => {
      span.textContent = columns.map(({ ind, values }) => {
        const v = values.get(span.dataset.code);
        const shown = v?.suppressed ? t('suppressed') : formatNumber(v?.value, lang, 0);
        return `${localName(ind.name)}: ${shown}`;
      }).join(' · ');
    });
  }

  async _loadPresets() {
    const select = this._root.querySelector('#rk-preset');
    try {
      const presets = await getJson('/api/rankings/presets');
      this._presets = Array.isArray(presets) ? presets : (presets.presets ?? []);
      select.innerHTML = '<option value=""></option>' + this._presets.map((p, i) => `<option value="${i}">${esc(localName(p.name))}</option>`).join('');
    } catch {
      select.disabled = true;
    }
  }

  /** A preset's ranking body (GET /api/rankings/presets answers {…, body: {indicators, scope, topN, …}}). */
  static presetBody(preset) {
    return preset?.body ?? preset?.request ?? preset ?? {};
  }

  _applyPreset(index) {
    const preset = this._presets?.[Number(index)];
    if (!preset) return;
    const body = RankingPanel.presetBody(preset);
    const list = body.indicators ?? [];
    // Weights on the slider's 0–10 scale: a preset may store any positive numbers (e.g. 1, 2 or 0.25).
    const max = Math.max(...list.map((i) => i.weight ?? 1), 0) || 1;
    const weights = new Map(list.map((i) => [i.code, Math.max(1, Math.round(((i.weight ?? 1) / max) * 10))]));
    if (list.every((i) => Number.isInteger(i.weight ?? 1) && (i.weight ?? 1) <= 10)) for (const i of list) weights.set(i.code, i.weight ?? 1);
    this._root.querySelectorAll('input[type=checkbox][data-code]').forEach((c) => { c.checked = weights.has(c.dataset.code); });
    this._root.querySelectorAll('input[type=range][data-code]').forEach((r) => {
      if (weights.has(r.dataset.code)) r.value = r.nextElementSibling.value = weights.get(r.dataset.code);
    });
    this._extras = { method: body.method, missing: body.missing, period: body.period, level: body.level,
      periods: new Map(list.filter((i) => i.period).map((i) => [i.code, i.period])) };
    const scope = body.scope?.municipalities ?? [];
    this._root.querySelector('#rk-scope').value = scope.join(', ');
    if (body.topN) this._root.querySelector('#rk-top').value = body.topN;
    if (body.sensitivity?.draws != null) this._root.querySelector('#rk-draws').value = body.sensitivity.draws;
    this._note = t('presetApplied', { name: localName(preset.name), n: weights.size });
    this._root.querySelector('.status').textContent = this._note;
    this._onChange?.(this.shareState());
    this.rank();
  }

  async _savePreset() {
    const name = this._root.querySelector('#rk-preset-name').value.trim();
    const status = this._root.querySelector('.status');
    // Sticky like a preset's message: a ranking that finishes after the click must not wipe it.
    const say = (text) => { this._note = text; status.textContent = text; };
    if (!canEdit()) { say(t('presetSignIn')); return; }
    if (!name) { say(t('presetNeedName')); this._root.querySelector('#rk-preset-name').focus(); return; }
    try {
      await sendJson('POST', '/api/rankings/presets', { name, author: currentUser()?.email ?? 'planlægger', body: this.request() });
      await this._loadPresets();
      const i = this._presets.findIndex((p) => localName(p.name) === name);
      if (i >= 0) this._root.querySelector('#rk-preset').value = String(i);
      say(t('presetSaved'));
    } catch (e) {
      say(e?.status === 401 || e?.status === 403 ? t('presetSignIn') : e?.status === 409 ? t('presetTaken') : problemMessages(e));
    }
  }

  _rows() {
    // Each indicator's period on every row, so a file passed on still says which years it ranks.
    const periods = Object.entries(this._result?.periods ?? {}).map(([code, period]) => `${code}=${period}`).join(' ');
    return (this._result?.areas ?? []).map((a) => ({ code: a.code, name: a.name, score: a.score, rank: a.rank, quintile: a.quintile,
      rankLower: a.rankInterval?.lower ?? a.rankInterval?.[0], rankUpper: a.rankInterval?.upper ?? a.rankInterval?.[1], topNShare: a.topNShare, periods }));
  }

  _csv() {
    const cols = columns(['rank', 'code', 'name', 'score', 'quintile', 'rankLower', 'rankUpper', 'topNShare', 'periods']);
    download('rangering.csv', toCsv(this._rows(), cols, getLang()), 'text/csv;charset=utf-8');
  }

  async _geojson() {
    const fc = await getJson(`/api/areas?level=${this._result.level}&simplify=50`);
    const byCode = new Map(this._rows().map((r) => [r.code, r]));
    fc.features = fc.features.filter((f) => byCode.has(f.properties.code)).map((f) => ({ ...f, properties: { ...f.properties, ...byCode.get(f.properties.code) } }));
    download('rangering.geojson', JSON.stringify(fc), 'application/geo+json');
  }
}
