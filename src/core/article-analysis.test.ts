import { describe, expect, it } from 'vitest';
import { analyzeArticle, ANALYSIS_LIMITS } from './article-analysis';
import type { ArticleData } from './types';

const article = (paragraphs: string[]): ArticleData => ({
  url: null, title: 'A long page', byline: null, published: null, site: null, lang: 'en', dir: 'ltr', isArticle: true, paragraphs,
});

const SENTENCE = 'The council met on Tuesday to discuss the budget for the coming year. ';

describe('the analysis budget', () => {
  it('analyses the beginning of a 50,000-paragraph page and says the result is partial', () => {
    const paragraphs = Array.from({ length: 50_000 }, (_, i) => `Paragraph ${i}: ${SENTENCE}`);
    const a = analyzeArticle(article(paragraphs));
    expect(a.partial).toBe(true);
    expect(a.article!.paragraphs.length).toBeLessThanOrEqual(ANALYSIS_LIMITS.paragraphs);
    expect(a.article!.paragraphs[0]).toBe(paragraphs[0]);
    expect(a.summary.length).toBeGreaterThan(0);
  });

  it('cuts a 5 MB paragraph at a sentence end', () => {
    const huge = SENTENCE.repeat(Math.ceil(5_000_000 / SENTENCE.length));
    const a = analyzeArticle(article(['A short opening paragraph about the council.', huge]));
    expect(a.partial).toBe(true);
    const kept = a.article!.paragraphs[1];
    expect(kept.length).toBeLessThanOrEqual(ANALYSIS_LIMITS.paragraphCharacters);
    expect(kept.endsWith('year.')).toBe(true);
  });

  it('leaves an ordinary article whole', () => {
    const a = analyzeArticle(article([SENTENCE, SENTENCE, SENTENCE]));
    expect(a.partial).toBe(false);
    expect(a.article!.paragraphs).toHaveLength(3);
  });
});

/** A clock that reads 0 for its first `reads` reads and far past any budget after. */
const clockRunningOutAfter = (reads: number) => {
  let n = 0;
  return () => (n++ < reads ? 0 : 1e9);
};

describe('the analysis time budget', () => {
  const paragraphs = [`“We will reopen the bridge in spring,” the mayor, Helen Park, said in Paris. ${SENTENCE}`, SENTENCE, SENTENCE];

  it('leaves out the stages that would start after the time is spent, and says so', () => {
    // Reads: start of the analysis, start of the budget, the summary's check; then time runs out.
    const a = analyzeArticle(article(paragraphs), { clock: clockRunningOutAfter(3) });
    expect(a.partial).toBe(true);
    expect(a.summary.length).toBeGreaterThan(0);
    expect(a.quotes).toEqual([]);
  });

  it('runs every stage while there is time', () => {
    const a = analyzeArticle(article(paragraphs), { clock: () => 0 });
    expect(a.partial).toBe(false);
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Helen Park']);
  });

  it('keeps the partial mark of a detection that stopped at its budget', () => {
    expect(analyzeArticle({ ...article(paragraphs), partial: true }).partial).toBe(true);
  });
});
