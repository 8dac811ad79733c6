import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { contentTypeFor, mappingParameter, areaFeature, unionBody } from '../public/js/ownAreaFiles.js';

describe('contentTypeFor', () => {
  it('names the reader of each file the import takes', () => {
    assert.equal(contentTypeFor('Afdelinger.GPKG'), 'application/geopackage+sqlite3');
    assert.equal(contentTypeFor('odder_afd.zip'), 'application/zip');
    assert.equal(contentTypeFor('afd.csv'), 'text/csv');
    assert.equal(contentTypeFor('lokalraad.geojson'), 'application/geo+json');
  });
  it('answers null for a file it cannot read', () => {
    assert.equal(contentTypeFor('afdelinger.xlsx'), null);
    assert.equal(contentTypeFor('no-extension'), null);
  });
});

describe('mappingParameter', () => {
  it('joins attribute:field pairs and skips empty fields', () => {
    assert.equal(mappingParameter({ homes: 'BOLIGER', organisation: 'ORG', residents: '' }), 'homes:BOLIGER,organisation:ORG');
    assert.equal(mappingParameter({}), '');
  });
});

describe('areaFeature', () => {
  const square = { type: 'Polygon', coordinates: [[[10, 56], [10.01, 56], [10.01, 56.01], [10, 56]]] };
  it('parses Danish numbers, yes/no and leaves out empty fields', () => {
    const f = areaFeature(square, { name: ' DOMI afd. 7 ', homes: '1.204', residents: '', board: 'ja', commonRoom: 'nej', organisation: 'DOMI', illustrative: true });
    assert.deepEqual(f.properties, { name: 'DOMI afd. 7', homes: 1204, board: true, commonRoom: false, organisation: 'DOMI', illustrative: true });
    assert.equal(f.geometry, square);
  });
});

describe('unionBody', () => {
  it('reads four-digit codes as parishes and the rest as departments', () => {
    const body = unionBody({ code: ' gylling ', name: 'Gylling lokalråd', members: '8098, 8097;afd-7  8099', municipality: '0727' });
    assert.deepEqual(body, {
      code: 'gylling', name: 'Gylling lokalråd', municipality: '0727',
      unionOf: [{ level: 'parish', code: '8098' }, { level: 'parish', code: '8097' }, { level: 'housing_department', code: 'afd-7' }, { level: 'parish', code: '8099' }],
    });
    assert.deepEqual(unionBody({ code: 'x', name: 'y', members: '' }).unionOf, []);
  });
});
