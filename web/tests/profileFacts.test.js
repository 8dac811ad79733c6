// The department profile's facts and the applications' quoted facts, rendered without a browser.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { factsHtml, curatedHtml } from '../public/js/panels/profile.js';
import { setLang } from '../public/js/i18n.js';

describe('factsHtml', () => {
  it('labels estimated residents and withholds few', () => {
    setLang('da');
    const estimated = factsHtml({ organisation: 'DOMI Bolig', homes: 108, residents: 150, residentsEstimated: true, residentsWithheld: false, board: true }, { name: 'Odder' });
    assert.match(estimated, /skønnet ud fra 1 km-nettet/);
    assert.match(estimated, /Afdelingsbestyrelse<\/dt><dd>ja/);
    assert.match(estimated, /i Odder sogn/);
    const few = factsHtml({ residents: null, residentsWithheld: true });
    assert.match(few, /skjult \(små tal\)/);
    assert.doesNotMatch(few, /Beboere<\/dt><dd>\d/);
    assert.equal(factsHtml(undefined), '');
  });
});

describe('curatedHtml', () => {
  it('shows the national social-housing reference and hides withheld values', () => {
    setLang('en');
    const html = curatedHtml([
      { subject: 'DOMI Bolig', fact: 'residents aged 65+', value: '31.3', unit: 'percent', scope: 'organisation', withheld: false, reference: { value: 20.6, subject: 'national social housing', compared: 'higher' } },
      { subject: 'Afd. X', fact: 'residents', value: null, unit: 'count', scope: 'department', withheld: true, reference: null },
    ]);
    assert.match(html, /31\.3 %.*against 20\.6 % in national social housing · Higher/);
    assert.match(html, /withheld \(small numbers\)/);
    assert.equal(curatedHtml([]), '');
  });
});
