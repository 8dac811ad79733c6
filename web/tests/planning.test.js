// Issue 17: a planning result says what its objective means — p-median's mean distance, and when full cover is impossible.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summary } from '../public/js/panels/planningSummary.js';

test('p-median shows the mean distance over the demand that reaches a site', () => {
  const html = summary({ body: { objective: 'pmedian', radiusMetres: 1200 }, objectiveValue: 1_500_000, totalWeight: 3_000, uncoverableWeight: 0 }, 'da');
  assert.match(html, /Gennemsnitlig afstand til nærmeste valgte sted: 500 m/);
  // Demand no candidate reaches is left out of the objective, so it is left out of the mean too, and said.
  const withIslands = summary({ body: { objective: 'pmedian' }, objectiveValue: 1_000_000, totalWeight: 2_500, uncoverableWeight: 500 }, 'da');
  assert.match(withIslands, /500 m/);
  assert.match(withIslands, /500 indbyggere kan ikke nås/);
});

test('LSCP says that full cover is impossible, and MCLP what cannot be covered', () => {
  const lscp = summary({ body: { objective: 'lscp', radiusMetres: 1200 }, objectiveValue: 4, totalWeight: 10_000, uncoverableWeight: 1234 }, 'da');
  assert.match(lscp, /Fuld dækning er umulig: 1\.234 indbyggere bor længere end 1\.200 m/);
  assert.equal(summary({ body: { objective: 'lscp', radiusMetres: 1200 }, objectiveValue: 4, totalWeight: 10_000, uncoverableWeight: 0 }, 'da'), '');
  assert.match(summary({ body: { objective: 'mclp', radiusMetres: 800 }, objectiveValue: 9000, totalWeight: 10_000, uncoverableWeight: 10 }, 'da'), /kan ikke dækkes/);
});
