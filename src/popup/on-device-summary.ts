// Chrome's built-in Summarizer (Gemini Nano, on this device), offered beside Lede's own summary.
// Only the documented interface is used (Summarizer.availability, create, summarizeStreaming,
// destroy, inputQuota, measureInputUsage), typed here because TypeScript's DOM library does not
// describe it yet. Nothing in this module starts a model download: create() is called only from
// the reader's press on a button that says it downloads (see OnDeviceSummary.tsx).

export type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

/** The options Lede always asks for: one short plain-text paragraph, never markdown, so the
 *  popup shows the model's words as text and has nothing to parse. */
export interface SummaryOptions {
  type: 'tldr';
  format: 'plain-text';
  length: 'short';
  expectedInputLanguages: string[];
  outputLanguage: string;
}

export interface DownloadMonitor {
  addEventListener(type: 'downloadprogress', listener: (event: { loaded: number }) => void): void;
}

export interface Summarizer {
  summarizeStreaming(input: string, options?: { context?: string; signal?: AbortSignal }): ReadableStream<string>;
  destroy(): void;
  readonly inputQuota?: number;
  measureInputUsage?(input: string, options?: { signal?: AbortSignal }): Promise<number>;
}

export interface SummarizerApi {
  availability(options: SummaryOptions): Promise<Availability>;
  create(options: SummaryOptions & { signal?: AbortSignal; monitor?: (m: DownloadMonitor) => void }): Promise<Summarizer>;
}

/** The browser's Summarizer, or null where there is none (Firefox, older Chrome, other pages). */
export function findSummarizer(scope: object = globalThis): SummarizerApi | null {
  const api = (scope as { Summarizer?: Partial<SummarizerApi> }).Summarizer;
  return api && typeof api.availability === 'function' && typeof api.create === 'function' ? (api as SummarizerApi) : null;
}

/** Chrome's model speaks a few languages; the article's primary subtag is what it is asked for. */
export function summaryOptions(articleLang: string | null | undefined): SummaryOptions {
  const lang = (articleLang || 'en').toLowerCase().split('-')[0];
  return { type: 'tldr', format: 'plain-text', length: 'short', expectedInputLanguages: [lang], outputLanguage: lang };
}

/** What the popup may offer: nothing, a summary now, or a summary after a download the reader starts. */
export type Offer = 'none' | 'ready' | 'download';

/**
 * The languages Chrome's model summarises (its own list, as of Chrome 140). Asking about any other
 * makes Chrome log an error in the popup's console and answer 'unavailable' anyway, so Lede does not
 * ask: an article in Portuguese simply gets no offer.
 */
export const MODEL_LANGUAGES: readonly string[] = ['en', 'de', 'es', 'fr', 'ja'];

export async function offerFor(api: SummarizerApi | null, articleLang: string | null | undefined): Promise<Offer> {
  if (!api) return 'none';
  const options = summaryOptions(articleLang);
  if (!MODEL_LANGUAGES.includes(options.outputLanguage)) return 'none';
  try {
    const availability = await api.availability(options);
    if (availability === 'available') return 'ready';
    if (availability === 'downloadable' || availability === 'downloading') return 'download';
    return 'none';
  } catch {
    // An unsupported language or option set is reported by throwing in some versions.
    return 'none';
  }
}

/** How much of the article went to the model: all of it, or its first paragraphs when the whole
 *  text is over the model's input quota. */
export interface ModelInput {
  text: string;
  paragraphsUsed: number;
  paragraphsTotal: number;
}

/**
 * The article's opening paragraphs that fit the model's input quota. News puts what matters first,
 * so a cut at the end loses least; the popup says when it cut. Without a quota to measure against,
 * the whole text goes in and the model reports if it is too long.
 */
export async function fitToQuota(summarizer: Summarizer, paragraphs: string[], signal?: AbortSignal): Promise<ModelInput> {
  const total = paragraphs.length;
  const whole = { text: paragraphs.join('\n\n'), paragraphsUsed: total, paragraphsTotal: total };
  const quota = summarizer.inputQuota;
  if (!summarizer.measureInputUsage || !quota || !Number.isFinite(quota)) return whole;
  const fits = async (n: number) => (await summarizer.measureInputUsage!(paragraphs.slice(0, n).join('\n\n'), { signal })) <= quota;
  if (await fits(total)) return whole;
  // Binary search for the longest opening that fits: log2(paragraphs) measurements at most.
  let lo = 0;
  let hi = total;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (await fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return { text: paragraphs.slice(0, lo).join('\n\n'), paragraphsUsed: lo, paragraphsTotal: total };
}

/**
 * Streams the model's summary, calling `onText` with the whole text so far after each chunk.
 * Chunks are deltas in current Chrome; early versions sent the whole text so far each time, which
 * is recognised by a chunk that starts with everything received before it.
 */
export async function streamSummary(
  summarizer: Summarizer,
  input: ModelInput,
  context: string,
  signal: AbortSignal,
  onText: (text: string) => void,
): Promise<string> {
  const reader = summarizer.summarizeStreaming(input.text, { context, signal }).getReader();
  let text = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (signal.aborted) break;
      text = text && value.startsWith(text) ? value : text + value;
      onText(text);
    }
  } finally {
    reader.releaseLock();
  }
  return text;
}
