// The data that flows between Lede's stages. Everything here is plain, serialisable data:
// it crosses the message boundary between content script, background and popup unchanged.

/** Kinds of subscription clutter that Lede hides around (and inside) an article. */
export type ClutterKind =
  | 'paywall' // subscribe / paywall prompts, "already a subscriber? log in"
  | 'registration' // registration walls, sign-in and password-reset forms
  | 'newsletter' // newsletter sign-up boxes
  | 'comment-gate' // "only subscribers can comment"
  | 'app-prompt' // app install / notification prompts
  | 'overlay'; // modal overlays and their backdrops

export interface ClutterItem {
  kind: ClutterKind;
  /** The hidden block's visible text, collapsed to single spaces. */
  text: string;
}

/** What a page says about itself: the metadata that an Analysis carries on unchanged. */
export interface PageFacts {
  url: string | null;
  title: string | null;
  byline: string | null;
  /** ISO 8601 date (or date-time) when the page states one. */
  published: string | null;
  site: string | null;
  /** BCP 47 language tag from the page, e.g. "en", "de-CH". */
  lang: string | null;
  dir: 'ltr' | 'rtl';
  isArticle: boolean;
}

/** What the content script sends out of the page: the article as text, no DOM. */
export interface ArticleData extends PageFacts {
  /** Ordered body blocks as text: paragraphs, in-story headings, list items, block quotes. */
  paragraphs: string[];
  /** True when detection or clutter scanning stopped at its budget and left part of the page unread. */
  partial?: boolean;
}

export interface Quote {
  text: string;
  speaker: string | null;
  /** Role the article gives the speaker ("special forces", "a spokesman for the coalition"), if any. */
  role?: string | null;
  /** Rank or office the article writes before the speaker's name ("Maj.", "Sen."), if any. */
  title?: string | null;
  /** Index into ArticleData.paragraphs where the quote starts. */
  paragraph: number;
}

export type PlaceKind =
  | 'continent'
  | 'country'
  | 'region' // states, provinces, geographic regions
  | 'city'
  | 'neighbourhood'
  | 'river'
  | 'lake'
  | 'sea'
  | 'mountain'
  | 'desert'
  | 'landmark'
  | 'other';

/** One reading of a place name: what and where the place is. */
export interface PlaceReading {
  name: string;
  kind: PlaceKind;
  /** Country name, or null for places that span countries (seas, continents). */
  country: string | null;
  /** First-level region (state, province) when known. */
  region?: string | null;
  lat: number | null;
  lon: number | null;
}

export interface Place extends PlaceReading {
  population?: number | null;
  description: string;
  /** The surface forms found in the article, as written ("U.S.", "Iraqi"). */
  mentions: string[];
  count: number;
  /** Paragraph index and sentence of the first mention, for "jump to" and context. */
  firstParagraph?: number;
  firstSentence?: string;
  geonameid?: number;
  /** A reading far from this one that the article supports nearly as well ("Paris, Texas" beside
   *  "Paris, France"): the popup asks rather than pins. */
  alternative?: PlaceReading | null;
}

export interface Analysis extends PageFacts {
  article: { text: string; paragraphs: string[]; words: number } | null;
  /** Estimated reading time in whole minutes (at least 1 for any article). */
  readingMinutes: number;
  clutter: ClutterItem[];
  summary: string[];
  quotes: Quote[];
  /** The best few quotes for the popup, ranked. */
  keyQuotes: Quote[];
  places: Place[];
  /**
   * True when a stage stopped at its budget (DETECTION_LIMITS, the clutter scan's, ANALYSIS_LIMITS)
   * and the result covers only part of the page; the popup says so.
   */
  partial?: boolean;
  timing: { extract_ms: number; analyze_ms: number };
}

export type SummaryLength = 'short' | 'medium' | 'long';

export interface AnalyzeOptions {
  url?: string;
  summaryLength?: SummaryLength;
  maxQuotes?: number;
  /** Needed for the place glossary; without it `places` is empty. */
  gazetteer?: import('./places/gazetteer').Gazetteer | null;
  /** The clock for the stages' time budgets (tests inject one). */
  clock?: import('./budget').Clock;
}
