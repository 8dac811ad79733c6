// OGC API – Features read by a real client: GDAL's ogrinfo (Debian gdal-bin, which `make test` installs), against the
// running service, as an analyst's QGIS would read it. Fails, never skips, without the service or without ogrinfo.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const base = process.env.KORTLAEGNING_URL;

function ogrinfo(...args) {
  assert.ok(base, 'KORTLAEGNING_URL must point at the running service (scripts/browser-tests.sh sets it)');
  return execFileSync('ogrinfo', ['-ro', ...args], { encoding: 'utf8', timeout: 60_000 });
}

describe('OGC API – Features through ogrinfo', () => {
  it('lists one layer per loaded area level', () => {
    const out = ogrinfo('-so', `OAPIF:${base}/ogc`);
    for (const layer of ['region', 'municipality', 'parish', 'postcode']) assert.match(out, new RegExp(`\\d+: ${layer} \\(`));
  });

  it('counts all 2,148 parishes and gives their extent in lon/lat', () => {
    const out = ogrinfo('-so', `OAPIF:${base}/ogc`, 'parish');
    assert.match(out, /Feature Count: 2148/);
    const [, minLon, minLat, maxLon, maxLat] = out.match(/Extent: \(([\d.]+), ([\d.]+)\) - \(([\d.]+), ([\d.]+)\)/).map(Number);
    assert.ok(minLon > 7.5 && maxLon < 15.7 && minLat > 54.4 && maxLat < 58, out);
  });

  it('pages through a level and finds Odder by attribute', () => {
    const out = ogrinfo(`OAPIF:${base}/ogc`, 'municipality', '-where', "code='0727'");
    assert.match(out, /name \(String\) = Odder/);
    assert.match(out, /MULTIPOLYGON/);
  });

  it('copies every area collection and an indicator collection into a GeoPackage with ogr2ogr, nothing lost', async () => {
    const collections = (await (await fetch(`${base}/ogc/collections`)).json()).collections.map(c => c.id);
    const indicator = collections.find(id => id.startsWith('indicator:') && id.endsWith(':municipality'));
    assert.ok(indicator, `an indicator collection at municipality level, in ${collections.join(', ')}`);
    const layers = ['region', 'municipality', 'parish', 'postcode', indicator];
    const dir = mkdtempSync(join(tmpdir(), 'kortlaegning-ogr-'));
    try {
      const gpkg = join(dir, 'all.gpkg');
      execFileSync('ogr2ogr', ['-f', 'GPKG', gpkg, `OAPIF:${base}/ogc`, ...layers, '-oo', 'PAGE_SIZE=1000', '-nlt', 'MULTIPOLYGON'],
        { encoding: 'utf8', timeout: 120_000 });
      for (const layer of layers) {
        const expected = (await (await fetch(`${base}/ogc/collections/${encodeURIComponent(layer)}/items?limit=1`)).json()).numberMatched;
        assert.ok(expected > 0, `${layer} has features`);
        const out = execFileSync('ogrinfo', ['-ro', '-so', gpkg, layer], { encoding: 'utf8', timeout: 60_000 });
        assert.match(out, new RegExp(`Feature Count: ${expected}\\b`), `${layer}: ${out}`);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('vector tiles through GDAL\'s MVT driver', () => {
  // GDAL opens MVT:<url>/<z> by reading <url>/metadata.json or, failing that, <url>.json — the layer's TileJSON — for
  // the bounds and layers, then fetches the tiles of that zoom inside the bounds. Without the TileJSON it finds none.
  it('reads the municipalities through their TileJSON and finds Odder at zoom 7', () => {
    const out = ogrinfo('-oo', 'TILE_EXTENSION=mvt', `MVT:${base}/tiles/municipalities/7`, 'municipalities', '-where', "code='0727'");
    assert.match(out, /name \(String\) = Odder/);
    assert.match(out, /POLYGON/);
  });
});

