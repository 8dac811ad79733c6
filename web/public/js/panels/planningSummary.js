// What a planning result means for people, beside the covered population: p-median's mean distance, and the demand
// no candidate reaches (for LSCP: full cover is impossible). Pure, so the unit tests can read it without a map.
import { t } from '../i18n.js';
import { formatNumber } from '../style.js';

const BEYOND = { lscp: 'lscpImpossible', mclp: 'beyondRadius', pmedian: 'unreachable' };

/**
 * HTML of the notes for a result {body: {objective, radiusMetres}, objectiveValue, totalWeight, uncoverableWeight}:
 * p-median's mean distance is Σ weight × metres over the weight that reaches a site (the rest is left out of its
 * objective and reported as uncoverable, docs/allocation.md).
 */
export function summary(r, lang) {
  const objective = r.body?.objective;
  const unreachable = r.uncoverableWeight ?? 0;
  const parts = [];
  if (objective === 'pmedian' && r.totalWeight > unreachable) {
    parts.push(`<p class="mean-distance">${t('meanDistance', { metres: formatNumber(r.objectiveValue / (r.totalWeight - unreachable), lang, 0) })}</p>`);
  }
  if (unreachable > 0 && BEYOND[objective]) {
    parts.push(`<p class="warning-status" role="status">${t(BEYOND[objective], { weight: formatNumber(unreachable, lang, 0), radius: formatNumber(r.body?.radiusMetres ?? 0, lang, 0) })}</p>`);
  }
  return parts.join('');
}
