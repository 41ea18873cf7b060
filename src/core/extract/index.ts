// Article detection: finds the story on a page without changing the page.
import type { ArticleData } from '../types';
import { collectUnits, type Unit } from './units';
import { findRegion, type Region } from './score';
import { leadUnits, storyUnits } from './blocks';
import { readMetadata } from './metadata';
import { bodyOf, tagOf } from './dom';
import { type PageIndex, attachPageIndex } from './index-cache';
import { DETECTION_LIMITS, type DetectionLimits, WalkBudget } from './walk-budget';
import type { Clock } from '../budget';
import { NO_SIGNALS_OFF, type SignalsOff } from './signals';

export { DETECTION_LIMITS, type DetectionLimits } from './walk-budget';

/** The article as found on a live (or parsed) page: text for the popup, elements for the page. */
export interface Extraction extends ArticleData {
  /** The element that holds the story, or null when the page has no article. */
  root: Element | null;
  /** The story's body blocks, in reading order; `paragraphs[i]` is the text of `blocks[i]`. */
  blocks: Element[];
}

export interface ExtractOptions {
  url?: string;
  /** Limits of the page walk (tests lower them); see DETECTION_LIMITS. */
  limits?: Partial<DetectionLimits>;
  clock?: Clock;
  /** Signals switched off, for the benchmark's ablation only (see signals.ts). */
  signalsOff?: SignalsOff;
}

/** Below this much story text a page is not an article (front pages, listings, forms). */
const MIN_ARTICLE_CHARS = 150;
/** Readability's threshold for a second try without the comment/sidebar filter. */
const RETRY_BELOW_CHARS = 500;
/** Enough when the page declares itself an article (short news items, briefs). */
const MIN_DECLARED_ARTICLE_CHARS = 60;

export function extractArticle(doc: Document, options: ExtractOptions = {}): Extraction {
  const url = options.url ?? null;
  const meta = safeMetadata(doc, url);
  const base: Extraction = {
    url,
    title: meta.title,
    byline: meta.byline,
    published: meta.published,
    site: meta.site,
    lang: meta.lang,
    dir: meta.dir,
    isArticle: false,
    paragraphs: [],
    root: null,
    blocks: [],
  };
  const body = bodyOf(doc);
  if (!body) return base;

  // The whole document, not just <body>: parsers given broken markup (a second <html> inside the
  // page, or no <html> at all in linkedom) can leave the story outside doc.body.
  const start = doc.documentElement as Element;
  const index: PageIndex = { units: [], named: [], forms: [], hosts: [], hidden: [] };
  const budget = new WalkBudget({ ...DETECTION_LIMITS, ...options.limits }, options.clock);
  const units = collectUnits(tagOf(start) === 'HTML' ? start : doc, index, budget);
  // Past its budget the walk kept what it had read: the result stands, marked as partial.
  if (budget.exhausted) base.partial = true;
  // Readability's fallback: if leaving out comment/sidebar-like containers leaves too little, the
  // site named its story container with one of those words; try again without that filter.
  const off = options.signalsOff ?? NO_SIGNALS_OFF;
  const filterUnlikely = !off.has('unlikely-names');
  let picked = pick(units, start, filterUnlikely, meta, off);
  if (filterUnlikely && (!picked || chars(picked.units) < RETRY_BELOW_CHARS)) {
    const retry = pick(units, start, false, meta, off);
    if (retry && chars(retry.units) > (picked ? chars(picked.units) * 1.5 : 0)) picked = retry;
  }
  if (!picked || !picked.units.length) return base;

  const storyChars = chars(picked.units);
  const isArticle =
    (storyChars >= MIN_ARTICLE_CHARS || (meta.declaredArticle && storyChars >= MIN_DECLARED_ARTICLE_CHARS)) &&
    (off.has('listing') || !looksLikeListing(units, picked.region.parts, picked.units));
  if (!isArticle) return base;
  return attachPageIndex({
    ...base,
    isArticle,
    root: picked.region.root,
    blocks: picked.units.map((u) => u.el),
    paragraphs: picked.units.map((u) => u.text),
  }, index);
}

function pick(
  units: Unit[],
  body: Element,
  respectUnlikely: boolean,
  meta: { title: string | null; byline: string | null },
  off: SignalsOff,
): { region: Region; units: Unit[] } | null {
  const region = findRegion(units, body, respectUnlikely, off);
  if (!region) return null;
  const story = storyUnits(units, region.parts, { title: meta.title, byline: meta.byline, respectUnlikely, off });
  const withLead = off.has('lead') ? story : [...leadUnits(units, story, respectUnlikely, meta.title), ...story];
  return { region, units: off.has('one-story') ? withLead : oneStoryOnly(withLead, meta.title) };
}

/**
 * Infinite scroll and "next story" pages set several <article>s side by side in one container, and
 * scoring (rightly, for ordinary pages) joins strong siblings: two stories would be read as one.
 * When exactly one of the articles is headed by the page's own headline and the others carry
 * headlines of their own, that one is the story. Otherwise (live blogs, whose updates are articles
 * under a page-level title; CMSs that wrap each section in an <article>) the units are left as
 * they are.
 */
function oneStoryOnly(story: Unit[], title: string | null): Unit[] {
  if (!title || story.length < 2) return story;
  const articles = new Set(story.map((u) => outermostArticle(u.el)).filter((a): a is Element => a !== null));
  if (articles.size < 2) return story;
  const wanted = headlineKey(title);
  const headingOf = (a: Element) => headlineKey(a.querySelector('h1, h2, h3')?.textContent ?? '');
  const headed = [...articles].filter((a) => headingOf(a) === wanted);
  if (headed.length !== 1) return story;
  const chosen = headed[0];
  // The others must read as stories of their own, each under its own headline; CMSs that use
  // <article> for every section of one story give those sections no headline.
  if ([...articles].some((a) => a !== chosen && !headingOf(a))) return story;
  // Articles nested in the story (a listicle's items, an embedded card) belong to it; text outside
  // every article (a standfirst above them) is left to the scoring that chose it.
  return story.filter((u) => chosen.contains(u.el) || outermostArticle(u.el) === null);
}

function outermostArticle(el: Element): Element | null {
  let found: Element | null = null;
  for (let a = el.closest('article'); a; a = a.parentElement?.closest('article') ?? null) found = a;
  return found;
}

const headlineKey = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

const chars = (units: Unit[]): number => units.reduce((n, u) => n + u.text.length, 0);

/**
 * Search results and section fronts: linked teaser headlines, each with a line or two of prose.
 * An article has a run of prose paragraphs with no teaser between them; a listing has none.
 * Teasers inside furniture (a "related articles" or sidebar box) do not count: they sit beside
 * stories too, and a paywalled story that the site delivers as its first paragraph only has no
 * long run of prose to outweigh them. A listing's teasers are the page's own content.
 */
function looksLikeListing(units: Unit[], parts: Element[], story: Unit[]): boolean {
  const storySet = new Set(story);
  let teasers = 0;
  let run = 0;
  let longestRun = 0;
  for (const u of units) {
    if (!parts.some((p) => p === u.el || p.contains(u.el))) continue;
    const len = u.text.length;
    if (storySet.has(u)) {
      run += len;
      if (run > longestRun) longestRun = run;
    } else if (!u.unlikely && len >= 15 && len <= 200 && u.linkChars >= len * 0.8) {
      teasers++;
      run = 0;
    }
  }
  return teasers >= 6 && longestRun < 500;
}

/** Broken metadata (odd JSON-LD, missing <head>) must never cost the article itself. */
function safeMetadata(doc: Document, url: string | null): ReturnType<typeof readMetadata> {
  try {
    return readMetadata(doc, url);
  } catch {
    return { title: null, byline: null, published: null, site: null, lang: null, dir: 'ltr', articleBody: null, declaredArticle: false };
  }
}
