// The choropleth legend as a tiny Leaflet control: variable, unit and period, classes, and the distinct
// no-data and suppressed swatches.
import { t, getLang, periodLabel } from '../i18n.js';
import { legendRows, formatNumber, NO_DATA, SUPPRESSED } from '../style.js';
import { esc } from '../charts.js';

export const Legend = L.Control.extend({
  options: { position: 'topright' },

  onAdd() {
    this._div = L.DomUtil.create('div', 'legend');
    this._div.setAttribute('aria-live', 'polite');
    L.DomEvent.disableClickPropagation(this._div);
    this._div.hidden = true;
    return this._div;
  },

  /** spec: {title, unit, period, values, breaks, illustrative} or null to hide. */
  update(spec) {
    if (!spec) { this._div.hidden = true; return; }
    const lang = getLang();
    const swatch = (s) => `<i style="background:${s.fill};border:1px ${s.dash ? 'dashed' : 'solid'} ${s.outline}"></i>`;
    const rows = legendRows(spec.values, spec.breaks).map((r) => `<li><i style="background:${r.colour}"></i>${formatNumber(r.from, lang, 2)} – ${formatNumber(r.to, lang, 2)}</li>`);
    this._div.innerHTML = `<h3>${esc(spec.title)}</h3>
      ${spec.unit || spec.period ? `<p class="unit">${spec.unit ? `${t('unit')}: ${esc(spec.unit)}` : ''}${spec.unit && spec.period ? ' · ' : ''}${spec.period ? `${t('period')}: ${esc(periodLabel(spec.period))}` : ''}</p>` : ''}
      <ul>${rows.join('')}<li>${swatch(NO_DATA)}${t('noData')}</li><li>${swatch(SUPPRESSED)}${t('suppressed')}</li></ul>
      ${spec.illustrative ? `<p class="illustrative">${t('illustrative')}</p>` : ''}`;
    this._div.hidden = false;
    this.spec = spec;
  },
});
