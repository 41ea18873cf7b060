// The benchmark's faithfulness check (scripts/bench/faithfulness.mjs): which summary sentences lean
// on a sentence the summary left out.
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript benchmark module, no types
import { danglingSentences } from '../../scripts/bench/faithfulness.mjs';

const article = [
  'The mayor of Springfield resigned on Monday after a week of protests.',
  'She said the city deserved better. But her deputy refused to take over.',
  'The council will meet on Friday to choose a successor.',
];

describe('dangling summary sentences', () => {
  it('counts a pronoun or connective opener whose sentence before it is not in the summary', () => {
    expect(danglingSentences(['The mayor of Springfield resigned on Monday after a week of protests.', 'But her deputy refused to take over.'], article)).toMatchObject({ dangling: 1 });
  });

  it('accepts an opener that follows its antecedent in the summary, across paragraphs too', () => {
    const summary = ['The mayor of Springfield resigned on Monday after a week of protests.', 'She said the city deserved better.', 'But her deputy refused to take over.'];
    expect(danglingSentences(summary, article)).toMatchObject({ dangling: 0, sentences: 3 });
  });

  it('does not count sentences that stand alone, nor the article’s own first sentence', () => {
    expect(danglingSentences(['The council will meet on Friday to choose a successor.'], article)).toMatchObject({ dangling: 0 });
    expect(danglingSentences(['He won.'], ['He won.', 'The crowd cheered.'])).toMatchObject({ dangling: 0 });
  });

  it('sets apart a sentence that is not in the article', () => {
    expect(danglingSentences(['She resigned because of the protests.'], article)).toMatchObject({ dangling: 0, unplaced: 1 });
  });
});
