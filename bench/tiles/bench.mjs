// Tile benchmark (issue 7): MVT latency through the API (cold = first request, warm = repeats) against the raw
// ST_AsMVT query for the same tiles in psql (\timing, server-side execution), plus first map render in Chromium.
// Usage: node bench/tiles/bench.mjs <service url> <psql connection string>   (run.sh starts a service for it)
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const [base, conn] = process.argv.slice(2);
const require = createRequire(new URL('../../web/package.json', import.meta.url));
const { chromium } = require('playwright-core');

// Denmark's extent; tiles at zoom 7–12, at most 12 per zoom spread evenly over the extent.
const EXTENT = { west: 8.0, south: 54.55, east: 12.7, north: 57.75 };
const tileX = (lon, z) => Math.floor(((lon + 180) / 360) * 2 ** z);
const tileY = (lat, z) => Math.floor(((1 - Math.asinh(Math.tan((lat * Math.PI) / 180)) / Math.PI) / 2) * 2 ** z);
function tiles() {
  const out = [];
  for (let z = 7; z <= 12; z++) {
    const [x0, x1, y0, y1] = [tileX(EXTENT.west, z), tileX(EXTENT.east, z), tileY(EXTENT.north, z), tileY(EXTENT.south, z)];
    const all = [];
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) all.push({ z, x, y });
    const step = Math.max(1, Math.floor(all.length / 12));
    for (let i = 0; i < all.length && out.filter((t) => t.z === z).length < 12; i += step) out.push(all[i]);
  }
  return out;
}

const SQL = (t) => `SELECT length(ST_AsMVT(q, 'parishes', 4096, 'geom')) FROM (SELECT a.code, a.name, a.municipality_code AS "municipalityCode",
  ST_AsMVTGeom(ST_Transform(ST_Simplify(a.geom, ${4 * 40075016.686 / 2 ** t.z / 4096 * 0.56}, true), 3857), ST_TileEnvelope(${t.z}, ${t.x}, ${t.y}), 4096, 64, true) AS geom
  FROM areas a WHERE a.level = 'parish' AND a.geom && ST_Transform(ST_TileEnvelope(${t.z}, ${t.x}, ${t.y}, margin => 0.015625), 25832)) q WHERE q.geom IS NOT NULL;`;

function pct(values, p) {
  const v = [...values].sort((a, b) => a - b);
  return v[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)];
}
const fmt = (v) => v.toFixed(1);

async function api(t) {
  const start = performance.now();
  const r = await fetch(`${base}/tiles/parishes/${t.z}/${t.x}/${t.y}.mvt`);
  const bytes = (await r.arrayBuffer()).byteLength;
  return { ms: performance.now() - start, bytes };
}

function raw(list, repeats) {
  // One psql session: each tile once (cold), then `repeats` more times; \timing reports server round trip.
  const script = ['\\timing on', ...list.map(SQL), ...Array.from({ length: repeats }, () => list.map(SQL)).flat()].join('\n');
  const out = spawnSync('psql', [conn, '-qAt', '-v', 'ON_ERROR_STOP=1'], { input: script, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (out.status !== 0) throw new Error(out.stderr);
  const times = [...out.stdout.matchAll(/Time: ([\d.]+) ms/g)].map((m) => Number(m[1]));
  return { cold: times.slice(0, list.length), warm: times.slice(list.length) };
}

const list = tiles();
const REPEATS = 5;
const rawTimes = raw(list, REPEATS);
const cold = [];
const warm = [];
for (const t of list) cold.push((await api(t)).ms);
for (let r = 0; r < REPEATS; r++) for (const t of list) warm.push((await api(t)).ms);
const rawAgain = raw(list, REPEATS); // after the API pass too, so both sides see the same machine load

console.log(`tiles: ${list.length} (zoom 7–12, ≤12 per zoom), repeats ${REPEATS}`);
console.log('| measure | p50 ms | p95 ms | max ms |');
console.log('|---|---|---|---|');
const row = (name, v) => console.log(`| ${name} | ${fmt(pct(v, 50))} | ${fmt(pct(v, 95))} | ${fmt(Math.max(...v))} |`);
row('raw ST_AsMVT in psql, first run of each tile', rawTimes.cold);
row('raw ST_AsMVT in psql, repeats (before and after API pass)', [...rawTimes.warm, ...rawAgain.warm]);
row('API /tiles, first request of each tile (cache empty)', cold);
row('API /tiles, repeats (tile cache)', warm);
for (let z = 7; z <= 12; z++) {
  const idx = list.map((t, i) => (t.z === z ? i : -1)).filter((i) => i >= 0);
  const rz = idx.map((i) => rawTimes.cold[i]);
  const cz = idx.map((i) => cold[i]);
  console.log(`| z${z}: raw first / API first, p50 | ${fmt(pct(rz, 50))} / ${fmt(pct(cz, 50))} | p95 ${fmt(pct(rz, 95))} / ${fmt(pct(cz, 95))} | |`);
}
console.log(`API first-request p95 / raw first-run p95 = ${(pct(cold, 95) / pct(rawTimes.cold, 95)).toFixed(2)}×`);

// First map render: navigation start → first parish tiles drawn, fresh browser context (empty HTTP cache) each time.
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const renders = [];
for (let i = 0; i < 6; i++) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  renders.push(await page.evaluate(() => window.kortlaegning.firstRender));
  await context.close();
}
await browser.close();
console.log(`first map render (ms, 6 fresh contexts; the first also builds the z7 tiles on the server): ${renders.map((v) => Math.round(v)).join(', ')}; median ${Math.round(pct(renders, 50))}`);
