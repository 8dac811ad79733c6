// Issue 17, Fingertips-grade profiles: the map's period on a time slider, a trend chart per indicator with a period
// selector, areas compared side by side with their intervals, the area × indicator table in red/amber/green (or the
// reason there is no colour), and the value under the pointer. axe-core finds no serious or critical violation.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

const BASE = process.env.KORTLAEGNING_URL;
const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
// Municipalities: the health profile has values there, 2010–2025, so the slider and the trend have periods.
const VIEW = '#map=8/55.6/9.2&level=municipality&var=ind:sp.daily_smokers';

async function axe(page, name) {
  const results = await new AxeBuilder({ page }).exclude('.leaflet-tile-container').analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = bad.map((v) => `${v.id} (${v.impact}, ${v.nodes.length}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  assert.deepEqual(report, [], `${name}: serious or critical accessibility violations`);
}

describe('issue 17: profiles, trends, comparison, red/amber/green, hover', { timeout: 240_000 }, () => {
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

  async function open(hash) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 820 }, locale: 'da-DK' });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${BASE}/${hash}`);
    await page.waitForSelector('body[data-rendered]', { timeout: 20_000 });
    return { page, context, errors };
  }

  it('the time slider moves the map through the periods and the link keeps the period', async () => {
    const { page, context, errors } = await open(VIEW);
    await page.locator('#period-row:not([hidden])').waitFor();
    const max = Number(await page.locator('#period').getAttribute('max'));
    assert.ok(max >= 3, `the slider should span the health profile's periods, max=${max}`);
    assert.equal(await page.locator('#period-out').innerText(), '2025');
    await page.locator('#period').focus();
    await page.keyboard.press('Home'); // keyboard use: the slider is a native range input
    await page.waitForFunction(() => document.querySelector('#period-out').textContent === '2010');
    await page.waitForFunction(() => location.hash.includes('period=2010'));
    await page.waitForFunction(() => /2010/.test(document.querySelector('.legend')?.textContent ?? ''));
    // Hover: the municipality under the pointer and its value for the period shown.
    const box = await page.locator('#map').boundingBox();
    await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.5);
    await page.mouse.move(box.x + box.width * 0.45 + 3, box.y + box.height * 0.5 + 2);
    await page.locator('.hover-info:not([hidden])').waitFor({ timeout: 10_000 });
    const hover = await page.locator('.hover-info').innerText();
    assert.match(hover, /Ryger dagligt/, hover);
    assert.match(hover, /\(2010\): (\d+(,\d+)? %|ingen værdi|Skjult)/, hover);
    await axe(page, 'map with the time slider');
    await page.screenshot({ path: `${ARTIFACTS}issue17-period-slider.png` });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('a trend per indicator with a period selector, two areas compared with intervals and red/amber/green or the reason', async () => {
    const { page, context, errors } = await open(`${VIEW}&area=municipality:0561&tab=profile`);
    await page.waitForSelector('#pane-profile table.profile');
    // The profile's period selector: one period for the whole profile.
    const options = await page.locator('#profile-period option').allInnerTexts();
    assert.ok(options.includes('2013') && options.includes('2021'), options.join(', '));
    await page.selectOption('#profile-period', '2013');
    await page.waitForFunction(() => [...document.querySelectorAll('#pane-profile table.profile .unit')].some((u) => u.textContent.includes('2013')));
    // The map follows the profile's period: legend and slider say 2013.
    await page.waitForFunction(() => /2013/.test(document.querySelector('.legend')?.textContent ?? '') && location.hash.includes('period=2013'));
    // The trend of one indicator: a chart.js canvas and the same numbers in a table.
    await page.locator('#pane-profile button.trend').first().click();
    await page.locator('.trend-figure canvas').waitFor();
    await page.waitForFunction(() => window.Chart && Object.keys(window.Chart.instances ?? {}).length > 0);
    const rows = await page.locator('.trend-table tbody tr').count();
    assert.ok(rows >= 4, `trend rows: ${rows}`);
    assert.equal(await page.locator('.trend-table tr.chosen th').innerText(), '2013');
    await axe(page, 'profile with its trend');
    await page.screenshot({ path: `${ARTIFACTS}issue17-trend.png` });

    // Compare Esbjerg with Aarhus.
    await page.locator('#pane-profile .add-compare').click();
    assert.match(await page.locator('#compare-status').innerText(), /Esbjerg.*\(1 områder\)/);
    await page.evaluate(() => { location.hash = location.hash.replace('area=municipality:0561', 'area=municipality:0751'); });
    await page.reload();
    await page.waitForSelector('body[data-rendered]');
    await page.waitForSelector('#pane-profile .add-compare');
    await page.locator('#pane-profile .add-compare').click();
    assert.match(await page.locator('#compare-status').innerText(), /\(2 områder\)/);
    await page.locator('#tab-compare').click();
    await page.locator('#pane-compare table.rag-table').waitFor();
    const heads = await page.locator('#pane-compare table.rag-table thead th').allInnerTexts();
    assert.deepEqual(heads.slice(1), ['Esbjerg', 'Aarhus']);
    assert.ok(await page.locator('#pane-compare svg.intervals').count() >= 5, 'an interval chart per indicator');
    // Every cell has two verdicts, against the municipality and Denmark: a colour, or why not.
    const verdicts = await page.locator('#pane-compare .rag').allInnerTexts();
    assert.ok(verdicts.length >= 10);
    for (const v of verdicts) assert.match(v, /^(Kommune|Danmark): (bedre|som sammenligning|dårligere|ingen værdi for området|intet at sammenligne med|ikke sammenlignet: intet interval eller antal|(Højere|Lavere) – indikatoren har ingen god eller dårlig retning)$/, v);
    // A municipality compared with itself has no colour against the municipality: it says so instead.
    const text = await page.locator('#pane-compare').innerText();
    assert.doesNotMatch(text, /\b(better|worse|similar|not_compared|undefined|NaN)\b/);
    assert.ok(await page.evaluate(() => location.hash.includes('cmp=municipality:0561,municipality:0751')));
    await axe(page, 'comparison');
    await page.screenshot({ path: `${ARTIFACTS}issue17-compare.png`, fullPage: true });
    // Remove one: the table follows.
    await page.locator('#pane-compare button.remove').first().click();
    await page.waitForFunction(() => document.querySelectorAll('#pane-compare table.rag-table thead th').length === 2);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
