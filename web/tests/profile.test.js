// The Fingertips-style views' pure parts: red/amber/green and its reasons, periods, the comparison table and list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rag, periodsOf, compareTable, addCompared, parseCompared, formatCompared, mapPeriod, MAX_COMPARED } from '../public/js/profileModel.js';

const row = (o) => ({ code: 'x', name: 'X', value: 10, municipality: 12, denmark: 11, comparison: 'not_compared', comparisonMunicipality: 'not_compared', trend: [], ...o });

test('red, amber and green follow the service comparison against each comparator', () => {
  assert.equal(rag(row({ comparisonMunicipality: 'better' }), 'municipality').rag, 'green');
  assert.equal(rag(row({ comparisonMunicipality: 'similar' }), 'municipality').rag, 'amber');
  assert.equal(rag(row({ comparison: 'worse' }), 'denmark').rag, 'red');
  assert.equal(rag(row({ comparison: 'worse' }), 'municipality').rag, null); // the municipality was not compared
});

test('where there is no colour the reason is said', () => {
  assert.equal(rag(row({ value: undefined }), 'denmark').reason, 'why_no_value');
  assert.equal(rag(row({ denmark: undefined, comparison: 'better' }), 'denmark').reason, 'why_no_comparator');
  assert.deepEqual(rag(row({ comparison: 'higher' }), 'denmark'), { rag: null, reason: 'why_no_direction', direction: 'higher' });
  assert.equal(rag(row(), 'denmark').reason, 'why_no_interval');
});

test('periods are collected from trends and sorted oldest first', () => {
  assert.deepEqual(periodsOf([row({ period: '2021', trend: [{ period: '2013' }, { period: '2010' }] }), row({ trend: [{ period: '2017' }] })]), ['2010', '2013', '2017', '2021']);
  assert.equal(mapPeriod(['2010', '2013'], '2010'), '2010');
  assert.equal(mapPeriod(['2010', '2013'], '1999'), '2013');
  assert.equal(mapPeriod([], '2010'), '');
});

test('the comparison table has a line per indicator and a cell per area, empty where an area lacks it', () => {
  const lines = compareTable([{ rows: [row({ code: 'a' }), row({ code: 'b' })] }, { rows: [row({ code: 'b', value: 3 })] }]);
  assert.deepEqual(lines.map((l) => l.code), ['a', 'b']);
  assert.equal(lines[0].cells[1], undefined);
  assert.equal(lines[1].cells[1].value, 3);
});

test('the comparison list refuses duplicates and more than the maximum, and round-trips through the link', () => {
  let list = [];
  for (let i = 0; i < MAX_COMPARED; i++) list = addCompared(list, { level: 'parish', code: String(8900 + i) }).list;
  assert.equal(addCompared(list, { level: 'parish', code: '8900' }).added, false);
  assert.equal(addCompared(list, { level: 'parish', code: '9999' }).full, true);
  assert.deepEqual(parseCompared(formatCompared(list)), list);
  assert.deepEqual(parseCompared('parish:8907,<x>'), [{ level: 'parish', code: '8907' }]);
});
