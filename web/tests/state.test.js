import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseHash, formatHash, DEFAULTS } from '../public/js/state.js';
import { toCsv, columns } from '../public/js/csv.js';
import { setLang } from '../public/js/i18n.js';

describe('#parseHash', () => {
  it('reads view, level, variable, area, tab and language', () => {
    const s = parseHash('#map=12/55.4680/8.4520&level=municipality&var=ind:sp.daily_smokers&area=parish:8907&tab=profile&lang=en');
    assert.deepEqual([s.zoom, s.lat, s.lon, s.level, s.variable, s.area, s.tab, s.lang], [12, 55.468, 8.452, 'municipality', 'ind:sp.daily_smokers', 'parish:8907', 'profile', 'en']);
  });
  it('falls back to the defaults for junk', () => {
    const s = parseHash('#map=99/x/1000&level=galaxy&tab=<script>&area=;drop');
    assert.deepEqual([s.zoom, s.lat, s.lon, s.level, s.tab, s.area], [DEFAULTS.zoom, DEFAULTS.lat, 1000 > 180 ? DEFAULTS.lon : 0, 'parish', 'layers', '']);
  });
});

describe('#formatHash', () => {
  it('round-trips through parseHash', () => {
    const s = { ...DEFAULTS, zoom: 9, lat: 55.1234, lon: 9.5, level: 'postcode', variable: 'area', area: 'postcode:6700', tab: 'ranking', lang: 'en', bg: 'osm' };
    assert.deepEqual(parseHash(formatHash(s)), s);
  });
  it('leaves out defaults so a fresh view has a short link', () => {
    assert.equal(formatHash(DEFAULTS), '#map=7/56.0000/10.9000');
  });
});

describe('#toCsv', () => {
  it('writes Danish CSV with semicolons and decimal commas', () => {
    assert.equal(toCsv([{ a: 1.5, b: 'Ærø; by' }], [{ key: 'a', label: 'A' }, { key: 'b', label: 'B' }], 'da'), 'A;B\r\n1,5;"Ærø; by"\r\n');
  });
  it('writes English CSV with commas and points', () => {
    assert.equal(toCsv([{ a: 1.5, b: null }], [{ key: 'a', label: 'A' }, { key: 'b', label: 'B' }], 'en'), 'A,B\r\n1.5,\r\n');
  });
  // Issue 17: the exports' headers are words in the UI's language, never the code's keys.
  it('names the columns in the language of the page', () => {
    const keys = ['code', 'name', 'unit', 'period', 'value', 'lower', 'upper', 'parish', 'municipality', 'denmark', 'comparison', 'source',
      'rank', 'quintile', 'rankLower', 'rankUpper', 'topNShare', 'periods', 'order', 'lat', 'lon', 'fixed'];
    setLang('da');
    const da = columns(keys).map((c) => c.label);
    assert.deepEqual(da.slice(0, 4), ['kode', 'navn', 'enhed', 'periode']);
    assert.ok(da.every((label, i) => label !== keys[i] && !label.startsWith('csv_')), da.join());
    setLang('en');
    assert.deepEqual(columns(['rankLower', 'lat']).map((c) => c.label), ['rank, lower', 'latitude']);
    setLang('da');
  });
});

it('the ranking\'s weights and scope travel in the share link', async () => {
  const { parseHash, formatHash, parseWeights, formatWeights } = await import('../public/js/state.js');
  const s = parseHash('#map=9/55.4/8.4&tab=ranking&w=sp.daily_smokers:7,sp.loneliness:3&scope=0561,0727');
  assert.equal(s.weights, 'sp.daily_smokers:7,sp.loneliness:3');
  assert.equal(s.scope, '0561,0727');
  assert.deepEqual([...parseWeights(s.weights)], [['sp.daily_smokers', 7], ['sp.loneliness', 3]]);
  assert.equal(formatWeights([{ code: 'a.b', weight: 2 }, { code: 'c', weight: 10 }]), 'a.b:2,c:10');
  const again = parseHash(formatHash(s));
  assert.equal(again.weights, s.weights);
  assert.equal(again.scope, s.scope);
  assert.equal(parseHash('#w=<script>').weights, '', 'junk is ignored');
});

describe('the background in the link', () => it('old links with osm=1 open the OpenStreetMap background; bg=none is kept as a choice', () => {
  assert.equal(parseHash('#map=7/56/10&osm=1').bg, 'osm');
  assert.equal(parseHash('#map=7/56/10&bg=none').bg, 'none');
  assert.equal(parseHash('#map=7/56/10').bg, null);
  assert.match(formatHash({ ...parseHash('#map=7/56/10'), bg: 'skaermkort' }), /bg=skaermkort/);
}));
