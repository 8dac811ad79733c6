// Small SVG charts: the spine row of a profile, a sparkline, a bar chart of marginal gains. Pure string builders.
import { comparisonColour } from './style.js';

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * One spine-chart row: a scale over the values shown, Denmark as a vertical line, the municipality as a diamond,
 * the area's value as a circle in its comparison colour with its CI as a bar. Missing parts are left out.
 */
export function spine({ value, lower, upper, municipality, denmark, comparison }, label, width = 160, height = 18) {
  const xs = [value, lower, upper, municipality, denmark].filter((v) => typeof v === 'number' && Number.isFinite(v));
  if (xs.length === 0) return '';
  let min = Math.min(...xs);
  let max = Math.max(...xs);
  const pad = (max - min) * 0.15 || Math.abs(max) * 0.1 || 1;
  min -= pad;
  max += pad;
  const x = (v) => (((v - min) / (max - min)) * (width - 8) + 4).toFixed(1);
  const mid = height / 2;
  const parts = [`<line x1="4" x2="${width - 4}" y1="${mid}" y2="${mid}" stroke="#bbb"/>`];
  if (Number.isFinite(denmark)) parts.push(`<line x1="${x(denmark)}" x2="${x(denmark)}" y1="1" y2="${height - 1}" stroke="#000" stroke-width="2"/>`);
  if (Number.isFinite(lower) && Number.isFinite(upper)) parts.push(`<line x1="${x(lower)}" x2="${x(upper)}" y1="${mid}" y2="${mid}" stroke="#333" stroke-width="3"/>`);
  if (Number.isFinite(municipality)) parts.push(`<path d="M${x(municipality)} ${mid - 5} l5 5 l-5 5 l-5 -5z" fill="#fff" stroke="#333"/>`);
  if (Number.isFinite(value)) parts.push(`<circle cx="${x(value)}" cy="${mid}" r="5" fill="${comparisonColour(comparison)}" stroke="#000"/>`);
  return `<svg class="spine" width="${width}" height="${height}" role="img" aria-label="${esc(label)}">${parts.join('')}</svg>`;
}

/** A sparkline of [{period, value}] in order. */
export function sparkline(points, label, width = 70, height = 18) {
  const pts = (points || []).filter((p) => Number.isFinite(p?.value));
  if (pts.length < 2) return '';
  const vs = pts.map((p) => p.value);
  const min = Math.min(...vs);
  const span = Math.max(...vs) - min || 1;
  const path = pts.map((p, i) => `${((i / (pts.length - 1)) * (width - 4) + 2).toFixed(1)},${(height - 2 - ((p.value - min) / span) * (height - 4)).toFixed(1)}`).join(' ');
  return `<svg class="sparkline" width="${width}" height="${height}" role="img" aria-label="${esc(label)}"><polyline points="${path}" fill="none" stroke="#31688e" stroke-width="1.5"/></svg>`;
}

/** Vertical bars of marginal gains (one per site, in order of selection). */
export function bars(values, label, width = 240, height = 80) {
  const vs = (values || []).filter(Number.isFinite);
  if (vs.length === 0) return '';
  const max = Math.max(...vs) || 1;
  const w = (width - 4) / vs.length;
  const rects = vs.map((v, i) => `<rect x="${(2 + i * w + 1).toFixed(1)}" y="${(height - 14 - (v / max) * (height - 18)).toFixed(1)}" width="${Math.max(1, w - 2).toFixed(1)}" height="${((v / max) * (height - 18)).toFixed(1)}" fill="#21918c"><title>${i + 1}: ${Math.round(v)}</title></rect>` +
    `<text x="${(2 + i * w + w / 2).toFixed(1)}" y="${height - 2}" font-size="9" text-anchor="middle">${i + 1}</text>`);
  return `<svg class="bars" width="${width}" height="${height}" role="img" aria-label="${esc(label)}">${rects.join('')}</svg>`;
}

export { esc };
