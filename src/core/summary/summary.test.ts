import { describe, expect, it } from 'vitest';
import { SUMMARY_SENTENCES, summarize } from './index';

// A short wire story, written for this test, shaped like real ones: dateline lead, a quote
// paragraph, background, and a follow-up that leans on the sentence before it.
const story = [
  'BAGHDAD —',
  'BAGHDAD — Iraqi forces retook the last district of western Mosul on Sunday, ending a nine-month battle for the city, the military said.',
  '“This is the day we promised the people of Mosul,” Lt. Gen. Abdul-Amir Yarallah said in a televised statement.',
  'He said troops were clearing booby-trapped houses in the Old City.',
  'The battle for Mosul began in October with more than 100,000 Iraqi troops, Kurdish fighters and militias backed by U.S.-led airstrikes.',
  'But aid groups warned that thousands of civilians remain trapped in the rubble of western Mosul.',
  'The United Nations said 900,000 people have fled the city since October, and many camps around Mosul are full.',
  'Rebuilding western Mosul will cost billions of dollars and take years, the U.N. said.',
];

describe('summarize', () => {
  it('opens with the lead, as written, and keeps article order', () => {
    const s = summarize(story);
    expect(s).toHaveLength(SUMMARY_SENTENCES.medium);
    expect(s[0]).toBe(story[1]);
    const positions = s.map((x) => story.findIndex((p) => p.includes(x)));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const sentence of s) expect(story.some((p) => p.includes(sentence))).toBe(true);
  });

  it('gives 2, 3 or 5 sentences for short, medium and long', () => {
    expect(summarize(story, { length: 'short' })).toHaveLength(2);
    expect(summarize(story, { length: 'medium' })).toHaveLength(3);
    expect(summarize(story, { length: 'long' })).toHaveLength(5);
  });

  it('never uses a dateline alone, a sentence that leans on the one before, or a bare quote', () => {
    for (const length of ['short', 'medium', 'long'] as const) {
      const s = summarize(story, { length });
      expect(s).not.toContain('BAGHDAD —');
      expect(s.filter((x) => /^(?:He|But)\b/.test(x) && !s.includes(story[story.indexOf(x) - 1]))).toEqual([]);
      expect(s.some((x) => /^“[^”]*\.”$/.test(x))).toBe(false);
    }
  });

  it('skips a repeated sentence', () => {
    const repeated = [story[1], story[4], story[1].replace('on Sunday', 'on Sunday,'), story[6]];
    const s = summarize(repeated);
    expect(new Set(s).size).toBe(s.length);
    expect(s.filter((x) => x.startsWith('BAGHDAD'))).toHaveLength(1);
  });

  it('returns what there is for tiny, empty and non-English articles', () => {
    expect(summarize([])).toEqual([]);
    expect(summarize([''])).toEqual([]);
    expect(summarize(['Short one.'])).toEqual(['Short one.']);
    expect(summarize(['北京是中国的首都。上海是最大的城市。广州在南方。深圳很新。'], { lang: 'zh' })).toHaveLength(3);
  });

  it('handles a huge article', () => {
    const nouns = ['council', 'budget', 'school', 'bridge', 'harbour', 'museum', 'stadium', 'library', 'clinic', 'tram'];
    const huge = Array.from(
      { length: 3000 },
      (_, i) => `The ${nouns[i % 10]} plan for district ${i} was debated by the ${nouns[(i * 3 + 1) % 10]} board near the ${nouns[(i * 7 + 2) % 10]}.`,
    );
    const s = summarize(huge);
    expect(s).toHaveLength(3);
    expect(s[0]).toBe(huge[0]);
  });
});
