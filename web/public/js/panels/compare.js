// The comparison tab: chosen areas side by side. First each indicator's values with their 95 % intervals on one shared
// scale (municipality as a diamond, Denmark as a line), then the area × indicator table in red/amber/green against
// the municipality and Denmark — only where the service could compare on an interval; elsewhere it says why.
import { getJson } from '../api.js';
import { t, getLang, unitLabel, periodLabel } from '../i18n.js';
import { formatNumber } from '../style.js';
import { esc } from '../charts.js';
import { normaliseIndicator } from './profile.js';
import { rag, compareTable, addCompared } from '../profileModel.js';

/** One indicator as an SVG: a row per area with its value and interval, all on the same scale. Pure. */
export function intervalChart(line, names, label, width = 300) {
  // A count (population) of an area is not comparable with the count of its municipality or of Denmark: no comparators.
  const comparators = line.unit !== 'count';
  const xs = line.cells.flatMap((c) => (c ? [c.value, c.lower, c.upper, ...(comparators ? [c.municipality, c.denmark] : [])] : [])).filter((v) => Number.isFinite(v));
  if (!xs.length) return '';
  let min = Math.min(...xs);
  let max = Math.max(...xs);
  const pad = (max - min) * 0.1 || Math.abs(max) * 0.1 || 1;
  min -= pad; max += pad;
  const left = 110;
  const x = (v) => (left + ((v - min) / (max - min)) * (width - left - 8)).toFixed(1);
  const rowH = 20;
  const h = line.cells.length * rowH + 4;
  const parts = [];
  const dk = comparators ? line.cells.find((c) => Number.isFinite(c?.denmark))?.denmark : undefined;
  if (Number.isFinite(dk)) parts.push(`<line x1="${x(dk)}" x2="${x(dk)}" y1="0" y2="${h}" stroke="#000" stroke-width="2"><title>${esc(t('vsDenmark'))}: ${formatNumber(dk, getLang())}</title></line>`);
  line.cells.forEach((c, i) => {
    const y = i * rowH + rowH / 2 + 2;
    parts.push(`<text x="0" y="${y + 4}" font-size="11" fill="#1b1b1b">${esc(names[i].slice(0, 18))}</text>`);
    parts.push(`<line x1="${left}" x2="${width - 8}" y1="${y}" y2="${y}" stroke="#ddd"/>`);
    if (!c) return;
    if (Number.isFinite(c.lower) && Number.isFinite(c.upper)) parts.push(`<line x1="${x(c.lower)}" x2="${x(c.upper)}" y1="${y}" y2="${y}" stroke="#333" stroke-width="3"/>`);
    if (comparators && Number.isFinite(c.municipality)) parts.push(`<path d="M${x(c.municipality)} ${y - 5} l5 5 l-5 5 l-5 -5z" fill="#fff" stroke="#333"/>`);
    if (Number.isFinite(c.value)) parts.push(`<circle cx="${x(c.value)}" cy="${y}" r="5" fill="#31688e" stroke="#000"/>`);
  });
  return `<svg class="intervals" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}" role="img" aria-label="${esc(label)}">${parts.join('')}</svg>`;
}

export class ComparePanel {
  constructor(root, { onChange } = {}) {
    this._root = root;
    this._list = [];
    this._onChange = onChange;
  }

  get list() { return this._list; }

  set(list) { this._list = list; }

  /** Adds an area; answers the sentence the profile shows. */
  add(area) {
    const r = addCompared(this._list, area);
    if (r.full) return t('compareFull');
    this._list = r.list;
    this._onChange?.(this._list);
    this.rendered = false;
    return t('compareAdded', { name: area.name ?? area.code, n: this._list.length });
  }

  async render() {
    this.rendered = true;
    const lang = getLang();
    if (!this._list.length) {
      this._root.innerHTML = `<h2>${t('tabCompare')}</h2><p class="hint">${esc(t('compareEmpty'))}</p>`;
      return;
    }
    this._root.innerHTML = '<p aria-busy="true">…</p>';
    const profiles = await Promise.all(this._list.map(async (a) => {
      try {
        const p = await getJson(`/api/areas/${a.level}/${encodeURIComponent(a.code)}/profile`);
        return { area: { ...a, name: p.area?.name ?? a.name ?? a.code }, rows: (p.indicators ?? []).map(normaliseIndicator) };
      } catch {
        return { area: { ...a, name: a.name ?? a.code }, rows: [] };
      }
    }));
    const names = profiles.map((p) => p.area.name);
    const lines = compareTable(profiles);
    const chips = (cell) => ['municipality', 'denmark'].map((against) => {
      if (!cell) return `<span class="rag none">${esc(t(against === 'municipality' ? 'ragVsMunicipality' : 'ragVsDenmark'))}: ${esc(t('why_no_value'))}</span>`;
      const r = rag(cell, against);
      const text = r.reason === 'why_no_direction' ? t('why_no_direction', { direction: t(r.direction) }) : t(r.reason);
      return `<span class="rag ${r.rag ?? 'none'}">${esc(t(against === 'municipality' ? 'ragVsMunicipality' : 'ragVsDenmark'))}: ${esc(text)}</span>`;
    }).join('');
    this._root.innerHTML = `<h2>${t('tabCompare')}</h2><p class="hint">${esc(t('compareIntro'))}</p>
      <ul class="compared">${profiles.map((p, i) => `<li>${esc(p.area.name)} <button type="button" class="remove" data-i="${i}" aria-label="${esc(t('removeCompare', { name: p.area.name }))}">×</button></li>`).join('')}</ul>
      <h3>${t('compareIntervals')}</h3>
      <p class="key">${esc(t('intervalKey'))}</p>
      ${lines.map((l) => {
        const period = l.cells.find((c) => c?.period)?.period;
        const svg = intervalChart(l, names, `${l.name}: ${names.map((n, i) => `${n} ${formatNumber(l.cells[i]?.value, lang)}`).join(', ')}`);
        return svg ? `<div class="interval-row"><h4>${esc(l.name)} <span class="unit">${esc(unitLabel(l.unit))}${period ? ', ' + esc(periodLabel(period)) : ''}</span></h4>${svg}</div>` : '';
      }).join('')}
      <h3>${t('ragTable')}</h3>
      <p class="key">${esc(t('ragKey'))}</p>
      <div class="table-scroll" tabindex="0" role="region" aria-label="${esc(t('ragTable'))}"><table class="rag-table">
        <thead><tr><th scope="col">${t('indicator')}</th>${names.map((n) => `<th scope="col">${esc(n)}</th>`).join('')}</tr></thead>
        <tbody>${lines.map((l) => `<tr><th scope="row">${esc(l.name)}</th>${l.cells.map((c) => `<td><span class="num">${formatNumber(c?.value, lang)}${c && c.lower !== undefined ? ` (${formatNumber(c.lower, lang)}–${formatNumber(c.upper, lang)})` : ''}</span>${chips(c)}</td>`).join('')}</tr>`).join('')}</tbody>
      </table></div>`;
    this._root.querySelectorAll('button.remove').forEach((b) => b.addEventListener('click', () => {
      this._list = this._list.filter((_, i) => i !== Number(b.dataset.i));
      this._onChange?.(this._list);
      this.render();
    }));
  }
}
