// Map as PNG, without any library: the vector tiles, the selection and the coverage rings are canvases (the map
// uses the canvas renderer), so they are copied in screen position; facility markers are drawn as dots; the
// attribution is written at the foot in a readable size (wrapped over as many lines as it needs), and the legend
// (title, unit and period, classes, no data and suppressed) is drawn in a box at the bottom left, a scale bar at the
// bottom right. The optional
// OpenStreetMap background is left out (cross-origin images would taint the canvas).
import { t, getLang, periodLabel } from './i18n.js';
import { legendRows, formatNumber, NO_DATA, SUPPRESSED } from './style.js';

/** Splits text into lines no wider than width on ctx. */
export function wrap(ctx, text, width) {
  const lines = [];
  let line = '';
  for (const word of String(text).split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) { lines.push(line); line = word; } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The legend's rows as [{fill, outline, dash, label}], as drawn on the PNG. */
export function legendItems(spec, lang = getLang()) {
  if (!spec) return [];
  const rows = legendRows(spec.values, spec.breaks).map((r) => ({ fill: r.colour, outline: '#555555', label: `${formatNumber(r.from, lang, 2)} – ${formatNumber(r.to, lang, 2)}` }));
  return [...rows, { ...NO_DATA, label: t('noData') }, { ...SUPPRESSED, label: t('suppressed') }];
}

function drawLegend(ctx, spec, x, bottom) {
  const items = legendItems(spec);
  if (!items.length) return;
  const sub = [spec.unit ? `${t('unit')}: ${spec.unit}` : '', spec.period ? `${t('period')}: ${periodLabel(spec.period)}` : ''].filter(Boolean).join(' · ');
  ctx.font = 'bold 13px sans-serif';
  const titleW = ctx.measureText(spec.title ?? '').width;
  ctx.font = '12px sans-serif';
  const width = Math.min(320, Math.max(titleW, ctx.measureText(sub).width, ...items.map((i) => 22 + ctx.measureText(i.label).width)) + 16);
  const height = 8 + 17 + (sub ? 16 : 0) + items.length * 17 + 6;
  const top = bottom - height;
  ctx.fillStyle = 'rgba(255,255,255,0.95)';
  ctx.fillRect(x, top, width, height);
  ctx.strokeStyle = '#767676';
  ctx.strokeRect(x + 0.5, top + 0.5, width - 1, height - 1);
  ctx.fillStyle = '#1a1a1a';
  ctx.font = 'bold 13px sans-serif';
  let y = top + 19;
  ctx.fillText(spec.title ?? '', x + 8, y, width - 16);
  ctx.font = '12px sans-serif';
  if (sub) { y += 16; ctx.fillStyle = '#4a4a4a'; ctx.fillText(sub, x + 8, y, width - 16); }
  for (const item of items) {
    y += 17;
    ctx.fillStyle = item.fill;
    ctx.fillRect(x + 8, y - 11, 14, 14);
    ctx.setLineDash(item.dash ? item.dash.split(' ').map(Number) : []);
    ctx.strokeStyle = item.outline;
    ctx.strokeRect(x + 8.5, y - 10.5, 13, 13);
    ctx.setLineDash([]);
    ctx.fillStyle = '#1a1a1a';
    ctx.fillText(item.label, x + 28, y, width - 36);
  }
}

/**
 * A scale bar of a round length (1, 2 or 5 × 10ⁿ metres) no longer than maxPx at metresPerPixel:
 * {metres, px, label} with the label in m below 1 km, else km (Danish decimal comma).
 */
export function niceScale(metresPerPixel, maxPx = 120, lang = getLang()) {
  const most = metresPerPixel * maxPx;
  const power = 10 ** Math.floor(Math.log10(most));
  const metres = [5, 2, 1].map((f) => f * power).find((m) => m <= most) ?? power;
  const label = metres >= 1000 ? `${formatNumber(metres / 1000, lang, 1)} km` : `${formatNumber(metres, lang, 0)} m`;
  return { metres, px: metres / metresPerPixel, label };
}

function drawScale(ctx, map, right, bottom) {
  const size = map.getSize();
  const y = size.y / 2;
  const metresPerPixel = map.distance(map.containerPointToLatLng([size.x / 2 - 50, y]), map.containerPointToLatLng([size.x / 2 + 50, y])) / 100;
  if (!(metresPerPixel > 0)) return;
  const bar = niceScale(metresPerPixel);
  ctx.font = '12px sans-serif';
  const width = Math.max(bar.px, ctx.measureText(bar.label).width) + 16;
  const left = right - width;
  ctx.fillStyle = 'rgba(255,255,255,0.95)';
  ctx.fillRect(left, bottom - 30, width, 30);
  ctx.fillStyle = '#1a1a1a';
  ctx.fillText(bar.label, left + 8, bottom - 17);
  ctx.fillRect(left + 8, bottom - 10, bar.px, 3);
  ctx.fillRect(left + 8, bottom - 14, 1.5, 7);
  ctx.fillRect(left + 8 + bar.px - 1.5, bottom - 14, 1.5, 7);
}

export async function mapPng(map, title, legendSpec = null) {
  const container = map.getContainer();
  const box = container.getBoundingClientRect();
  const scale = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.round(box.width * scale);
  out.height = Math.round(box.height * scale);
  const ctx = out.getContext('2d');
  ctx.scale(scale, scale);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, box.width, box.height);
  for (const canvas of container.querySelectorAll('canvas')) {
    const r = canvas.getBoundingClientRect();
    if (r.width === 0 || r.right < box.left || r.left > box.right || r.bottom < box.top || r.top > box.bottom) continue;
    ctx.globalAlpha = Number(getComputedStyle(canvas).opacity) || 1;
    ctx.drawImage(canvas, r.left - box.left, r.top - box.top, r.width, r.height);
  }
  ctx.globalAlpha = 1;
  for (const icon of container.querySelectorAll('.leaflet-marker-icon')) {
    const r = icon.getBoundingClientRect();
    ctx.beginPath();
    ctx.arc(r.left - box.left + r.width / 2, r.top - box.top + r.height / 2, 6, 0, 2 * Math.PI);
    ctx.fillStyle = '#31688e';
    ctx.fill();
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
  }
  const text = (container.querySelector('.leaflet-control-attribution')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  ctx.font = '13px sans-serif';
  const lines = wrap(ctx, text, box.width - 16);
  const footer = lines.length * 16 + 8;
  ctx.fillStyle = 'rgba(255,255,255,0.95)';
  ctx.fillRect(0, box.height - footer, box.width, footer);
  ctx.fillStyle = '#1a1a1a';
  lines.forEach((line, i) => ctx.fillText(line, 8, box.height - footer + 17 + i * 16));
  drawLegend(ctx, legendSpec, 8, box.height - footer - 8);
  drawScale(ctx, map, box.width - 8, box.height - footer - 8);
  ctx.font = 'bold 16px sans-serif';
  ctx.fillStyle = 'rgba(255,255,255,0.95)';
  ctx.fillRect(0, 0, Math.min(box.width, ctx.measureText(title).width + 24), 28);
  ctx.fillStyle = '#1a1a1a';
  ctx.fillText(title, 10, 20);
  return new Promise((resolve) => out.toBlob(resolve, 'image/png'));
}
