// Data never runs (issue 18): a lint-like scan of the map and workshop scripts, and CSV cells that cannot become formulas.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toCsv } from '../public/js/csv.js';

const web = fileURLToPath(new URL('..', import.meta.url));
const roots = ['public/js', 'workshop'].map((d) => join(web, d));

function scripts(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'vendor' || name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return scripts(path);
    return path.endsWith('.js') ? [path] : [];
  });
}

/** The text of the first argument of the call whose '(' is at index open. */
function firstArgument(src, open) {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) { depth--; if (depth === 0) return src.slice(open + 1, i); }
    else if (c === ',' && depth === 1) return src.slice(open + 1, i);
  }
  return src.slice(open + 1);
}

/** Interpolations ${…} (one level of braces inside) of every template literal in the source. */
function interpolations(src) {
  return [...src.matchAll(/\$\{((?:[^{}]|\{[^{}]*\})*)\}/g)].map((m) => ({ expr: m[1].trim(), at: m.index }));
}

const lineOf = (src, at) => src.slice(0, at).split('\n').length;
const files = roots.flatMap(scripts);

describe('#data never runs as HTML', () => {
  it('finds the scripts', () => assert.ok(files.length > 10, `only ${files.length} scripts found`));

  it('passes Leaflet tooltips and popups a DOM node or a function, never a string', () => {
    const bad = [];
    for (const file of files) {
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/\.(bindTooltip|bindPopup|setTooltipContent|setPopupContent)\s*\(/g)) {
        const arg = firstArgument(src, m.index + m[0].length - 1).trim();
        const ok = /^(el|text|document\.createElement)\(/.test(arg) || /^\(?[\w\s,]*\)?\s*=>/.test(arg) || /^[A-Za-z_$][\w$]*$/.test(arg);
        if (!ok) bad.push(`${relative(web, file)}:${lineOf(src, m.index)} ${m[1]}(${arg})`);
      }
    }
    assert.deepEqual(bad, []);
  });

  it('escapes names, titles, labels, messages and codes interpolated into HTML templates', () => {
    const bad = [];
    const data = /(\.(name|title|text|label|message|nickname|attribution|licence|code|municipalityName)\b|^code$|^name$|^label$)/;
    for (const file of files) {
      const src = readFileSync(file, 'utf8');
      if (!/innerHTML|insertAdjacentHTML/.test(src)) continue;
      const lines = src.split('\n');
      for (const { expr, at } of interpolations(src)) {
        if (!/<\/?[a-z]/i.test(lines[lineOf(src, at) - 1])) continue; // not on a line of HTML markup
        if (/^(esc|spine|sparkline|bars)\(/.test(expr) || /\?\s*'[^']*'\s*:\s*'[^']*'$/.test(expr) || !data.test(expr.replace(/esc\((?:[^()]|\([^()]*\))*\)/g, ''))) continue;
        bad.push(`${relative(web, file)}:${lineOf(src, at)} \${${expr}}`);
      }
    }
    assert.deepEqual(bad, []);
  });
});

describe('#toCsv formula cells', () => {
  for (const start of ['=', '+', '-', '@', '\t', '\r']) {
    it(`neutralises a text cell starting with ${JSON.stringify(start)}`, () => {
      const line = toCsv([{ a: `${start}cmd|' /C calc'!A0` }], [{ key: 'a', label: 'a' }], 'en').split('\r\n')[1];
      assert.ok(line.startsWith("'") || line.startsWith("\"'"), line);
    });
  }
  it('leaves numbers, also negative ones, as numbers', () => {
    assert.equal(toCsv([{ a: -1.5 }], [{ key: 'a', label: 'a' }], 'en').split('\r\n')[1], '-1.5');
    assert.equal(toCsv([{ a: -1.5 }], [{ key: 'a', label: 'a' }], 'da').split('\r\n')[1], '-1,5');
  });
  it('neutralises a formula in a header label', () => {
    assert.equal(toCsv([], [{ key: 'a', label: '=x' }], 'en').split('\r\n')[0], "'=x");
  });
});
