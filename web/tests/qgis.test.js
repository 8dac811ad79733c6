// Headless QGIS (Debian's qgis 3.22 + python3-qgis, installed by scripts/deps.sh) opening the running service as an
// analyst would: the OGC API – Features layer of municipalities in EPSG:25832 and the parish vector tiles from TileJSON
// (scripts/qgis-check.py, QT_QPA_PLATFORM=offscreen). Fails, never skips, without the service or QGIS.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const base = process.env.KORTLAEGNING_URL;
const script = fileURLToPath(new URL('../../scripts/qgis-check.py', import.meta.url));
let seen;

describe('QGIS 3.22, headless', () => {
  before(() => {
    assert.ok(base, 'KORTLAEGNING_URL must point at the running service (scripts/browser-tests.sh sets it)');
    // Debian's interpreter: the qgis module is in its dist-packages, not in a pyenv or venv python.
    const r = spawnSync('/usr/bin/python3', [script, base], {
      encoding: 'utf8', timeout: 300_000, env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' },
    });
    const line = (r.stdout || '').trim().split('\n').pop();
    assert.ok(line && line.startsWith('{'), `qgis-check.py printed no result (exit ${r.status}): ${r.stderr}`);
    seen = JSON.parse(line);
  });

  it('loads the OAPIF layer in EPSG:25832 with every municipality', () => {
    assert.equal(seen.oapif_valid, true, JSON.stringify(seen));
    // QGIS 3.22's OAPIF provider reads CRS84 (it sends no crs=, Part 2 came to QGIS later) and reprojects.
    assert.equal(seen.oapif_crs, 'EPSG:4326');
    assert.equal(seen.oapif_count, 99);
    assert.ok(seen.oapif_min_x > 400_000 && seen.oapif_min_x < 480_000, `x ${seen.oapif_min_x} is not Denmark's west coast in UTM 32N`);
    assert.ok(seen.oapif_max_y > 6_380_000 && seen.oapif_max_y < 6_420_000, `y ${seen.oapif_max_y} is not Skagen in UTM 32N`);
    assert.equal(seen.oapif_odense, 'Odense');
  });

  it('loads the vector tiles from TileJSON and draws Funen', () => {
    assert.equal(seen.tiles_valid, true, JSON.stringify(seen));
    assert.ok(seen.tiles_rendered_share > 0.3, `only ${seen.tiles_rendered_share} of the Funen view was drawn`);
    assert.equal(seen.tile_valid, true);
    assert.ok(seen.tile_features > 50, `tile 6/33/19 has ${seen.tile_features} parishes`);
    assert.ok(seen.tile_fields.includes('code'));
  });
});
