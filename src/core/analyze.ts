// Composes Lede's stages into one Analysis. Two entry points share the text stages:
// `analyze` for a whole document (command line, tests), `analyzeArticle` for an article that was
// already extracted elsewhere (the extension extracts in the page, analyses in the background).
import type { Analysis, AnalyzeOptions, ArticleData, ClutterItem } from './types';
import { extractArticle } from './extract';
import { findClutter } from './clutter';
import { words } from './text';
import { summarize } from './summary';
import { findQuotes, pickKeyQuotes } from './quotes';
import { findPlaces } from './places';

export type { Analysis, AnalyzeOptions, ArticleData } from './types';

/** Silent-reading speed of adults reading news prose (words per minute). */
const READING_WPM = 230;

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function analyze(doc: Document, options: AnalyzeOptions = {}): Analysis {
  const t0 = now();
  const article = extractArticle(doc, { url: options.url });
  const clutter: ClutterItem[] = article.isArticle
    ? findClutter(doc, article).map(({ kind, text }) => ({ kind, text }))
    : [];
  const extractMs = now() - t0;
  const { root: _root, blocks: _blocks, ...data } = article;
  const result = analyzeArticle(data, options, clutter);
  result.timing.extract_ms = round(extractMs);
  return result;
}

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
  analysis.timing.analyze_ms = round(now() - t0);
  return analysis;
}

const round = (ms: number): number => Math.round(ms * 100) / 100;
