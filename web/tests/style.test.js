import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { quantileBreaks, equalIntervalBreaks, classify, palette, fillFor, legendRows, NO_DATA, SUPPRESSED, comparisonColour, PALETTES } from '../public/js/style.js';

describe('#quantileBreaks', () => {
  it('splits ten values into five classes of two', () => {
    assert.deepEqual(quantileBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5), [2, 4, 6, 8]);
  });
  it('ignores missing and non-numeric values', () => {
    assert.deepEqual(quantileBreaks([null, 4, undefined, 1, NaN, 3, 2], 2), [2]);
  });
  it('merges repeated breaks when many values are equal', () => {
    assert.deepEqual(quantileBreaks([1, 1, 1, 1, 1, 1, 1, 1, 2, 3], 5), [1]);
  });
  it('returns no breaks for no values', () => {
    assert.deepEqual(quantileBreaks([], 5), []);
  });
});

describe('#equalIntervalBreaks', () => {
  it('divides the range evenly', () => {
    assert.deepEqual(equalIntervalBreaks([0, 100, 50], 4), [25, 50, 75]);
  });
  it('returns no breaks when all values are equal', () => {
    assert.deepEqual(equalIntervalBreaks([3, 3, 3], 5), []);
  });
});

describe('#classify', () => {
  it('puts a value equal to a break in the lower class', () => {
    assert.equal(classify(2, [2, 4]), 0);
    assert.equal(classify(2.1, [2, 4]), 1);
    assert.equal(classify(9, [2, 4]), 2);
  });
  it('returns -1 for a missing value', () => {
    assert.equal(classify(null, [2, 4]), -1);
  });
});

describe('#palette', () => {
  it('has one colour per class, from dark to light viridis', () => {
    assert.equal(palette(5).length, 5);
    assert.equal(palette(5)[0], '#440154');
    assert.equal(palette(9), PALETTES[7]);
  });
});

describe('#fillFor', () => {
  it('shows no data and suppressed values distinctly from any class colour', () => {
    assert.equal(fillFor(undefined, [1]), NO_DATA);
    assert.equal(fillFor({ value: null }, [1]), NO_DATA);
    assert.equal(fillFor({ value: 5, suppressed: true }, [1]), SUPPRESSED);
    const all = Object.values(PALETTES).flat();
    assert.ok(!all.includes(NO_DATA.fill) && !all.includes(SUPPRESSED.fill));
  });
  it('colours a value by its class', () => {
    assert.equal(fillFor({ value: 10 }, [2, 4]).fill, palette(3)[2]);
  });
});

describe('#legendRows', () => {
  it('runs from the minimum through the breaks to the maximum', () => {
    const rows = legendRows([1, 5, 9], [3, 6]);
    assert.deepEqual(rows.map((r) => [r.from, r.to]), [[1, 3], [3, 6], [6, 9]]);
  });
});

describe('#comparisonColour', () => {
  it('falls back to white for an unknown comparison', () => {
    assert.equal(comparisonColour('bogus'), '#ffffff');
    assert.notEqual(comparisonColour('better'), comparisonColour('worse'));
  });
});
