// The text stages of an analysis: summary, quotes and places of an article already extracted.
// Kept apart from analyze.ts so that the background, which receives extracted articles, does not
// load the DOM stages (extract, clutter) it never runs.
import type { Analysis, AnalyzeOptions, ArticleData, ClutterItem, Place } from './types';
import { words } from './text';
import { summarize } from './summary';
import { findQuotes, pickKeyQuotes } from './quotes';
import { findPlaces, type Gazetteer } from './places';
import { TimeBudget, systemClock } from './budget';

/** Silent-reading speed of adults reading news prose (words per minute). */
const READING_WPM = 230;

/**
 * The analysis budget. The longest news features run to about 20,000 words (~130,000 characters);
 * past these limits a page is not an article a reader reads in one sitting (an endless feed, a
 * book, a log), so only its beginning is analysed and the result is marked partial. The caps keep
 * every stage's work bounded whatever the page holds (a 5 MB text node, 50,000 paragraphs): at the
 * caps the slowest input found (100,000 quote marks) takes about half a second in Node on a busy
 * machine. `ms` is the backstop for slower machines: a stage that would start after it is left out.
 */
export const ANALYSIS_LIMITS = { paragraphs: 2_000, characters: 300_000, paragraphCharacters: 20_000, ms: 1_500 } as const;

/** The article's paragraphs within the budget, and whether anything was left out. */
export function withinBudget(paragraphs: readonly string[]): { paragraphs: string[]; partial: boolean } {
  const kept: string[] = [];
  let total = 0;
  let partial = paragraphs.length > ANALYSIS_LIMITS.paragraphs;
  for (const p of paragraphs.slice(0, ANALYSIS_LIMITS.paragraphs)) {
    const room = Math.min(ANALYSIS_LIMITS.paragraphCharacters, ANALYSIS_LIMITS.characters - total);
    if (room <= 0) {
      partial = true;
      break;
    }
    const text = p.length > room ? cutAtSentenceEnd(p, room) : p;
    if (text.length < p.length) partial = true;
    kept.push(text);
    total += text.length;
  }
  return { paragraphs: kept, partial };
}

/** The longest start of `text` within `max` characters that ends a sentence (else a word). */
function cutAtSentenceEnd(text: string, max: number): string {
  const head = text.slice(0, max);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
  if (sentenceEnd > max / 2) return head.slice(0, sentenceEnd + 1);
  const space = head.lastIndexOf(' ');
  return space > 0 ? head.slice(0, space) : head;
}

/**
 * The place glossary for an analysis made without a gazetteer. The background answers the popup
 * with summary and quotes first and adds places once the gazetteer is read and searched, so the
 * reader is not kept waiting for the slowest stage. Places get a time budget of their own.
 */
export function placesFor(analysis: Analysis, gazetteer: Gazetteer): Place[] {
  const paragraphs = analysis.article?.paragraphs ?? [];
  return paragraphs.length ? findPlaces(paragraphs, gazetteer) : [];
}

export const roundMs = (ms: number): number => Math.round(ms * 100) / 100;

export function analyzeArticle(
  data: ArticleData,
  options: AnalyzeOptions = {},
  clutter: ClutterItem[] = [],
): Analysis {
  const clock = options.clock ?? systemClock;
  const t0 = clock();
  const time = new TimeBudget(ANALYSIS_LIMITS.ms, clock);
  const { paragraphs, partial: cut } = data.isArticle ? withinBudget(data.paragraphs) : { paragraphs: [], partial: false };
  let partial = cut || data.partial === true;
  // Stages in the order a reader values them; once time is spent, the rest are left out.
  const stage = <T>(run: () => T, none: T): T => {
    if (!paragraphs.length) return none;
    if (time.spent) {
      partial = true;
      return none;
    }
    return run();
  };
  const text = paragraphs.join('\n\n');
  const wordCount = words(text).length;
  const summary = stage(() => summarize(paragraphs, { title: data.title, length: options.summaryLength, lang: data.lang }), []);
  const quotes = stage(() => findQuotes(paragraphs), []);
  const gazetteer = options.gazetteer;
  const places = gazetteer ? stage(() => findPlaces(paragraphs, gazetteer), []) : [];
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
    summary,
    quotes,
    keyQuotes: pickKeyQuotes(quotes, options.maxQuotes ?? 5),
    places,
    partial,
    timing: { extract_ms: 0, analyze_ms: 0 },
  };
  analysis.timing.analyze_ms = roundMs(clock() - t0);
  return analysis;
}
