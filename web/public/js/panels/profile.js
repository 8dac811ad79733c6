// Profile panel: the clicked area's name, parents and sources, then its indicator profile (GET
// /api/areas/{level}/{code}/profile): each indicator against municipality and Denmark, spine chart, sparkline; a period
// selector (the whole profile for one period), a trend chart per indicator, and "add to comparison".
import { getJson, NotAvailableError } from '../api.js';
import { t, localName, getLang, unitLabel, periodLabel, noteLabel } from '../i18n.js';
import { formatNumber, COMPARISON } from '../style.js';
import { spine, sparkline, esc } from '../charts.js';
import { toCsv, download, columns } from '../csv.js';
import { periodsOf } from '../profileModel.js';
import { TrendChart } from './trendChart.js';

const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** Reads one indicator of a profile whichever of the documented spellings the API uses. */
export function normaliseIndicator(i) {
  const ci = i.ci ?? i.confidenceInterval ?? {};
  return {
    code: i.code ?? i.indicator?.code,
    name: localName(i.name ?? i.indicator?.name ?? i.code),
    unit: i.unit ?? i.indicator?.unit ?? '',
    period: i.period ?? '',
    value: num(i.value),
    lower: num(i.ciLow ?? i.lower ?? ci.lower ?? ci[0]),
    upper: num(i.ciHigh ?? i.upper ?? ci.upper ?? ci[1]),
    note: i.note ?? i.valueNote ?? '',
    municipality: num(i.municipality?.value ?? i.municipalityValue),
    parish: num(i.parish?.value),
    hasParish: i.parish !== undefined,
    denmark: num(i.denmark?.value ?? i.denmarkValue ?? i.national?.value),
    comparison: i.comparedWithDenmark ?? i.comparison ?? 'not_compared',
    comparisonMunicipality: i.comparedWithMunicipality ?? 'not_compared',
    illustrative: i.illustrative === true,
    trend: (i.trend ?? []).map((p) => ({ period: p.period, value: num(p.value) })),
    source: localName(i.source?.attribution ?? i.source?.name ?? i.source ?? ''),
  };
}

export class ProfilePanel {
  constructor(root, { onCompare, onPeriod } = {}) {
    this._onPeriod = onPeriod;
    this._root = root;
    this._rows = [];
    this._area = null;
    this._period = '';
    this._onCompare = onCompare;
  }

  empty() {
    this._root.innerHTML = `<p class="hint">${t('clickArea')}</p>`;
  }

  async show(level, code, period = '') {
    this._period = period;
    this._root.innerHTML = '<p aria-busy="true">…</p>';
    const feature = await getJson(`/api/areas/${level}/${encodeURIComponent(code)}?simplify=20`);
    this._area = feature;
    const p = feature.properties;
    const municipality = p.parents?.find((x) => x.level === 'municipality' && x.primary);
    this._root.innerHTML = `
      <h2 id="profile-title">${esc(t('profileOf', { name: p.name }))}</h2>
      <p class="meta">${esc(t(`${level}1`))} ${esc(p.code)}${municipality ? ' · ' + esc(t('inMunicipality', { name: municipality.name })) : ''} · ${formatNumber(p.areaKm2, getLang(), 1)} km²</p>
      <p class="profile-tools"><label for="profile-period">${esc(t('profilePeriod'))}</label> <select id="profile-period"></select>
        ${this._onCompare ? `<button type="button" class="add-compare">${esc(t('addCompare'))}</button>` : ''}</p>
      <p class="status" id="compare-status" role="status"></p>
      <div class="profile-body" aria-live="polite"></div>
      <div class="trend-view"></div>
      <h3>${t('sources')}</h3>
      <ul class="sources">${(feature.sources ?? []).map((s) => `<li>${esc(s.attribution)} <span class="licence">(${esc(s.licence)})</span></li>`).join('')}</ul>`;
    this._root.querySelector('.add-compare')?.addEventListener('click', () => {
      this._root.querySelector('#compare-status').textContent = this._onCompare({ level, code, name: p.name });
    });
    this._trend = new TrendChart(this._root.querySelector('.trend-view'), { level, code, municipality: level === 'municipality' ? null : municipality?.code });
    await this._indicators(level, code);
    return feature;
  }

  async _indicators(level, code) {
    const body = this._root.querySelector('.profile-body');
    try {
      const profile = await getJson(`/api/areas/${level}/${encodeURIComponent(code)}/profile${this._period ? `?period=${encodeURIComponent(this._period)}` : ''}`);
      this._rows = (profile.indicators ?? []).map(normaliseIndicator);
      this._parish = profile.parish ?? null;
      this._periods(level, code);
      const sources = this._root.querySelector('.sources');
      for (const src of new Set(this._rows.map((r) => r.source).filter(Boolean))) sources.insertAdjacentHTML('beforeend', `<li>${esc(src)}</li>`);
      body.innerHTML = factsHtml(profile.facts, profile.parish) + curatedHtml(profile.curatedFacts) + this._table(this._rows) + this._key() +
        `<p class="exports"><button type="button" class="csv">${t('exportCsv')}</button></p>`;
      body.querySelector('.csv').addEventListener('click', () => this._csv());
      body.querySelectorAll('button.trend').forEach((b) => b.addEventListener('click', () => this._trend.show(this._rows.find((r) => r.code === b.dataset.code), this._period)));
    } catch (e) {
      body.innerHTML = `<p class="unavailable">${esc(e instanceof NotAvailableError ? t('notAvailable', { what: t('indicatorProfile') }) : t('loadFailed', { what: t('indicatorProfile'), error: e.message }))}</p>`;
    }
  }

  _table(rows) {
    const lang = getLang();
    // Own areas (departments, local communities) are also compared with their primary parish.
    const parish = this._parish !== null || rows.some((r) => r.hasParish);
    const line = (r) => `<tr>
        <th scope="row"><button type="button" class="trend link" data-code="${esc(r.code)}" aria-label="${esc(t('showTrend', { name: r.name }))}">${esc(r.name)}</button>${r.illustrative ? ` <em class="illustrative-tag">${t('illustrative')}</em>` : ''}<span class="unit">${esc(unitLabel(r.unit))}${r.period ? ', ' + esc(periodLabel(r.period)) : ''}</span></th>
        <td class="num">${formatNumber(r.value, lang)}${r.lower !== undefined ? `<span class="note">(${formatNumber(r.lower, lang)}–${formatNumber(r.upper, lang)})</span>` : ''}${r.note ? `<span class="note">${esc(noteLabel(r.note))}</span>` : ''}</td>
        ${parish ? `<td class="num">${formatNumber(r.parish, lang)}</td>` : ''}
        <td class="num">${formatNumber(r.municipality, lang)}</td>
        <td class="num">${formatNumber(r.denmark, lang)}</td>
        <td>${spine(r, `${r.name}: ${t(r.comparison)}`, 96)}<span class="sr-only">${t(r.comparison)}</span></td>
        <td>${sparkline(r.trend, `${t('trend')}: ${r.name}`, 48)}</td></tr>`;
    return `<table class="profile"><thead><tr><th scope="col">${t('indicator')}</th><th scope="col">${t('value')} <span class="note">(${t('ci')})</span></th>
      ${parish ? `<th scope="col">${t('vsParish')}</th>` : ''}<th scope="col">${t('vsMunicipality')}</th><th scope="col">${t('vsDenmark')}</th><th scope="col"><span class="sr-only">${t('comparisonKey')}</span></th><th scope="col">${t('trend')}</th></tr></thead>
      <tbody>${rows.map(line).join('')}</tbody></table>`;
  }

  /** The period selector: latest per indicator, or one period for the whole profile (the map follows with its slider). */
  _periods(level, code) {
    const select = this._root.querySelector('#profile-period');
    if (!select || select.options.length) return;
    const periods = periodsOf(this._rows);
    select.innerHTML = `<option value="">${esc(t('latestPeriod'))}</option>` +
      periods.map((p) => `<option value="${esc(p)}">${esc(periodLabel(p))}</option>`).join('');
    select.value = this._period;
    select.addEventListener('change', async () => {
      this._period = select.value;
      this._onPeriod?.(this._period); // the map follows the profile's period
      await this._indicators(level, code);
    });
  }

  _key() {
    return `<p class="key">${t('comparisonKey')}: ${Object.keys(COMPARISON).map((k) => `<span class="swatch" style="background:${COMPARISON[k]}"></span>${t(k)}`).join(' ')}</p>`;
  }

  _csv() {
    const p = this._area.properties;
    const cols = columns(['code', 'name', 'unit', 'period', 'value', 'lower', 'upper', 'parish', 'municipality', 'denmark', 'comparison', 'note', 'source']);
    download(`profil-${p.level}-${p.code}.csv`, toCsv(this._rows, cols, getLang()), 'text/csv;charset=utf-8');
  }
}

const yesNo = (v) => (v === true ? t('factYes') : v === false ? t('factNo') : '');

/**
 * An own area's facts (GET …/profile `facts`): residents say whether they were entered or estimated from the grid, and
 * are withheld below the disclosure threshold. Empty for official levels. Pure: returns HTML.
 */
export function factsHtml(facts, parish) {
  if (!facts) return '';
  const lang = getLang();
  const residents = facts.residentsWithheld
    ? t('residentsWithheld')
    : facts.residents == null
      ? t('residentsUnknown')
      : `${formatNumber(facts.residents, lang, 0)} <span class="note">(${esc(facts.residentsEstimated ? t('residentsEstimate') : t('residentsEntered'))}${facts.residentsYear ? ', ' + facts.residentsYear : ''})</span>`;
  const rows = [
    ['own_organisation', esc(facts.organisation ?? '')],
    ['own_departmentNumber', esc(facts.departmentNumber ?? '')],
    ['own_homes', facts.homes == null ? '' : formatNumber(facts.homes, lang, 0)],
    ['own_residents', residents],
    ['own_board', yesNo(facts.board)],
    ['own_commonRoom', yesNo(facts.commonRoom)],
    ['own_address', esc(facts.address ?? '')],
  ].filter(([, v]) => v !== '');
  return `<h3>${t('factsTitle')}${facts.illustrative ? ` <em class="illustrative-tag">${t('illustrative')}</em>` : ''}</h3>
    ${parish ? `<p class="meta">${esc(t('inParish', { name: parish.name }))}</p>` : ''}
    <dl class="facts">${rows.map(([k, v]) => `<dt>${esc(t(k).replace(/ \(.*\)$/, ''))}</dt><dd>${v}</dd>`).join('')}</dl>`;
}

/** The applications' quoted facts on this profile, each with its scope and, where given, the national social-housing reference. Pure. */
export function curatedHtml(facts) {
  if (!facts?.length) return '';
  const lang = getLang();
  const line = (f) => {
    const value = f.withheld ? t('withheld') : `${esc(f.value)}${f.unit === 'percent' ? ' %' : ''}`;
    const ref = f.reference
      ? ` <span class="note">${esc(t('referenceOf', { value: `${formatNumber(f.reference.value, lang, 1)}${f.unit === 'percent' ? ' %' : ''}`, subject: f.reference.subject ?? '' }))}${f.reference.compared ? ' · ' + esc(t(f.reference.compared)) : ''}</span>`
      : '';
    return `<tr><th scope="row">${esc(f.subject)}<span class="unit">${esc(t(`scope_${f.scope}`))}</span></th><td>${esc(f.fact)}</td><td class="num">${value}${ref}</td></tr>`;
  };
  return `<h3>${t('curatedTitle')}</h3><table class="profile curated"><thead><tr><th scope="col">${t('factSubject')}</th><th scope="col">${t('factWhat')}</th><th scope="col">${t('value')}</th></tr></thead>
    <tbody>${facts.map(line).join('')}</tbody></table>`;
}
