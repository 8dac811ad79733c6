// Browser test of issue 14 in Debian's headless Chromium: an Odder planner draws a housing department with
// Leaflet-Geoman, uploads a GeoPackage (made by GDAL's ogr2ogr from a seeded, ILLUSTRATIVE GeoJSON) through the dry-run
// dialog, and colours the map by an own indicator whose small count is shown as suppressed. Run by
// scripts/browser-tests.sh (KORTLAEGNING_URL, KORTLAEGNING_ADMIN_FILE).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { adminHeaders, signIn } from './auth.js';

const BASE = process.env.KORTLAEGNING_URL;
const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
const RUN = Date.now().toString(36);
// Odder town centre (kommune 0727), zoomed in so a drawn outline is a few hundred metres across.
const ODDER = { lat: 55.9735, lon: 10.1530, zoom: 15 };

/** Three ILLUSTRATIVE square departments near Odder's centre, 150 m apart, as a GeoPackage written by ogr2ogr. */
function geoPackage(dir) {
  const square = (dx) => {
    const [x, y, d] = [10.1480 + dx, 55.9700, 0.0012];
    return [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]];
  };
  const features = ['a', 'b', 'c'].map((s, i) => ({
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: square(i * 0.0025) },
    properties: { AFDKODE: `bt-${RUN}-${s}`, AFDNAVN: `ILLUSTRATIV afd. ${s.toUpperCase()}`, BOLIGER: 40 + 10 * i, ORG: 'Illustrativ Bolig', illustrative: 'ja' },
  }));
  const json = join(dir, 'afdelinger.geojson');
  writeFileSync(json, JSON.stringify({ type: 'FeatureCollection', features }));
  const gpkg = join(dir, 'afdelinger.gpkg');
  execFileSync('ogr2ogr', ['-f', 'GPKG', gpkg, json, '-nln', 'afdelinger', '-t_srs', 'EPSG:25832']);
  return { gpkg, codes: features.map((f) => f.properties.AFDKODE) };
}

describe('housing departments on the map', { timeout: 180_000 }, () => {
  let browser;
  let page;
  let context;
  const errors = [];

  before(async () => {
    assert.ok(BASE, 'KORTLAEGNING_URL is not set: run scripts/browser-tests.sh (browser tests never skip silently).');
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    context = await browser.newContext({ viewport: { width: 1366, height: 860 } });
    await signIn(context, BASE, 'odder-planner@browser.test', 'planner', '0727');
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${BASE}/#map=${ODDER.zoom}/${ODDER.lat}/${ODDER.lon}&tab=own`);
    await page.waitForSelector('body[data-rendered]', { timeout: 20_000 });
    await page.waitForSelector('#own-draw');
  });

  after(async () => browser?.close());

  it('draws a department with Geoman and saves it with its facts', async () => {
    await page.click('#own-draw');
    const box = await page.locator('#map').boundingBox();
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    for (const [dx, dy] of [[-60, -40], [60, -40], [60, 40], [-60, 40]]) {
      await page.mouse.click(cx + dx, cy + dy);
      await page.waitForTimeout(150);
    }
    await page.mouse.click(cx - 60, cy - 40); // the first corner closes the outline
    await page.waitForSelector('.own-form:not([hidden]) #own-code');
    const code = `bt-${RUN}-drawn`;
    await page.fill('#own-code', code);
    await page.fill('#own-name', 'ILLUSTRATIV tegnet afdeling');
    await page.fill('#own-organisation', 'Illustrativ Bolig');
    await page.fill('#own-homes', '1.204');
    await page.check('#own-illustrative');
    await page.click('.own-form button[type=submit]');
    await page.locator('.own-table td', { hasText: code }).waitFor({ timeout: 15_000 });
    // A new department is a draft: only planners of its municipality (and national ones) read it.
    assert.equal((await fetch(`${BASE}/api/areas/housing_department/${code}`)).status, 404);
    const stored = await (await fetch(`${BASE}/api/areas/housing_department/${code}`, { headers: await adminHeaders(BASE) })).json();
    assert.equal(stored.properties.state, 'draft');
    assert.equal(stored.properties.municipalityCode, '0727');
    assert.equal(stored.properties.facts.homes, 1204);
    assert.equal(stored.properties.facts.illustrative, true);
    assert.equal(stored.geometry.type.endsWith('Polygon'), true);
    // The search finds it (departments are searchable like parishes).
    await page.fill('#search', 'ILLUSTRATIV tegnet');
    await page.locator('#search-results [role=option]', { hasText: 'ILLUSTRATIV tegnet afdeling' }).waitFor({ timeout: 10_000 });
    await page.fill('#search', '');
    await page.screenshot({ path: `${ARTIFACTS}department-drawn.png` });
  });

  it('uploads a GeoPackage through the dry-run preview and commits it', async () => {
    const { gpkg, codes } = geoPackage(mkdtempSync(join(tmpdir(), 'kortlaegning-gpkg-')));
    await page.click('#own-upload');
    await page.setInputFiles('#own-file', gpkg);
    await page.fill('#own-code-field', 'AFDKODE');
    await page.fill('#own-name-field', 'AFDNAVN');
    await page.click('#own-preview');
    await page.waitForSelector('.own-summary');
    assert.match(await page.textContent('.own-summary'), /3 områder/);
    assert.equal(await page.inputValue('#own-map-homes'), 'BOLIGER', 'BOLIGER is suggested for homes');
    await page.selectOption('#own-map-organisation', 'ORG');
    // Nothing is written by the preview.
    assert.equal((await fetch(`${BASE}/api/areas/housing_department/${codes[0]}`)).status, 404);
    await page.screenshot({ path: `${ARTIFACTS}department-upload-preview.png` });
    await page.click('#own-commit');
    await page.locator('#pane-own .status', { hasText: '3 områder indlæst' }).waitFor({ timeout: 15_000 });
    for (const code of codes) await page.locator('.own-table td', { hasText: code }).waitFor();
    // Publish them from the table, so that anyone may see them (and their values) from now on.
    for (const code of codes) {
      await page.locator('.own-table tr', { hasText: code }).locator('.own-state').click();
      await page.locator('.own-table tr', { hasText: code }).locator('td', { hasText: 'Udgivet' }).waitFor({ timeout: 10_000 });
    }
    const b = await (await fetch(`${BASE}/api/areas/housing_department/${codes[1]}`)).json();
    assert.equal(b.properties.state, 'published');
    assert.equal(b.properties.facts.homes, 50);
    assert.equal(b.properties.facts.organisation, 'Illustrativ Bolig');
  });

  it('combines parishes and a department into a local community, and names an unknown member', async () => {
    await page.selectOption('#own-level', 'local_community');
    await page.click('#own-union');
    const code = `lr-${RUN}`;
    await page.fill('#own-code', code);
    await page.fill('#own-name', 'ILLUSTRATIVT lokalråd');
    // 9999 is no parish: the service refuses the whole union and the dialog says which member is unknown.
    await page.fill('#own-members', `8087, 8088 bt-${RUN}-a 9999`);
    await page.click('.own-form button[type=submit]');
    await page.locator('#pane-own .status', { hasText: '9999' }).waitFor({ timeout: 15_000 });
    assert.equal((await fetch(`${BASE}/api/areas/local_community/${code}`, { headers: await adminHeaders(BASE) })).status, 404, 'nothing written');
    await page.fill('#own-members', `8087, 8088 bt-${RUN}-a`);
    await page.click('.own-form button[type=submit]');
    await page.locator('.own-table td', { hasText: code }).waitFor({ timeout: 15_000 });
    const headers = await adminHeaders(BASE);
    const union = await (await fetch(`${BASE}/api/areas/local_community/${code}`, { headers })).json();
    const parish = async (c) => (await (await fetch(`${BASE}/api/areas/parish/${c}`)).json()).properties.areaKm2;
    const [odder, torrild] = [await parish('8087'), await parish('8088')];
    assert.equal(union.properties.municipalityCode, '0727');
    assert.ok(union.geometry.type.endsWith('Polygon'), union.geometry.type);
    // The union of two neighbouring parishes (the department lies inside Odder parish) covers both, once.
    assert.ok(Math.abs(union.properties.areaKm2 - (odder + torrild)) < 0.02 * (odder + torrild),
      `${union.properties.areaKm2} km² against ${odder} + ${torrild}`);
    await page.screenshot({ path: `${ARTIFACTS}local-community-union.png` });
    await page.selectOption('#own-level', 'housing_department');
  });

  it('colours the departments by an own indicator and shows a small count as suppressed', async () => {
    const headers = await adminHeaders(BASE);
    const code = `odder.bt${RUN}`;
    const definition = await fetch(`${BASE}/api/indicators`, {
      method: 'POST', headers, body: JSON.stringify({
        code, name: { da: `ILLUSTRATIV deltagere ${RUN}`, en: `ILLUSTRATIVE participants ${RUN}` }, unit: 'count', polarity: 'no_judgement',
        countBased: true, decimals: 0, definition: 'Illustrative counts for a browser test.', source: { name: 'Browser test', licence: 'none' },
        illustrative: true, municipality: '0727', state: 'published',
      }),
    });
    assert.equal(definition.status, 201, await definition.text());
    const row = (s, v) => `${code},housing_department,bt-${RUN}-${s},2026,${v},,,,`;
    const csv = ['indicator,level,area_code,period,value,numerator,denominator,ci_low,ci_high', row('a', 2), row('b', 40), row('c', 55)].join('\n') + '\n';
    const imported = await fetch(`${BASE}/api/indicators/import`, { method: 'POST', headers: { ...headers, 'Content-Type': 'text/csv' }, body: csv });
    assert.ok(imported.ok, await imported.text());

    await page.goto('about:blank'); // a new hash alone would not reload the map
    await page.goto(`${BASE}/#map=${ODDER.zoom}/${ODDER.lat}/${ODDER.lon}&level=housing_department&var=ind:${code}`);
    await page.waitForSelector('body[data-rendered]', { timeout: 20_000 });
    // The own indicator is offered for departments and the legend is its own.
    await page.waitForFunction((name) => document.querySelector('.legend')?.textContent.includes(name), `ILLUSTRATIV deltagere ${RUN}`, { timeout: 15_000 });
    assert.equal(await page.inputValue('#variable'), `ind:${code}`);
    // The count of 2 is published as suppressed (no value).
    const values = await (await fetch(`${BASE}/api/indicators/${code}/values?level=housing_department`)).json();
    const rows = values.values ?? values.rows ?? values;
    const a = rows.find((r) => (r.areaCode ?? r.code) === `bt-${RUN}-a`);
    assert.ok(a, JSON.stringify(values).slice(0, 400));
    assert.equal(a.value, null);
    // Complementary suppression hides a second department of the same parish (the smaller, 40), so 2 cannot be
    // recovered from a published total; 55 stays published.
    const published = rows.filter((r) => (r.areaCode ?? r.code)?.startsWith(`bt-${RUN}-`) && r.value !== null).map((r) => r.value);
    assert.deepEqual(published, [55]);
    await page.screenshot({ path: `${ARTIFACTS}department-choropleth.png` });
    assert.deepEqual(errors, []);
  });
});
