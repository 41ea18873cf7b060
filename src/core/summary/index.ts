// Extractive summary.
import type { SummaryLength } from '../types';
import { splitSentences } from '../text';

export interface SummaryOptions {
  title?: string | null;
  length?: SummaryLength;
  lang?: string | null;
}

export const SUMMARY_SENTENCES: Record<SummaryLength, number> = { short: 2, medium: 3, long: 5 };

// FIRST CUT (to be replaced): the lead.
export function summarize(paragraphs: string[], options: SummaryOptions = {}): string[] {
  const n = SUMMARY_SENTENCES[options.length ?? 'medium'];
  return paragraphs.flatMap((p) => splitSentences(p, options.lang)).slice(0, n);
}
