// The PNG export's pure parts: the legend rows it draws and the wrapping of a long attribution.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { legendItems, wrap } from '../public/js/export.js';
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
