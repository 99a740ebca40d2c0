import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance, suggest } from '../../src/params/suggest';

describe('edit distance and did-you-mean', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('horizn', 'horizon')).toBe(1);
    expect(editDistance('tilte', 'title')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
  });
  it('suggests only the closest candidates, none when nothing is close', () => {
    expect(suggest('sop.target.shar', ['sop.target.share', 'sop.target.year', 'inflow.growth'])).toEqual(['sop.target.share']);
    expect(suggest('mod', ['min', 'mode', 'max'])).toEqual(['mode']);
    expect(suggest('zzzzzz', ['title', 'horizon'])).toEqual([]);
    expect(suggest('TITLE', ['title'])).toEqual(['title']);
  });
  it('formats the hint', () => {
    expect(didYouMean('tilte', ['title', 'horizon'])).toBe("did you mean 'title'?");
    expect(didYouMean('ab', ['ax', 'ay'])).toBe("did you mean 'ax' or 'ay'?");
    expect(didYouMean('qqqqqqq', ['title'])).toBeUndefined();
  });
});
