// The text stages of an analysis: summary, quotes and places of an article already extracted.
// Kept apart from analyze.ts so that the background, which receives extracted articles, does not
// load the DOM stages (extract, clutter) it never runs.
import type { Analysis, AnalyzeOptions, ArticleData, ClutterItem } from './types';
import { words } from './text';
import { summarize } from './summary';
import { findQuotes, pickKeyQuotes } from './quotes';
import { findPlaces } from './places';

/** Silent-reading speed of adults reading news prose (words per minute). */
const READING_WPM = 230;

export const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export const roundMs = (ms: number): number => Math.round(ms * 100) / 100;

export function analyzeArticle(
  data: ArticleData,
  options: AnalyzeOptions = {},
  clutter: ClutterItem[] = [],
): Analysis {
  const t0 = now();
  const paragraphs = data.isArticle ? data.paragraphs : [];
  const text = paragraphs.join('\n\n');
  const wordCount = words(text).length;
  const quotes = paragraphs.length ? findQuotes(paragraphs) : [];
  const analysis: Analysis = {
    url: data.url,
    title: data.title,
    byline: data.byline,
    published: data.published,
    site: data.site,
    lang: data.lang,
    dir: data.dir,
    isArticle: data.isArticle,
    article: data.isArticle ? { text, paragraphs, words: wordCount } : null,
    readingMinutes: data.isArticle ? Math.max(1, Math.round(wordCount / READING_WPM)) : 0,
    clutter,
    summary: paragraphs.length
      ? summarize(paragraphs, { title: data.title, length: options.summaryLength, lang: data.lang })
      : [],
    quotes,
    keyQuotes: pickKeyQuotes(quotes, options.maxQuotes ?? 5),
    places: paragraphs.length && options.gazetteer ? findPlaces(paragraphs, options.gazetteer) : [],
    timing: { extract_ms: 0, analyze_ms: 0 },
  };
  analysis.timing.analyze_ms = roundMs(now() - t0);
  return analysis;
}
