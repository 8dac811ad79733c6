// Mixed read load at fixed arrival rates (issue 18): tiles z7–z10, area lists and single areas, indicator values,
// OGC items and rankings, open loop (requests are sent on a schedule, not after the previous answer, and latency is
// measured from the scheduled time, so a stalled server cannot hide its queue: no coordinated omission).
// Usage: node bench/mixed/load.mjs <base url>[,<base url>…] [rates, default 200,400,600,800,1000,1250,1500] [seconds per rate, default 10]
// Several base URLs = replicas; requests go round-robin, as a reverse proxy without stickiness would send them.
import http from 'node:http';

const bases = process.argv[2].split(',');
const rates = (process.argv[3] ?? '200,400,600,800,1000,1250,1500').split(',').map(Number);
const seconds = Number(process.argv[4] ?? 10);
const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });

// Denmark's extent; every tile of parishes and municipalities at zoom 7–10 that touches it.
const EXTENT = { west: 8.0, south: 54.55, east: 12.7, north: 57.75 };
const tx = (lon, z) => Math.floor(((lon + 180) / 360) * 2 ** z);
const ty = (lat, z) => Math.floor(((1 - Math.asinh(Math.tan((lat * Math.PI) / 180)) / Math.PI) / 2) * 2 ** z);
const tiles = [];
for (let z = 7; z <= 10; z++)
  for (let x = tx(EXTENT.west, z); x <= tx(EXTENT.east, z); x++)
    for (let y = ty(EXTENT.north, z); y <= ty(EXTENT.south, z); y++)
      for (const layer of ['parishes', 'municipalities']) tiles.push(`/tiles/${layer}/${z}/${x}/${y}.mvt`);

function request(base, method, path, body) {
  return new Promise((resolve) => {
    const url = new URL(path, base);
    const data = body ? JSON.stringify(body) : null;
    const req = http.request(url, { method, agent, headers: data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {} }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks) }));
    });
    req.on('error', (e) => resolve({ status: 0, error: e.message }));
    req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
    if (data) req.write(data);
    req.end();
  });
}

// Codes from the service itself, so the mix is the same on any loaded database.
const json = async (path) => JSON.parse((await request(bases[0], 'GET', path)).body);
const parishes = (await json('/api/areas?level=parish&geometry=false')).features?.map((f) => f.properties.code)
  ?? (await json('/api/areas?level=parish')).features.map((f) => f.properties.code);
const municipalities = (await json('/api/areas?level=municipality&simplify=500')).features.map((f) => f.properties.code);
const pick = (a) => a[Math.floor(Math.random() * a.length)];
const indicators = ['grid.population', 'grid.density', 'dst.share_65plus', 'sp.daily_smokers', 'dst.premature_mortality'];
// Values at parish level only for the indicators published there (the grid-based ones).
const parishIndicators = ['grid.population', 'grid.density'];

// Weights: what a map session asks for — mostly tiles, then lists, single areas, values, OGC pages and a ranking now and then.
const mix = [
  [50, 'tile', () => ['GET', pick(tiles)]],
  [8, 'area list', () => ['GET', pick(['/api/areas?level=municipality&simplify=500', '/api/areas?level=region&simplify=1000', `/api/areas?level=parish&municipality=${pick(municipalities)}&simplify=50`])]],
  [12, 'single area', () => ['GET', `/api/areas/parish/${pick(parishes)}`]],
  [12, 'indicator values', () => (Math.random() < 0.5 ? ['GET', `/api/indicators/${pick(indicators)}/values?level=municipality`] : ['GET', `/api/indicators/${pick(parishIndicators)}/values?level=parish`])],
  [12, 'OGC items', () => ['GET', `/ogc/collections/${pick(['parish', 'municipality'])}/items?limit=10&offset=${Math.floor(Math.random() * 90)}`]],
  [6, 'ranking', () => ['POST', '/api/rankings', { level: 'municipality', indicators: [{ code: pick(indicators.filter((c) => c !== 'grid.density')), weight: 1 }, { code: 'grid.density', weight: 1 }] }]],
];
const total = mix.reduce((s, m) => s + m[0], 0);
function next() {
  let r = Math.random() * total;
  for (const m of mix) if ((r -= m[0]) < 0) return m;
  return mix[0];
}

// Warm-up: every kind once on every replica (and an error in the mix shows here, not as a mystery in the curve).
for (const base of bases) {
  for (const [, kind, make] of mix) {
    const [method, path, body] = make();
    const r = await request(base, method, path, body);
    if (r.status !== 200) { console.error(`warm-up ${kind} ${path}: ${r.status} ${r.error ?? r.body.toString().slice(0, 200)}`); process.exit(1); }
  }
}

const pct = (v, p) => v[Math.min(v.length - 1, Math.max(0, Math.ceil((p / 100) * v.length) - 1))];
console.log(`replicas: ${bases.length} (${bases.join(', ')}), ${seconds} s per rate, ${tiles.length} distinct tiles`);
console.log('| rate /s | sent | achieved /s | p50 ms | p99 ms | max ms | errors | slowest kind (p99 ms) |');
console.log('|---|---|---|---|---|---|---|---|');
const results = [];
for (const rate of rates) {
  const n = rate * seconds, start = performance.now(), pending = [], byKind = {};
  let errors = 0, i = 0, rr = 0;
  await new Promise((done) => {
    const tick = () => {
      const due = Math.min(n, Math.floor(((performance.now() - start) / 1000) * rate));
      for (; i < due; i++) {
        const scheduled = start + (i / rate) * 1000;
        const [, kind, make] = next();
        const [method, path, body] = make();
        pending.push(request(bases[rr++ % bases.length], method, path, body).then((r) => {
          const ms = performance.now() - scheduled;
          if (r.status !== 200) errors++;
          (byKind[kind] ??= []).push(ms);
          return ms;
        }));
      }
      if (i < n) setTimeout(tick, 2); else done();
    };
    tick();
  });
  const lat = (await Promise.all(pending)).sort((a, b) => a - b);
  const elapsed = (performance.now() - start) / 1000;
  const kinds = Object.entries(byKind).map(([k, v]) => [k, pct(v.sort((a, b) => a - b), 99)]).sort((a, b) => b[1] - a[1]);
  const row = { rate, sent: n, achieved: n / elapsed, p50: pct(lat, 50), p99: pct(lat, 99), max: lat[lat.length - 1], errors };
  results.push(row);
  console.log(`| ${rate} | ${n} | ${row.achieved.toFixed(0)} | ${row.p50.toFixed(1)} | ${row.p99.toFixed(1)} | ${row.max.toFixed(0)} | ${errors} | ${kinds[0][0]} (${kinds[0][1].toFixed(0)}) |`);
  await new Promise((r) => setTimeout(r, 2000)); // let queues drain between rates
}
agent.destroy();
