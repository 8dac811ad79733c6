// The OpenAPI document the running service serves (/openapi/v1.json), linted as a new user's tools would: Redocly's
// `recommended` rules and Spectral's `spectral:oas` (both from npm, web/package.json devDependencies). Fails on any
// error; warnings are printed. Fails, never skips, without the service (scripts/browser-tests.sh sets KORTLAEGNING_URL).
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const base = process.env.KORTLAEGNING_URL;
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
let doc;
let dir;

function run(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 180_000, maxBuffer: 64 * 1024 * 1024 });
  assert.ok(r.stdout, `${cmd} printed nothing: ${r.stderr}`);
  return r.stdout;
}

describe('OpenAPI document', () => {
  before(async () => {
    assert.ok(base, 'KORTLAEGNING_URL must point at the running service (scripts/browser-tests.sh sets it)');
    const res = await fetch(`${base}/openapi/v1.json`);
    assert.equal(res.status, 200);
    dir = mkdtempSync(join(tmpdir(), 'openapi-lint-'));
    doc = join(dir, 'openapi.json');
    writeFileSync(doc, await res.text());
    writeFileSync(join(dir, '.spectral.yaml'), 'extends: ["spectral:oas"]\n');
  });

  it('has no errors under Redocly recommended', () => {
    const out = JSON.parse(run(bin('redocly'), ['lint', doc, '--format=json', '--max-problems', '1000']));
    const errors = out.problems.filter((p) => p.severity === 'error');
    const warnings = out.problems.filter((p) => p.severity !== 'error');
    if (warnings.length) console.log(`redocly: ${warnings.length} warnings (${[...new Set(warnings.map((w) => w.ruleId))].join(', ')})`);
    assert.deepEqual(errors.map((e) => `${e.ruleId} ${e.location?.[0]?.pointer}: ${e.message}`), []);
  });

  it('has no errors under spectral:oas', () => {
    const out = JSON.parse(run(bin('spectral'), ['lint', doc, '--ruleset', join(dir, '.spectral.yaml'), '-f', 'json', '--quiet', '--fail-severity', 'error']) || '[]');
    const errors = out.filter((p) => p.severity === 0);
    assert.deepEqual(errors.map((e) => `${e.code} ${e.path.join('.')}: ${e.message}`), []);
  });

  it('types paging as integers and the bbox as four numbers, and declares GeoJSON, CSV and MVT', async () => {
    const spec = JSON.parse(await (await fetch(`${base}/openapi/v1.json`)).text());
    const items = spec.paths['/ogc/collections/{id}/items'].get;
    const param = (n) => items.parameters.find((p) => p.name === n);
    assert.equal(param('limit').schema.type, 'integer');
    assert.equal(param('offset').schema.type, 'integer');
    assert.equal(param('bbox').schema.items.type, 'number');
    assert.ok(items.parameters.every((p) => p.description), 'every parameter is described');
    assert.ok(items.responses['200'].content['application/geo+json'].schema);
    const values = spec.paths['/api/indicators/{code}/values'].get.responses['200'].content;
    assert.ok(values['text/csv'] && values['application/geo+json']);
    assert.ok(spec.paths['/tiles/{layer}/{z}/{x}/{y}.mvt'].get.responses['200'].content['application/vnd.mapbox-vector-tile'].schema);
  });
});
