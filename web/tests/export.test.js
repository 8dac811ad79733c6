// The PNG export's pure parts: the legend rows it draws and the wrapping of a long attribution.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { legendItems, niceScale, wrap } from '../public/js/export.js';
import { setLang } from '../public/js/i18n.js';

test('the PNG legend lists the classes, no data and suppressed', () => {
  setLang('da');
  const items = legendItems({ title: 'Befolkningstæthed', values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], breaks: [3, 6] });
  assert.equal(items.length, 5);
  assert.deepEqual(items.slice(-2).map((i) => i.label), ['Ingen data', 'Skjult (små tal)']);
  assert.match(items[0].label, /^1 – /);
  assert.deepEqual(legendItems(null), []);
});

test('a long attribution wraps over lines that fit the width', () => {
  const ctx = { measureText: (s) => ({ width: s.length * 6 }) };
  const text = 'Grænser: DAGI, Geodatastyrelsen · Danmarks Statistik: Befolkning på 1 km-net 2021 · Sundhedsprofilen 2021, Sundhedsstyrelsen';
  const lines = wrap(ctx, text, 200);
  assert.ok(lines.length > 1);
  for (const line of lines) assert.ok(line.length * 6 <= 200 || !line.includes(' '), line);
  assert.equal(lines.join(' '), text.replace(/\s+/g, ' '));
});

test('the PNG scale bar is a round length that fits, in m or km', () => {
  assert.deepEqual(niceScale(10, 120, 'da'), { metres: 1000, px: 100, label: '1 km' });
  assert.deepEqual(niceScale(3, 120, 'da'), { metres: 200, px: 200 / 3, label: '200 m' });
  assert.equal(niceScale(250, 120, 'da').label, '20 km');
  assert.equal(niceScale(12.5, 120, 'da').label, '1 km');
  assert.ok(niceScale(7.3, 120).px <= 120);
});
