// The trend of one indicator (chart.js line chart): the area's own values by period and, for context, its
// municipality's, with the profile's chosen period marked. The same numbers stand in a small table under the chart, so
// they can be read without seeing the canvas.
import { getJson } from '../api.js';
import { t, getLang, periodLabel, unitLabel } from '../i18n.js';
import { formatNumber } from '../style.js';
import { esc } from '../charts.js';
import { loadChartJs } from '../chartjs.js';
import { periodsOf } from '../profileModel.js';

export class TrendChart {
  constructor(root, { level, code, municipality }) {
    this._root = root;
    this._area = { level, code };
    this._municipality = municipality;
    this._muniTrends = null;
    this._chart = null;
  }

  /** The municipality's own trend per indicator (one request, kept for the panel's life). */
  async _municipalityTrends() {
    if (!this._municipality) return new Map();
    this._muniTrends ??= getJson(`/api/areas/municipality/${encodeURIComponent(this._municipality)}/profile`)
      .then((p) => new Map((p.indicators ?? []).map((i) => [i.code, (i.trend ?? []).filter((x) => typeof x.value === 'number')])))
      .catch(() => new Map());
    return this._muniTrends;
  }

  async show(row, period) {
    if (!row) return;
    const lang = getLang();
    const muni = (await this._municipalityTrends()).get(row.code) ?? [];
    const periods = periodsOf([{ trend: row.trend }, { trend: muni }]);
    const own = new Map(row.trend.filter((p) => p.value !== undefined).map((p) => [p.period, p.value]));
    const ctx = new Map(muni.map((p) => [p.period, p.value]));
    const unit = unitLabel(row.unit);
    const title = t('trendOf', { name: row.name });
    this._chart?.destroy();
    this._root.innerHTML = `<figure class="trend-figure" aria-labelledby="trend-title">
      <figcaption><h3 id="trend-title">${esc(title)}</h3> <span class="unit">${esc(unit)}</span></figcaption>
      ${periods.length ? `<div class="chart-box"><canvas role="img" aria-label="${esc(title)}"></canvas></div>` : `<p class="hint">${esc(t('trendNone'))}</p>`}
      <table class="trend-table"><caption class="sr-only">${esc(title)}</caption><thead><tr><th scope="col">${t('period')}</th><th scope="col">${t('thisArea')}</th>${this._municipality ? `<th scope="col">${t('vsMunicipality')}</th>` : ''}</tr></thead>
      <tbody>${periods.map((p) => `<tr${p === period ? ' class="chosen"' : ''}><th scope="row">${esc(periodLabel(p))}</th><td class="num">${formatNumber(own.get(p), lang)}</td>${this._municipality ? `<td class="num">${formatNumber(ctx.get(p), lang)}</td>` : ''}</tr>`).join('')}</tbody></table>
      <button type="button" class="close-trend">${t('close')}</button></figure>`;
    this._root.querySelector('.close-trend').addEventListener('click', () => { this._chart?.destroy(); this._chart = null; this._root.innerHTML = ''; });
    this._root.querySelector('figure').scrollIntoView?.({ block: 'nearest' });
    const canvas = this._root.querySelector('canvas');
    if (!canvas) return;
    try {
      const Chart = await loadChartJs();
      const chosen = (p) => (p === period ? 6 : 3);
      this._chart = new Chart(canvas, {
        type: 'line',
        data: {
          labels: periods.map(periodLabel),
          datasets: [
            { label: t('thisArea'), data: periods.map((p) => own.get(p) ?? null), borderColor: '#31688e', backgroundColor: '#31688e', pointRadius: periods.map(chosen), spanGaps: true },
            ...(this._municipality ? [{ label: t('vsMunicipality'), data: periods.map((p) => ctx.get(p) ?? null), borderColor: '#333', backgroundColor: '#333', borderDash: [5, 4], pointRadius: periods.map(chosen), spanGaps: true }] : []),
          ],
        },
        options: {
          animation: false, responsive: true, maintainAspectRatio: false,
          plugins: { legend: { position: 'bottom' }, tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${formatNumber(c.parsed.y, lang)} ${unit}` } } },
          scales: { y: { ticks: { callback: (v) => formatNumber(v, lang) } } },
        },
      });
    } catch {
      canvas.parentElement.replaceWith(Object.assign(document.createElement('p'), { className: 'hint', textContent: t('chartMissing') }));
    }
  }
}
