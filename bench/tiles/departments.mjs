// Department tile benchmark (issue 14): /tiles/housing_departments against /tiles/parishes for the same tiles, over the
// extent of the imported departments (bench/areas-import's 2,000 ILLUSTRATIVE squares in Odder), zoom 9–14, at most 12
// tiles per zoom; each tile once (cold: first request, nothing cached) and then 5 repeats (tile cache).
// Usage: node bench/tiles/departments.mjs <service url> <west,south,east,north>   (departments.sh starts the service)
const [base, bboxText] = process.argv.slice(2);
const [west, south, east, north] = bboxText.split(',').map(Number);
const tileX = (lon, z) => Math.floor(((lon + 180) / 360) * 2 ** z);
const tileY = (lat, z) => Math.floor(((1 - Math.asinh(Math.tan((lat * Math.PI) / 180)) / Math.PI) / 2) * 2 ** z);
function tiles() {
  const out = [];
  for (let z = 9; z <= 14; z++) {
    const all = [];
    for (let x = tileX(west, z); x <= tileX(east, z); x++) for (let y = tileY(north, z); y <= tileY(south, z); y++) all.push({ z, x, y });
    const step = Math.max(1, Math.floor(all.length / 12));
    for (let i = 0, n = 0; i < all.length && n < 12; i += step, n++) out.push(all[i]);
  }
  return out;
}
const pct = (values, p) => { const v = [...values].sort((a, b) => a - b); return v[Math.min(v.length - 1, Math.ceil((p / 100) * v.length) - 1)]; };
async function fetchTile(layer, t) {
  const start = performance.now();
  const r = await fetch(`${base}/tiles/${layer}/${t.z}/${t.x}/${t.y}.mvt`);
  const bytes = (await r.arrayBuffer()).byteLength;
  if (!r.ok && r.status !== 204) throw new Error(`${layer} ${t.z}/${t.x}/${t.y}: ${r.status}`);
  return { ms: performance.now() - start, bytes };
}
const list = tiles();
for (const layer of ['housing_departments', 'parishes']) {
  const cold = [], warm = [];
  let bytes = 0;
  for (const t of list) { const r = await fetchTile(layer, t); cold.push(r.ms); bytes += r.bytes; }
  for (let i = 0; i < 5; i++) for (const t of list) warm.push((await fetchTile(layer, t)).ms);
  console.log(`${layer.padEnd(20)} ${list.length} tiles z9–14, ${(bytes / 1024).toFixed(0)} KB | first request p50 ${pct(cold, 50).toFixed(1)} p95 ${pct(cold, 95).toFixed(1)} max ${Math.max(...cold).toFixed(1)} ms | repeats p50 ${pct(warm, 50).toFixed(1)} p95 ${pct(warm, 95).toFixed(1)} max ${Math.max(...warm).toFixed(1)} ms`);
}
