// Pure helpers of the Fingertips-style views (profile trend, comparison, area × indicator table): no DOM, no fetch.
// Rows are the profile's indicators as normaliseIndicator (panels/profile.js) reads them.

/** Most areas a planner compares side by side; more columns do not fit the panel. */
export const MAX_COMPARED = 6;

/**
 * Red/amber/green of one row against the municipality or Denmark, from the service's own comparison (the area's 95 %
 * interval against the comparator, direction by polarity). Where there is no colour the reason is a dictionary key:
 * no value for the area, nothing to compare with, an indicator without a good direction, or no interval.
 */
export function rag(row, against) {
  const comparison = against === 'municipality' ? row.comparisonMunicipality : row.comparison;
  const comparator = against === 'municipality' ? row.municipality : row.denmark;
  if (row.value === undefined) return { rag: null, reason: 'why_no_value' };
  if (comparator === undefined) return { rag: null, reason: 'why_no_comparator' };
  if (comparison === 'better') return { rag: 'green', reason: 'rag_green' };
  if (comparison === 'similar') return { rag: 'amber', reason: 'rag_amber' };
  if (comparison === 'worse') return { rag: 'red', reason: 'rag_red' };
  if (comparison === 'higher' || comparison === 'lower') return { rag: null, reason: 'why_no_direction', direction: comparison };
  return { rag: null, reason: 'why_no_interval' };
}

/** Every period of the rows' trends (and their current periods), oldest first. */
export function periodsOf(rows, extra = []) {
  const all = new Set(extra.filter(Boolean));
  for (const r of rows) {
    if (r.period) all.add(r.period);
    for (const p of r.trend ?? []) if (p.period) all.add(p.period);
  }
  return [...all].sort((a, b) => String(a).localeCompare(String(b), 'en', { numeric: true }));
}

/**
 * The comparison as a table: one line per indicator (in the order first seen), one cell per area, the cell being that
 * area's row for the indicator or undefined when its profile lacks it.
 */
export function compareTable(profiles) {
  const order = [];
  const byCode = new Map();
  for (const p of profiles) {
    for (const r of p.rows) {
      if (!byCode.has(r.code)) { byCode.set(r.code, { code: r.code, name: r.name, unit: r.unit, cells: [] }); order.push(r.code); }
    }
  }
  for (const code of order) {
    const line = byCode.get(code);
    line.cells = profiles.map((p) => p.rows.find((r) => r.code === code));
  }
  return order.map((c) => byCode.get(c));
}

/** Adds an area to the comparison list (no duplicates, at most MAX_COMPARED); answers the new list and whether it fit. */
export function addCompared(list, area) {
  if (list.some((a) => a.level === area.level && a.code === area.code)) return { list, added: false, full: false };
  if (list.length >= MAX_COMPARED) return { list, added: false, full: true };
  return { list: [...list, area], added: true, full: false };
}

/** 'parish:8907,municipality:0561' ↔ [{level, code}] for the share link. */
export function parseCompared(text) {
  return String(text || '').split(',').filter((s) => /^[a-z_]+:[\w-]+$/.test(s)).slice(0, MAX_COMPARED)
    .map((s) => { const [level, code] = s.split(':'); return { level, code }; });
}

export function formatCompared(list) {
  return list.map((a) => `${a.level}:${a.code}`).join(',');
}

/** The period the map shows: the chosen one when the indicator has it, else its latest. */
export function mapPeriod(periods, chosen) {
  if (!periods?.length) return '';
  return periods.includes(chosen) ? chosen : periods.at(-1);
}
