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
