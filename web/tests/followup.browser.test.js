// Browser test of the follow-up dashboard on a phone-sized page (390×844): register participants in the form and
// see the progress bar move; save the status report as PDF with page.pdf(). Run by scripts/browser-tests.sh.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { adminHeaders, signIn } from './auth.js';

const BASE = process.env.KORTLAEGNING_URL;
const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
const TITLE = `Followup browser test ${Date.now()}`;

async function api(method, path, body, extra = {}) {
  const response = await fetch(`${BASE}${path}`, { method, headers: { ...(await adminHeaders(BASE)), ...extra }, body: body ? JSON.stringify(body) : undefined });
  const json = await response.json();
  assert.ok(response.ok, `${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

describe('the follow-up dashboard', { timeout: 120_000 }, () => {
  let browser;
  let project;
  let target;
  // Published figures stand at the last complete month: register on the 15th of last month.
  const now = new Date();
  const day = new Date(now.getFullYear(), now.getMonth() - 1, 15);
  const year = day.getFullYear();

  before(async () => {
    assert.ok(BASE, 'KORTLAEGNING_URL is not set: run scripts/browser-tests.sh (browser tests never skip silently).');
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    project = await api('POST', '/api/projects', {
      title: TITLE, municipality: '0561', start: `${year}-01-01`, end: `${year + 3}-12-31`,
      focus: { parishes: ['8907'] }, partners: [{ name: 'DAB', kind: 'housing_organisation', role: 'boligsocial leder' }],
    });
    await api('POST', `/api/projects/${project.id}/activities`, {
      title: 'Gåtur i Kvaglund', kind: 'walk', place: { type: 'point', lon: 8.4385, lat: 55.485 }, start: `${year}-01-01`, status: 'running', isNew: true,
    });
    target = await api('POST', `/api/projects/${project.id}/targets`, { metric: 'participants', year, value: 100 });
    // Published, so the status report opens without signing in (a draft answers 404 to anyone but Esbjerg's planners).
    await api('PUT', `/api/projects/${project.id}/state`, { state: 'published' }, { 'If-Match': `"v${project.version}"` });
  });

  after(async () => browser?.close());

  it('registers participants on a phone and the progress bar moves', async () => {
    // Registering is a write: an Esbjerg planner signs in on the phone.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await signIn(context, BASE, 'followup-planner@browser.test', 'planner', '0561');
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${BASE}/#map=13/55.4850/8.4385&tab=followup`);
    await page.waitForSelector('#fu-project');
    await page.selectOption('#fu-project', String(project.id));
    const bar = `.fu-bar[data-target-id="${target.id}"]`;
    await page.waitForSelector(bar);
    assert.equal(await page.getAttribute(bar, 'aria-valuenow'), '0');

    await page.fill('#fu-date', iso(day));
    await page.fill('#fu-participants', '12');
    await page.fill('#fu-newParticipants', '5');
    await page.locator('.fu-submit').scrollIntoViewIfNeeded();
    await page.tap('.fu-submit');
    await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-valuenow') === '12', bar, { timeout: 10_000 });
    const width = await page.$eval(`${bar} .fu-fill`, (f) => f.style.width);
    assert.equal(width, '12%');

    // A negative count is refused by the API with the field named, and shown next to it.
    await page.fill('#fu-participants', '-3');
    await page.tap('.fu-submit');
    await page.waitForFunction(() => document.querySelector('#fu-participants-error')?.textContent.length > 0);
    assert.equal(await page.getAttribute(bar, 'aria-valuenow'), '12');
    await page.screenshot({ path: `${ARTIFACTS}followup-phone.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('saves the status report as a PDF with the project title', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${BASE}/api/projects/${project.id}/report?period=${year}&format=html`);
    assert.equal(response.status(), 200);
    assert.equal(await page.textContent('h1'), TITLE);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(`${ARTIFACTS}followup-report.pdf`, pdf);
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const utf16 = Buffer.from(`\ufeff${TITLE}`, 'utf16le').swap16().toString('hex').toUpperCase();
    const text = pdf.toString('latin1');
    assert.ok(text.includes(TITLE) || text.toUpperCase().includes(utf16), 'the PDF names the project (document title)');
    await page.close();
  });
});
