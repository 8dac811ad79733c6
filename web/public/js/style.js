// Pure styling functions for the map: class breaks, palettes, comparison colours. No DOM, no Leaflet,
// so they run under node:test. Breaks are the upper bounds of every class but the last.

/** Viridis, 3–7 classes: perceptually uniform and readable with the common colour-vision deficiencies. */
export const PALETTES = {
  3: ['#440154', '#21918c', '#fde725'],
  4: ['#440154', '#31688e', '#35b779', '#fde725'],
  5: ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'],
  6: ['#440154', '#414487', '#2a788e', '#22a884', '#7ad151', '#fde725'],
  7: ['#440154', '#443983', '#31688e', '#21918c', '#35b779', '#8fd744', '#fde725'],
};

/** Areas with no value, and values withheld by disclosure control, must never look like a low value. */
export const NO_DATA = { fill: '#d9d9d9', outline: '#737373', dash: null };
export const SUPPRESSED = { fill: '#ffffff', outline: '#252525', dash: '4 3' };

/** Finite numbers only, sorted ascending. */
function finiteSorted(values) {
  return values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
}

/**
 * Quantile breaks: each class holds about the same number of areas. Uses the nearest-rank method on the
 * sorted values; repeated breaks (many equal values) are merged, so fewer classes may come back.
 */
export function quantileBreaks(values, classes) {
  const v = finiteSorted(values);
  if (v.length === 0 || classes < 2) return [];
  const breaks = [];
  for (let i = 1; i < classes; i++) {
    const b = v[Math.min(v.length - 1, Math.ceil((i * v.length) / classes) - 1)];
    if (breaks.length === 0 || b > breaks[breaks.length - 1]) breaks.push(b);
  }
  return breaks.filter((b) => b < v[v.length - 1]);
}

/** Equal-interval breaks between the minimum and maximum. */
export function equalIntervalBreaks(values, classes) {
  const v = finiteSorted(values);
  if (v.length === 0 || classes < 2) return [];
  const min = v[0];
  const max = v[v.length - 1];
  if (max === min) return [];
  return Array.from({ length: classes - 1 }, (_, i) => min + ((i + 1) * (max - min)) / classes);
}

export function breaks(method, values, classes) {
  return method === 'equal' ? equalIntervalBreaks(values, classes) : quantileBreaks(values, classes);
}

/** Class index 0…breaks.length for a value (a value equal to a break belongs to the lower class); -1 when not a number. */
export function classify(value, classBreaks) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return -1;
  let i = 0;
  while (i < classBreaks.length && value > classBreaks[i]) i++;
  return i;
}

/** The palette for n classes (clamped to 3–7; 1–2 classes take the ends of the 3-class palette). */
export function palette(n) {
  if (n <= 1) return [PALETTES[3][1]];
  if (n === 2) return [PALETTES[3][0], PALETTES[3][2]];
  return PALETTES[Math.min(7, n)];
}

/**
 * Fill for one area: a palette colour, or the distinct no-data / suppressed style.
 * `entry` is {value, note} or undefined.
 */
export function fillFor(entry, classBreaks) {
  if (entry && entry.suppressed) return SUPPRESSED;
  const k = classify(entry?.value, classBreaks);
  if (k < 0) return NO_DATA;
  return { fill: palette(classBreaks.length + 1)[k], outline: '#ffffff', dash: null };
}

/** Legend rows: [{colour, from, to}] for the classes actually present. */
export function legendRows(values, classBreaks) {
  const v = finiteSorted(values);
  if (v.length === 0) return [];
  const colours = palette(classBreaks.length + 1);
  const edges = [v[0], ...classBreaks, v[v.length - 1]];
  return colours.map((colour, i) => ({ colour, from: edges[i], to: edges[i + 1] }));
}

/**
 * Colours for profile comparisons, after Fingertips' colour-blind-safe set: blue better, orange worse,
 * pale yellow similar; purple shades for "higher/lower" when the indicator has no judgement.
 */
export const COMPARISON = {
  better: '#2166ac',
  similar: '#fee08b',
  worse: '#e08214',
  higher: '#542788',
  lower: '#b2abd2',
  not_compared: '#ffffff',
};

export function comparisonColour(comparison) {
  return COMPARISON[comparison] ?? COMPARISON.not_compared;
}

/** A number for display: Danish uses decimal comma. */
export function formatNumber(value, lang = 'da', digits = 1) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '–';
  return value.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}
