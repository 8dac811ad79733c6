// Every script the pages load parses (node --check): a syntax error in one ES module stops the whole map from starting,
// and the other unit tests import only the pure modules.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = ['public/js', 'workshop/js'].map((d) => new URL(`../${d}/`, import.meta.url).pathname);
const scripts = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? scripts(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : []));

describe('the page scripts', () => {
  it('all parse', () => {
    const files = ROOTS.flatMap(scripts);
    assert.ok(files.length > 20, `only ${files.length} scripts found`);
    const broken = files.filter((f) => {
      try { execFileSync(process.execPath, ['--check', f], { stdio: 'pipe' }); return false; } catch { return true; }
    });
    assert.deepEqual(broken, []);
  });
});
