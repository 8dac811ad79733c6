// Issue 8: a participant on a phone marks a meeting place; the facilitator's projector shows it live, without reload.
// Runs against the service at KORTLAEGNING_URL with Debian's Chromium (never a downloaded browser).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { adminHeaders, signIn } from './auth.js';

const BASE = process.env.KORTLAEGNING_URL ?? 'http://127.0.0.1:8080';
const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};
// Text a participant might type, including markup that must never become markup on the projector.
const TEXT = 'Fælleshuset <img src=x onerror="window.__xss=1"> åbent tirsdag';

let browser;
before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await chromium.launch(LAUNCH);
});
after(async () => { await browser?.close(); });

async function createWorkshop() {
  // Esbjerg city centre (Treenigheds sogn, seed 003), drawn as the focus so the map's centre lies inside it.
  const ring = [[8.44, 55.46], [8.47, 55.46], [8.47, 55.48], [8.44, 55.48], [8.44, 55.46]];
  const res = await fetch(`${BASE}/api/workshops`, {
    method: 'POST',
    headers: await adminHeaders(BASE),
    body: JSON.stringify({ title: 'Sundhedsspot i Treenigheds sogn', municipality: '0561', date: '2026-03-14', status: 'open', focus: { polygon: { type: 'Polygon', coordinates: [ring] } } }),
  });
  assert.equal(res.status, 201, await res.clone().text());
  return res.json();
}

test('a point added on a phone appears on the projector without reload', { timeout: 90_000 }, async () => {
  const w = await createWorkshop();

  const projectorContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  // The facilitator signs in (role facilitator for Esbjerg); the workshop's key stays the second factor.
  await signIn(projectorContext, BASE, 'facilitator@browser.test', 'facilitator', '0561');
  const projector = await projectorContext.newPage();
  const errors = [];
  projector.on('pageerror', e => errors.push(e.message));
  await projector.goto(w.facilitatorUrl);
  await projector.locator('#code').filter({ hasText: w.joinCode }).waitFor();
  await projector.locator('#live', { hasText: 'live' }).waitFor();
  await projector.evaluate(() => { window.__sameDocument = true; });
  assert.equal(await projector.locator('#total').textContent(), '0');
  assert.ok(!projector.url().includes('key='), 'the facilitator key is removed from the address bar');

  const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  const phone = await phoneContext.newPage();
  phone.on('pageerror', e => errors.push(e.message));
  await phone.goto(w.joinUrl);
  assert.equal(await phone.locator('#code').inputValue(), w.joinCode);
  await phone.locator('#nickname').fill('Karin');
  await phone.getByRole('button', { name: 'Deltag' }).click();
  await phone.locator('#map .leaflet-overlay-pane path').first().waitFor();
  await phone.locator('#live', { hasText: 'live' }).waitFor();

  const box = await phone.locator('#map').boundingBox();
  await phone.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await phone.locator('#item').waitFor({ state: 'visible' });
  await phone.getByLabel('Mødested').check();
  await phone.locator('#text').fill(TEXT);
  await phone.screenshot({ path: `${ARTIFACTS}workshop-phone-before-save.png` });
  await phone.getByRole('button', { name: 'Gem' }).click();
  await phone.locator('#mine li.mine', { hasText: 'Fælleshuset' }).waitFor();
  await phone.screenshot({ path: `${ARTIFACTS}workshop-phone.png` });

  const item = projector.locator('#feed li', { hasText: 'Fælleshuset' });
  await item.waitFor({ timeout: 10_000 });
  assert.equal(await item.locator('.text').textContent(), ` ${TEXT}`);
  assert.equal(await projector.locator('#feed img').count(), 0, 'participant text is never parsed as HTML');
  assert.equal(await projector.evaluate(() => window.__xss), undefined);
  assert.equal(await projector.evaluate(() => window.__sameDocument), true, 'the projector did not reload');
  await projector.locator('#total', { hasText: '1' }).waitFor();
  const meetingPlaces = projector.locator('#by-category li', { hasText: 'Mødested' });
  assert.equal(await meetingPlaces.locator('.bar-count').textContent(), '1');
  assert.ok(await projector.locator('#map .leaflet-overlay-pane path').count() >= 2, 'extent and the new point are drawn');
  await projector.screenshot({ path: `${ARTIFACTS}workshop-projector.png` });

  // The projector is not the moderation console: no moderation buttons before the room.
  assert.equal(await projector.locator('#feed button').count(), 0, 'no moderation on the projector');
  assert.match(await item.locator('.no').textContent(), /^Nr\. \d+$/, 'each item shows its number');

  // Moderation on its own page (the facilitator's screen) removes the item from the phone and the projector, live.
  const moderation = await projectorContext.newPage();
  moderation.on('pageerror', e => errors.push(e.message));
  await moderation.goto(w.facilitatorUrl.replace('screen.html', 'moderate.html'));
  const row = moderation.locator('#feed li', { hasText: 'Fælleshuset' });
  await row.getByRole('button', { name: 'Skjul' }).click();
  await phone.locator('#mine li', { hasText: 'Fælleshuset' }).waitFor({ state: 'detached', timeout: 10_000 });
  await item.waitFor({ state: 'detached', timeout: 10_000 });
  await row.locator('.status-tag', { hasText: 'Skjult' }).waitFor();
  assert.equal(await projector.locator('#total').textContent(), '0', 'the projector counts only published items');
  assert.deepEqual(errors, []);

  await phoneContext.close();
  await projectorContext.close();
});
