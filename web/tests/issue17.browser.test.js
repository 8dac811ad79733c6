// Issue 17: the map and the workshop as their Danish users need them — one language (Danish first), explained,
// accessible (axe-core: no serious or critical violation) and usable on a phone (390×844, touch).
// Runs against the service at KORTLAEGNING_URL (scripts/browser-tests.sh) with Debian's Chromium.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { signIn, adminHeaders } from './auth.js';

const BASE = process.env.KORTLAEGNING_URL;
const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
const ESBJERG = '#map=13/55.4680/8.4520';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
// English a Danish page must never show (whole words, case-sensitive where a Danish word could match).
const ENGLISH = [/\bno_facility\b/, /\bestimated\b/, /\bno parish data\b/, /\bSave\b/, /\bDelete\b/, /\bCancel\b/, /\bError\b/, /\bnot available\b/i, /\bPlease\b/, /\bThe workshop\b/, /\bNo workshop\b/, /\balready\b/i, /\bdots? left\b/i, /\bmetres\b/, /\bcurrent\b/, /\bhealth_centre\b/, /\bmclp\b/, /\bSogne \d/, /\[object Object\]/];

/** Fails on any serious or critical axe-core violation, listing rule, impact and the first elements. */
async function axe(page, name) {
  const results = await new AxeBuilder({ page }).exclude('.leaflet-tile-container').analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `${v.id} (${v.impact}, ${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  assert.deepEqual(report, [], `${name}: serious or critical accessibility violations`);
}

function noEnglish(text, where) {
  for (const re of ENGLISH) assert.doesNotMatch(text, re, `${where}: English or a code shown to Danish users`);
}

async function createWorkshop(status = 'open', categories = undefined) {
  const ring = [[8.44, 55.46], [8.47, 55.46], [8.47, 55.48], [8.44, 55.48], [8.44, 55.46]];
  const res = await fetch(`${BASE}/api/workshops`, {
    method: 'POST',
    headers: await adminHeaders(BASE),
    body: JSON.stringify({ title: 'Tryghed i Treenigheds sogn', municipality: '0561', date: '2026-03-14', status, categories, focus: { polygon: { type: 'Polygon', coordinates: [ring] } } }),
  });
  assert.equal(res.status, 201, await res.clone().text());
  return res.json();
}

describe('issue 17: Danish, explained, accessible, phone-ready', { timeout: 240_000 }, () => {
  let browser;
  before(async () => {
    assert.ok(BASE, 'KORTLAEGNING_URL is not set: run scripts/browser-tests.sh (browser tests never skip silently).');
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  after(async () => browser?.close());

  async function mapPage(hash, { signedIn = false, viewport = { width: 1366, height: 820 } } = {}) {
    const context = await browser.newContext({ viewport });
    if (signedIn) await signIn(context, BASE, 'planner@browser.test', 'planner');
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${BASE}/${hash}`);
    await page.waitForSelector('body[data-rendered]', { timeout: 20_000 });
    return { page, context, errors };
  }

  it('the map: profile says "Sogn 8907", fits its panel, legend clears the attribution, no serious axe violation', async () => {
    const { page, context, errors } = await mapPage(`${ESBJERG}&var=ind:grid.density&area=parish:8907&tab=profile`);
    await page.waitForSelector('#pane-profile table.profile');
    const meta = await page.locator('#pane-profile .meta').innerText();
    assert.match(meta, /^Sogn 8907/);
    const fits = await page.evaluate(() => {
      const panel = document.querySelector('#panel');
      const table = document.querySelector('#pane-profile table.profile');
      return { table: table.getBoundingClientRect().right, panel: panel.getBoundingClientRect().right, scroll: panel.scrollWidth <= panel.clientWidth + 1 };
    });
    assert.ok(fits.table <= fits.panel + 1 && fits.scroll, `the profile table is wider than its panel: ${JSON.stringify(fits)}`);
    await page.locator('.legend').waitFor();
    const overlap = await page.evaluate(() => {
      const legend = document.querySelector('.legend').getBoundingClientRect();
      const attribution = document.querySelector('.leaflet-control-attribution').getBoundingClientRect();
      return { legendBottom: legend.bottom, attributionTop: attribution.top, legendRight: legend.right, attributionLeft: attribution.left };
    });
    assert.ok(overlap.legendBottom <= overlap.attributionTop || overlap.legendRight <= overlap.attributionLeft, `legend under the attribution: ${JSON.stringify(overlap)}`);
    // The PNG carries the legend (title, unit, classes, no data, suppressed) above a readable attribution.
    const png = await page.evaluate(async () => {
      const m = await import('/js/export.js');
      const spec = window.kortlaegning.legend.spec;
      const blob = await m.mapPng(window.kortlaegning.map, 'Test', spec);
      const bitmap = await createImageBitmap(blob);
      return { items: m.legendItems(spec).map((i) => i.label), title: spec.title, width: bitmap.width, type: blob.type };
    });
    assert.equal(png.type, 'image/png');
    assert.match(png.title, /Befolkningstæthed/);
    assert.ok(png.items.length >= 4 && png.items.includes('Ingen data') && png.items.includes('Skjult (små tal)'), JSON.stringify(png.items));
    noEnglish(await page.locator('body').innerText(), 'map');
    await axe(page, 'map with profile');
    await page.screenshot({ path: `${ARTIFACTS}issue17-map-profile.png` });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the ranking explains itself, a preset ticks its indicators, weights travel in the link, saving asks to sign in', async () => {
    const { page, context, errors } = await mapPage('#level=municipality&tab=ranking');
    await page.waitForSelector('#pane-ranking .ranking-list li', { timeout: 20_000 });
    const explain = await page.locator('#pane-ranking .explain').innerText();
    assert.match(explain, /Højere score = større behov/);
    assert.match(explain, /\[8–15\]/);
    const options = await page.locator('#rk-preset option').evaluateAll((os) => os.map((o) => ({ value: o.value, text: o.textContent })));
    const kram = options.find((o) => /KRAM/.test(o.text));
    assert.ok(kram, `a KRAM preset is offered: ${JSON.stringify(options)}`);
    const presets = await (await fetch(`${BASE}/api/rankings/presets`)).json();
    const expected = presets.find((p) => p.name === kram.text).body.indicators.map((i) => i.code).sort();
    await page.selectOption('#rk-preset', kram.value);
    await page.locator('#pane-ranking .status', { hasText: 'Forvalget' }).waitFor();
    const ticked = await page.locator('#pane-ranking input[type=checkbox]:checked').evaluateAll((cs) => cs.map((c) => c.dataset.code).sort());
    assert.deepEqual(ticked, expected, 'the preset ticks exactly its indicators');
    await page.locator('#pane-ranking input[type=range][data-code="sp.daily_smokers"]').fill('9');
    await page.waitForFunction(() => /w=[^&]*sp\.daily_smokers:9/.test(location.hash));
    // The share link opens with the same ticks and weights.
    const link = page.url();
    const again = await context.newPage();
    await again.goto(link);
    await again.waitForSelector('#pane-ranking input[type=range][data-code="sp.daily_smokers"]');
    assert.equal(await again.locator('#pane-ranking input[type=range][data-code="sp.daily_smokers"]').inputValue(), '9');
    assert.equal(await again.locator('#pane-ranking input[type=checkbox]:checked').count(), expected.length);
    await again.close();
    // Not signed in: "Gem forvalg" is there and says why it cannot save.
    await page.fill('#rk-preset-name', 'Browsertest');
    await page.click('#rk-save');
    await page.locator('#pane-ranking .status', { hasText: 'Log ind som planlægger' }).waitFor();
    await page.waitForSelector('#pane-ranking .interval');
    assert.match(await page.locator('#pane-ranking .interval').first().getAttribute('title'), /Rang-interval: plads \d+ til \d+/);
    // The interval as a small picture, and population and density beside each area as context, not as weights.
    assert.ok(await page.locator('#pane-ranking .interval-bar').count() > 0, 'a picture of the rank interval');
    await page.locator('#pane-ranking .ranking-list .context', { hasText: /Folketal|Befolkning/ }).first().waitFor({ timeout: 10_000 });
    assert.match(await page.locator('#pane-ranking .context-hint').innerText(), /indgår ikke i scoren/);
    const weighted = await page.locator('#pane-ranking .weights label').allTextContents();
    assert.ok(!weighted.some((l) => /Folketal|Befolkningstæthed/.test(l)), `population and density are not weights: ${weighted.join(', ')}`);
    noEnglish(await page.locator('#pane-ranking').innerText(), 'ranking');
    await axe(page, 'ranking');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a planner saves a preset', async () => {
    const { page, context, errors } = await mapPage('#level=municipality&tab=ranking', { signedIn: true });
    await page.waitForSelector('#pane-ranking .ranking-list li', { timeout: 20_000 });
    const name = `Browsertest ${Date.now()}`;
    await page.fill('#rk-preset-name', name);
    await page.click('#rk-save');
    await page.locator('#pane-ranking .status', { hasText: 'Forvalg gemt' }).waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('#rk-preset option:checked').textContent(), name);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the facilities tab lists facilities and offers Danish types; the planning panel lists saved scenarios on load', async () => {
    const { page, context, errors } = await mapPage(`${ESBJERG}&tab=facilities`, { signedIn: true });
    await page.waitForSelector('#pane-facilities .fa-count');
    assert.match(await page.locator('#pane-facilities h3').innerText(), /Faciliteter i kortudsnittet/);
    const types = await page.locator('#fa-type option').allTextContents();
    assert.ok(types.includes('Bibliotek') || types.some((x) => /Fælleshus/.test(x)), `Danish type names: ${types.join(', ')}`);
    assert.ok(!types.some((x) => /_/.test(x)), 'no type codes shown');
    await axe(page, 'facilities');
    // The OpenStreetMap background says so when it cannot load (here: its tiles are refused).
    await page.route('https://tile.openstreetmap.org/**', (route) => route.abort());
    await page.click('#tab-layers');
    // The backgrounds the service offers are the choices, and none (offline) is one of them.
    await page.waitForSelector('#background option[value="osm"]', { state: 'attached' });
    assert.deepEqual(await page.locator('#background option').evaluateAll((o) => o.map((x) => x.value)), ['none', 'osm']);
    await page.selectOption('#background', 'osm');
    await page.locator('#osm-status', { hasText: 'OpenStreetMap (kræver internet)) kunne ikke hentes' }).waitFor({ timeout: 10_000 });
    assert.match(page.url(), /bg=osm/);
    await page.selectOption('#background', 'none');
    assert.equal(await page.locator('#osm-status').innerText(), '');
    await page.click('#tab-facilities');
    await page.click('#tab-planning');
    await page.waitForSelector('#pane-planning .scenarios :is(table, p)', { timeout: 20_000 });
    noEnglish(await page.locator('#panel').innerText(), 'planning');
    await axe(page, 'planning');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a phone takes part in Danish: 44 px targets, drawing help and undo, confirm before delete, own items only, blur warning, dots taken back', async () => {
    const w = await createWorkshop('open');
    // A second participant's item, so "Mine bidrag" has something that is not mine.
    const other = await (await fetch(`${BASE}/api/workshops/join`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code: w.joinCode, nickname: 'Ole' }) })).json();
    const added = await fetch(`${BASE}/api/workshops/${w.id}/annotations`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Participant-Token': other.token },
      body: JSON.stringify({ category: 'idea', text: 'Bænke ved søen', geometry: { type: 'Point', coordinates: [8.455, 55.47] } }),
    });
    assert.equal(added.status, 201, await added.clone().text());

    const context = await browser.newContext(PHONE);
    const phone = await context.newPage();
    const errors = [];
    const dialogs = [];
    phone.on('pageerror', (e) => errors.push(e.message));
    phone.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
    // A wrong code answers inline, in Danish.
    await phone.goto(`${BASE}/workshop/`);
    await phone.fill('#code', 'ZZZZZZ');
    await phone.getByRole('button', { name: 'Deltag' }).click();
    await phone.locator('#join-error', { hasText: 'Intet værksted har den kode' }).waitFor();
    await axe(phone, 'participant join');

    await phone.goto(w.joinUrl);
    await phone.getByRole('button', { name: 'Deltag' }).click();
    await phone.locator('#live', { hasText: 'live' }).waitFor();
    await phone.locator('#others li', { hasText: 'Bænke ved søen' }).waitFor();
    assert.equal(await phone.locator('#mine li').count(), 0, 'Mine bidrag lists only my own items');
    assert.match(await phone.locator('#hint').innerText(), /Tryk på kortet/);

    // A dot, given and taken back; giving it twice is not possible (the button turns into "Tag prik tilbage").
    await phone.locator('#dots', { hasText: 'prikker tilbage' }).waitFor();
    const dotsBefore = await phone.locator('#dots').innerText();
    await phone.locator('#others li', { hasText: 'Bænke' }).getByRole('button', { name: 'Giv prik' }).click();
    await phone.locator('#others li', { hasText: 'du har givet en prik' }).waitFor();
    assert.notEqual(await phone.locator('#dots').innerText(), dotsBefore);
    await phone.locator('#others li', { hasText: 'Bænke' }).getByRole('button', { name: 'Tag prik tilbage' }).click();
    await phone.locator('#others li', { hasText: 'Bænke' }).getByRole('button', { name: 'Giv prik' }).waitFor();
    assert.equal(await phone.locator('#dots').innerText(), dotsBefore);

    // An area: instructions, undo of the last point, and the blur warning for Utryghed.
    await phone.getByRole('button', { name: 'Område' }).click();
    assert.match(await phone.locator('#hint').innerText(), /hjørne/);
    const box = await phone.locator('#map').boundingBox();
    const tap = (dx, dy) => phone.mouse.click(box.x + box.width * dx, box.y + box.height * dy);
    await tap(0.4, 0.4); await tap(0.6, 0.4); await tap(0.9, 0.9);
    await phone.getByRole('button', { name: 'Fortryd sidste punkt' }).click();
    assert.match(await phone.locator('#hint').innerText(), /2 punkter sat/);
    await tap(0.5, 0.6);
    await phone.getByRole('button', { name: 'Færdig' }).click();
    await phone.locator('#item').waitFor({ state: 'visible' });
    // Touch targets: the category choices ≥ 44×44 px.
    const sizes = await phone.locator('#categories label').evaluateAll((ls) => ls.map((l) => { const r = l.getBoundingClientRect(); return [Math.round(r.width), Math.round(r.height)]; }));
    for (const [wd, ht] of sizes) assert.ok(wd >= 44 && ht >= 44, `category target ${wd}×${ht}`);
    await phone.getByLabel('Utryghed').check();
    await phone.locator('#blur-warning', { hasText: 'sløret punkt' }).waitFor();
    await phone.getByLabel('Idé').check();
    assert.equal(await phone.locator('#blur-warning').isHidden(), true);
    await phone.locator('#text').fill('Mørk sti uden lys');
    await axe(phone, 'participant sheet');
    await phone.getByRole('button', { name: 'Gem' }).click();
    const mine = phone.locator('#mine li.mine', { hasText: 'Mørk sti' });
    await mine.waitFor();
    for (const name of ['Ret', 'Slet']) {
      const r = await mine.getByRole('button', { name }).boundingBox();
      assert.ok(r.width >= 44 && r.height >= 44, `${name} is ${r.width}×${r.height}`);
    }
    noEnglish(await phone.locator('body').innerText(), 'phone');
    await axe(phone, 'participant after joining');
    await phone.screenshot({ path: `${ARTIFACTS}issue17-phone.png`, fullPage: true });

    // "Slet" asks first; "Nej" keeps the item, "Ja, slet" removes it.
    await mine.getByRole('button', { name: 'Slet' }).click();
    await mine.getByRole('button', { name: 'Nej' }).click();
    assert.equal(await mine.count(), 1);
    await mine.getByRole('button', { name: 'Slet' }).click();
    await mine.getByRole('button', { name: 'Ja, slet' }).click();
    await mine.waitFor({ state: 'detached' });
    assert.deepEqual(dialogs, [], 'no browser alert or confirm');
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a phone takes part in Arabic, right to left', async () => {
    const w = await createWorkshop('open');
    const context = await browser.newContext(PHONE);
    const phone = await context.newPage();
    const errors = [];
    phone.on('pageerror', (e) => errors.push(e.message));
    await phone.goto(`${w.joinUrl}&lang=ar`);
    assert.equal(await phone.evaluate(() => document.documentElement.dir), 'rtl');
    assert.equal(await phone.evaluate(() => document.documentElement.lang), 'ar');
    await axe(phone, 'participant join in Arabic');
    await phone.getByRole('button', { name: 'انضم' }).click();
    await phone.locator('#live', { hasText: 'مباشر' }).waitFor();
    assert.match(await phone.locator('#hint').innerText(), /اضغط على الخريطة/);
    await phone.locator('#dots', { hasText: 'تبقّى لك' }).waitFor();
    const box = await phone.locator('#map').boundingBox();
    await phone.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await phone.locator('#item').waitFor({ state: 'visible' });
    await phone.getByLabel('Mødested').check();
    await phone.locator('#text').fill('مكان للقاء');
    await phone.getByRole('button', { name: 'حفظ' }).click();
    await phone.locator('#mine li.mine', { hasText: 'مكان للقاء' }).waitFor();
    await phone.locator('#mine li.mine').getByRole('button', { name: 'حذف' }).waitFor();
    await axe(phone, 'participant in Arabic after joining');
    await phone.screenshot({ path: `${ARTIFACTS}issue17-phone-ar.png`, fullPage: true });
    // The chooser names every language in itself.
    await phone.evaluate(() => sessionStorage.clear());
    await phone.goto(`${BASE}/workshop/?lang=ar`);
    assert.deepEqual(await phone.locator('#langs a').allTextContents(), ['Dansk', 'English', 'العربية', 'Soomaali', 'Türkçe', 'Українська']);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('the facilitator creates a workshop in the UI; the projector shows the state and only published items', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await signIn(context, BASE, 'facilitator@browser.test', 'facilitator', '0561');
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${BASE}/workshop/new.html`);
    await page.fill('#ws-title', 'Værksted fra browsertesten');
    await page.fill('#ws-municipality', '0561');
    await page.fill('#ws-parish', '8907');
    await page.uncheck('#ws-open');
    await axe(page, 'new workshop');
    await page.getByRole('button', { name: 'Opret' }).click();
    await page.locator('#created').waitFor({ state: 'visible', timeout: 20_000 });
    const code = (await page.locator('#join-code').innerText()).trim();
    assert.match(code, /^[A-Z0-9]{4,8}$/);
    assert.match(await page.locator('#join-url').innerText(), new RegExp(`/workshop/\\?code=${code}$`));
    await page.waitForFunction(() => document.querySelector('#qr').naturalWidth > 0);
    const facilitatorUrl = await page.locator('#facilitator-url').innerText();

    // Draft: a phone is told so in Danish.
    const phone = await browser.newPage(PHONE);
    await phone.goto(`${BASE}/workshop/?code=${code}`);
    await phone.getByRole('button', { name: 'Deltag' }).click();
    await phone.locator('#join-error', { hasText: 'ikke åbnet endnu' }).waitFor();
    await phone.close();

    const projector = await context.newPage();
    projector.on('pageerror', (e) => errors.push(e.message));
    await projector.setViewportSize({ width: 1920, height: 1080 });
    await projector.goto(facilitatorUrl);
    await projector.locator('#state.state-draft', { hasText: 'Kladde' }).waitFor();
    await projector.locator('#facilitator summary').click();
    await projector.getByRole('button', { name: 'Åbn' }).click();
    await projector.locator('#state.state-open', { hasText: 'Åben' }).waitFor();
    await projector.getByRole('button', { name: 'Lås', exact: true }).click();
    await projector.locator('#state.state-locked', { hasText: 'Låst' }).waitFor();
    await projector.getByRole('button', { name: 'Lås op' }).click();
    await projector.locator('#state.state-open').waitFor();
    await axe(projector, 'projector');
    await projector.screenshot({ path: `${ARTIFACTS}issue17-projector.png` });

    // Moderation on its own page: merge picks the target by the number the list shows.
    const id = new URL(facilitatorUrl).searchParams.get('id');
    const joined = await (await fetch(`${BASE}/api/workshops/join`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ code }) })).json();
    const ids = [];
    const [w0, s0, e0, n0] = (await (await fetch(`${BASE}/api/workshops/${id}`)).json()).bbox;
    for (const [text, dx] of [['Legeplads', 0], ['Legepladsen igen', 0.0004]]) {
      const r = await fetch(`${BASE}/api/workshops/${id}/annotations`, { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Participant-Token': joined.token },
        body: JSON.stringify({ category: 'resource', text, geometry: { type: 'Point', coordinates: [(w0 + e0) / 2 + dx, (s0 + n0) / 2] } }) });
      assert.equal(r.status, 201, await r.clone().text());
      ids.push((await r.json()).id);
    }
    const moderation = await context.newPage();
    moderation.on('pageerror', (e) => errors.push(e.message));
    await moderation.goto(facilitatorUrl.replace('screen.html', 'moderate.html'));
    const second = moderation.locator(`#feed li[data-item="${ids[1]}"]`);
    await second.waitFor();
    assert.match(await second.locator('.no').innerText(), new RegExp(`Nr\\. ${ids[1]}`));
    await second.locator('select').selectOption(String(ids[0]));
    await second.getByRole('button', { name: /^Flet/ }).click();
    await moderation.waitForFunction((gone) => !document.querySelector(`#feed li[data-item="${gone}"]`) || document.querySelector(`#feed li[data-item="${gone}"]`).className !== 'published', ids[1], { timeout: 10_000 });
    await axe(moderation, 'moderation');
    // The projector never shows moderation buttons, and counts only published items.
    assert.equal(await projector.locator('#feed button').count(), 0);
    await projector.locator('#feed li', { hasText: 'Legeplads' }).first().waitFor();
    noEnglish(await projector.locator('body').innerText(), 'projector');
    assert.deepEqual(errors, []);
    await context.close();
  });
});
