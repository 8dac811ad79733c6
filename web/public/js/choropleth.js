// What the areas are coloured by: nothing, area size, an indicator (GET /api/indicators/{code}/values) or the
// ranking score. Returns {values: Map code → {value, suppressed}, title, unit, period} for the legend and the layer.
import { getJson } from './api.js';
import { localName, t, unitLabel } from './i18n.js';
import { mapPeriod } from './profileModel.js';

/** Values of one indicator at one level, whichever documented spelling the rows use. */
export function normaliseValues(payload) {
  const rows = Array.isArray(payload) ? payload : (payload.values ?? payload.rows ?? payload.areas ?? []);
  const map = new Map();
  for (const r of rows) {
    const code = r.code ?? r.areaCode ?? r.area?.code;
    const value = typeof r.value === 'number' ? r.value : null;
    const note = r.note ?? r.valueNote ?? '';
    map.set(code, { value, suppressed: r.suppressed === true || /suppress|disclos|skjult/i.test(note), note });
  }
  return map;
}

export class Choropleth {
  constructor() {
    this._indicators = [];
    this._areaCache = new Map();
    this.scores = null;
  }

  /** The catalogue, or [] while the indicators endpoint has not landed. */
  async indicators() {
    try {
      const c = await getJson('/api/indicators');
      this._indicators = Array.isArray(c) ? c : (c.indicators ?? []);
    } catch {
      this._indicators = [];
    }
    return this._indicators;
  }

  options(level) {
    const opts = [{ value: '', label: t('outlinesOnly') }, { value: 'area', label: t('areaKm2') }];
    for (const i of this._indicators) {
      // A draft own indicator is listed only to its municipality's planners; say that it is not published yet.
      const label = i.state === 'draft' ? `${localName(i.name)} (${t('draft').toLowerCase()})` : localName(i.name);
      if (!i.levels || i.levels.includes(level)) opts.push({ value: `ind:${i.code}`, label });
    }
    if (this.scores) opts.push({ value: 'score', label: t('rankingScore') });
    return opts;
  }

  /** The periods the indicator behind a variable has, oldest first ([] for area, score and outlines). */
  periods(variable) {
    if (!variable?.startsWith('ind:')) return [];
    return this._indicators.find((i) => i.code === variable.slice(4))?.periods ?? [];
  }

  async load(variable, level, chosenPeriod = '') {
    if (!variable) return null;
    if (variable === 'area') {
      if (!this._areaCache.has(level)) {
        const fc = await getJson(`/api/areas?level=${level}&simplify=5000`);
        this._areaCache.set(level, new Map(fc.features.map((f) => [f.properties.code, { value: f.properties.areaKm2 }])));
      }
      return { values: this._areaCache.get(level), title: t('areaKm2'), unit: 'km²', period: '' };
    }
    if (variable === 'score') {
      return this.scores && this.scores.level === level ? { values: this.scores.values, title: t('rankingScore'), unit: '0–1', period: '' } : null;
    }
    const code = variable.slice(4);
    const ind = this._indicators.find((i) => i.code === code);
    const period = mapPeriod(ind?.periods ?? [], chosenPeriod);
    const payload = await getJson(`/api/indicators/${encodeURIComponent(code)}/values?level=${level}${period ? `&period=${encodeURIComponent(period)}` : ''}&format=json`);
    return { values: normaliseValues(payload), title: localName(ind?.name ?? code), unit: unitLabel(ind?.unit ?? payload.indicator?.unit ?? ''), period: payload.period ?? period,
      illustrative: ind?.illustrative === true, sources: payload.sources ?? [] };
  }
}
