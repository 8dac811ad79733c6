// One language at a time, Danish first: every key has a Danish and an English string (and no other), every
// data-i18n key used by a page exists, and the service's English problems reach residents as Danish sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { KEYS, STRINGS as MAP } from '../public/js/i18n.js';
import { STRINGS as WORKSHOP, problemKey, problemText, setLang, t } from '../workshop/js/i18n.js';
import { stateOf } from '../workshop/js/facilitator.js';

function parity(name, da, en) {
  const missingEn = Object.keys(da).filter((k) => !(k in en));
  const missingDa = Object.keys(en).filter((k) => !(k in da));
  assert.deepEqual(missingEn, [], `${name}: Danish keys without English`);
  assert.deepEqual(missingDa, [], `${name}: English keys without Danish`);
  for (const k of Object.keys(da)) {
    assert.ok(String(da[k]).trim() !== '' || String(en[k]).trim() === '', `${name}: empty Danish string for ${k}`);
    const vars = (s) => [...String(s).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();
    assert.equal(vars(da[k]), vars(en[k]), `${name}: ${k} has different placeholders`);
  }
}

test('the map dictionary has every key in Danish and English', () => {
  parity('map', MAP.da, MAP.en);
  assert.deepEqual(KEYS.da.sort(), KEYS.en.sort());
});

test('the workshop dictionary has every key in Danish and English', () => {
  parity('workshop', WORKSHOP.da, WORKSHOP.en);
});

test('every data-i18n key of the pages is in its dictionary', () => {
  const pages = [['public/index.html', MAP.da], ['public/login.html', MAP.da], ['workshop/index.html', WORKSHOP.da],
    ['workshop/screen.html', WORKSHOP.da], ['workshop/moderate.html', WORKSHOP.da], ['workshop/new.html', WORKSHOP.da]];
  for (const [page, dict] of pages) {
    const html = readFileSync(new URL(`../${page}`, import.meta.url), 'utf8');
    for (const m of html.matchAll(/data-i18n(?:-label|-placeholder|-title|-alt)?="([^"]+)"/g)) {
      assert.ok(m[1] in dict, `${page}: no string for ${m[1]}`);
    }
  }
});

test('the service\'s problems become Danish sentences for residents', () => {
  setLang('da');
  const cases = [
    [{ title: 'Not found', detail: 'No workshop has that code.' }, 404, 'err_code'],
    [{ title: 'Workshop not open', detail: 'The workshop is draft.' }, 409, 'err_draft'],
    [{ title: 'Workshop not open', detail: 'The workshop is closed.' }, 409, 'err_closed'],
    [{ title: 'Already voted', detail: 'You already put a dot here.' }, 409, 'err_voted'],
    [{ title: 'No dots left', detail: 'Each participant has 5 dots; remove one to place it elsewhere.' }, 409, 'err_noDots'],
    [{ title: 'Outside the workshop area', detail: 'Items must lie within the focus areas or 300 m of them.' }, 422, 'err_outside'],
    [{ title: 'Too many writes', detail: 'Slow down: try again in 3 s.' }, 429, 'err_slow'],
  ];
  for (const [problem, status, key] of cases) {
    assert.equal(problemKey(problem, status), key, problem.detail);
    const text = problemText({ problem, status });
    assert.equal(text, t(key));
    assert.doesNotMatch(text, /workshop|already|dot here|the /i, 'no English reaches a resident');
  }
  assert.match(problemText({ problem: { title: 'Invalid', errors: { category: ['x'] } }, status: 400 }), /Vælg en kategori/);
  assert.match(problemText({ problem: { title: 'Strange' }, status: 418 }), /Det lykkedes ikke \(fejl 418\)/);
  assert.match(problemText(new TypeError('Failed to fetch')), /Ingen forbindelse/);
});

test('draft, open, locked and closed are four states', () => {
  assert.equal(stateOf({ status: 'draft', locked: false }), 'draft');
  assert.equal(stateOf({ status: 'open', locked: false }), 'open');
  assert.equal(stateOf({ status: 'open', locked: true }), 'locked');
  assert.equal(stateOf({ status: 'closed', locked: true }), 'closed');
  for (const s of ['draft', 'open', 'locked', 'closed']) assert.notEqual(WORKSHOP.da[`state_${s}`], WORKSHOP.en[`state_${s}`]);
});

test('the service\'s English validation messages reach the planner in Danish', async () => {
  const { problemSentence, setLang: setMapLang } = await import('../public/js/i18n.js');
  setMapLang('da');
  assert.equal(problemSentence('k must be between 1 and the number of candidates (3).', 'k'), 'Antal steder (k) skal være mellem 1 og antallet af kandidater (3).');
  assert.equal(problemSentence("Unknown type 'Fælleshus'; one of: health_centre, library.", 'type'), 'Vælg en type på listen.');
  assert.equal(problemSentence('Something new.', 'radiusMetres'), 'Radius: Something new.');
  setMapLang('en');
  assert.equal(problemSentence('k must be between 1 and the number of candidates (3).', 'k'), 'k: k must be between 1 and the number of candidates (3).');
  setMapLang('da');
});

test('the participant page in Arabic, Somali, Turkish and Ukrainian has every participant string', async () => {
  const { MORE, PARTICIPANT_KEYS, RTL } = await import('../workshop/js/i18n-more.js');
  for (const k of PARTICIPANT_KEYS) assert.ok(k in WORKSHOP.da && k in WORKSHOP.en, `participant key ${k} is in Danish and English`);
  for (const [code, dict] of Object.entries(MORE)) {
    const missing = PARTICIPANT_KEYS.filter((k) => !(k in dict));
    assert.deepEqual(missing, [], `${code}: participant strings missing`);
    const vars = (x) => [...String(x).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join();
    for (const k of PARTICIPANT_KEYS) assert.equal(vars(dict[k]), vars(WORKSHOP.da[k]), `${code}.${k} placeholders`);
  }
  assert.ok(RTL.has('ar'));
  setLang('ar');
  assert.equal(problemText({ problem: { detail: 'No workshop has that code.' }, status: 404 }), MORE.ar.err_code);
  setLang('da');
});

test('facility problems read as messages, never "[object Object]"', async () => {
  const { facilityProblemText } = await import('../public/js/panels/facilities.js');
  const { setLang: setMapLang } = await import('../public/js/i18n.js');
  setMapLang('da');
  const unknownType = { status: 400, problem: { title: 'Invalid facility', errors: { type: ["Unknown type 'Fælleshus'; one of: health_centre, library."] } } };
  assert.equal(facilityProblemText(unknownType), 'Vælg en type på listen.');
  const listed = { status: 400, problem: { title: 'Invalid', errors: [{ field: 'name', message: 'A name is required.' }] } };
  assert.equal(facilityProblemText(listed), 'Skriv et navn.');
  const nested = { status: 400, problem: { errors: { 0: [{ message: 'Coordinates must be finite.' }] } } };
  assert.doesNotMatch(facilityProblemText(nested), /object Object/);
  assert.match(facilityProblemText({ status: 500, problem: null }), /fejl 500/);
});

test('value notes from the API are shown in Danish', async () => {
  const { noteLabel, setLang: setMapLang } = await import('../public/js/i18n.js');
  setMapLang('da');
  assert.equal(noteLabel('no parish data'), 'ingen tal for sogne');
  assert.equal(noteLabel('estimated'), 'skønnet');
  assert.equal(noteLabel(''), '');
});
