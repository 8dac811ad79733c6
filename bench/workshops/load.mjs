// Workshop load test (issue 8): N participants each post an item every INTERVAL seconds while M screens stream the
// live feed, for DURATION seconds, over loopback. Reports write latency (p50/p95/p99/max), deliveries per screen,
// and accepted items against the count in the database: nothing lost, nothing duplicated.
// Bounded: stops by itself after DURATION (+ up to 20 s to drain). Usage (with the service running):
//   KORTLAEGNING_URL=http://127.0.0.1:8099 node bench/workshops/load.mjs
//   or bench/workshops/serve.sh node bench/workshops/load.mjs
// Env: PARTICIPANTS (200), SCREENS (10), DURATION (120 s), INTERVAL (10 s).
import { performance } from 'node:perf_hooks';

const BASE = process.env.KORTLAEGNING_URL ?? 'http://127.0.0.1:8099';
if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(BASE)) throw new Error('Loopback only: KORTLAEGNING_URL must be http://127.0.0.1:<port>.');
const PARTICIPANTS = Math.min(1000, Number(process.env.PARTICIPANTS ?? 200));
const SCREENS = Math.min(50, Number(process.env.SCREENS ?? 10));
const DURATION = Math.min(600, Number(process.env.DURATION ?? 120)) * 1000;
const INTERVAL = Math.max(1, Number(process.env.INTERVAL ?? 10)) * 1000;
const RING = [[8.44, 55.46], [8.47, 55.46], [8.47, 55.48], [8.44, 55.48], [8.44, 55.46]]; // Esbjerg centre

async function json(method, path, body, headers = {}) {
  const res = await fetch(BASE + path, { method, headers: { 'Content-Type': 'application/json', ...headers }, body: body && JSON.stringify(body) });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return JSON.parse(text);
}

function screen(id) {
  const s = { ids: new Map(), duplicates: 0, events: 0, abort: new AbortController(), reconnects: 0 };
  s.done = (async () => {
    let last = null;
    while (!s.abort.signal.aborted) {
      try {
        const headers = last ? { 'Last-Event-ID': last } : {};
        const res = await fetch(`${BASE}/api/workshops/${id}/events`, { headers, signal: s.abort.signal });
        const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
        let buf = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buf += value;
          let cut;
          while ((cut = buf.indexOf('\n\n')) >= 0) {
            const block = buf.slice(0, cut);
            buf = buf.slice(cut + 2);
            const ev = /^event: (.*)$/m.exec(block)?.[1];
            const eid = /^id: (.*)$/m.exec(block)?.[1];
            if (eid) last = eid;
            if (ev !== 'annotation') continue;
            s.events++;
            const aid = JSON.parse(/^data: (.*)$/m.exec(block)[1]).id;
            if (s.ids.has(aid)) s.duplicates++;
            s.ids.set(aid, performance.now());
          }
        }
      } catch (e) {
        if (s.abort.signal.aborted) return;
      }
      s.reconnects++;
      await new Promise(r => setTimeout(r, 500));
    }
  })();
  return s;
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main() {
  const w = await json('POST', '/api/workshops', { title: 'Belastningstest', municipality: '0561', date: '2026-03-14', status: 'open', focus: { polygon: { type: 'Polygon', coordinates: [RING] } } });
  const tokens = [];
  for (let i = 0; i < PARTICIPANTS; i += 20) {
    const batch = await Promise.all(Array.from({ length: Math.min(20, PARTICIPANTS - i) }, (_, k) => json('POST', '/api/workshops/join', { code: w.joinCode, nickname: `p${i + k}` })));
    tokens.push(...batch.map(j => j.token));
  }
  const screens = Array.from({ length: SCREENS }, () => screen(w.id));
  await new Promise(r => setTimeout(r, 1000)); // let the screens connect

  const latencies = [];
  const accepted = new Map(); // id -> time accepted
  const rejected = {};
  const start = performance.now();
  const participant = async (token, n) => {
    await new Promise(r => setTimeout(r, Math.random() * INTERVAL));
    for (let next = performance.now(); next - start < DURATION; next += INTERVAL) {
      const lon = 8.4405 + Math.random() * 0.029, lat = 55.4605 + Math.random() * 0.019;
      const t0 = performance.now();
      try {
        const res = await fetch(`${BASE}/api/workshops/${w.id}/annotations`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Participant-Token': token },
          body: JSON.stringify({ category: ['resource', 'barrier', 'idea', 'meeting_place'][n % 4], text: `Bidrag fra p${n}`, geometry: { type: 'Point', coordinates: [lon, lat] } }),
        });
        const body = await res.text();
        latencies.push(performance.now() - t0);
        if (res.status === 201) accepted.set(JSON.parse(body).id, performance.now());
        else rejected[res.status] = (rejected[res.status] || 0) + 1;
      } catch (e) {
        rejected[e.message] = (rejected[e.message] || 0) + 1;
      }
      const wait = next + INTERVAL - performance.now();
      if (wait > 0) await new Promise(r => setTimeout(r, wait));
    }
  };
  await Promise.all(tokens.map((t, i) => participant(t, i)));
  const elapsed = performance.now() - start;

  // Drain: wait until every screen has every accepted item (at most 20 s).
  const drainStart = performance.now();
  while (performance.now() - drainStart < 20_000 && screens.some(s => [...accepted.keys()].some(id => !s.ids.has(id)))) {
    await new Promise(r => setTimeout(r, 200));
  }
  for (const s of screens) s.abort.abort();
  const counts = await json('GET', `/api/workshops/${w.id}/counts`);
  const exported = await json('GET', `/api/workshops/${w.id}/export.geojson?include=all`, undefined, { 'X-Facilitator-Key': w.facilitatorKey });
  const dbIds = exported.features.map(f => f.id);
  const dbSet = new Set(dbIds);

  const sorted = latencies.slice().sort((a, b) => a - b);
  const delivery = screens.map(s => {
    const missing = [...accepted.keys()].filter(id => !s.ids.has(id)).length;
    const lags = [...accepted].filter(([id]) => s.ids.has(id)).map(([id, t]) => s.ids.get(id) - t);
    return { received: s.ids.size, missing, duplicates: s.duplicates, reconnects: s.reconnects, maxLagMs: Math.round(Math.max(0, ...lags)) };
  });
  const result = {
    participants: PARTICIPANTS, screens: SCREENS, durationS: Math.round(elapsed / 1000), intervalS: INTERVAL / 1000,
    writes: latencies.length, accepted: accepted.size, rejected,
    latencyMs: { p50: +pct(sorted, 50).toFixed(1), p95: +pct(sorted, 95).toFixed(1), p99: +pct(sorted, 99).toFixed(1), max: +sorted.at(-1).toFixed(1) },
    writesPerSecond: +(latencies.length / (elapsed / 1000)).toFixed(1),
    dbCount: dbIds.length, dbPublishedCount: counts.total,
    dbEqualsAccepted: dbIds.length === accepted.size && [...accepted.keys()].every(id => dbSet.has(id)),
    everyScreenGotEverything: delivery.every(d => d.missing === 0 && d.duplicates === 0 && d.received === accepted.size),
    delivery,
  };
  console.log(JSON.stringify(result, null, 2));
  if (!result.dbEqualsAccepted || !result.everyScreenGotEverything) process.exitCode = 1;
}

await main();
