// Word tokens and stems.
import { stemmer } from 'stemmer';
import { STOP_WORDS } from './stopwords';
import { needsSegmenter, segmenterFor } from './scripts';

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’\-](?=[\p{L}\p{N}]))*/gu;

/** Words as written, in order. Scripts written without spaces go through Intl.Segmenter. */
export function words(text: string): string[] {
  if (needsSegmenter(text)) {
    const seg = segmenterFor('word');
    if (seg) {
      const out: string[] = [];
      for (const s of seg.segment(text)) if (s.isWordLike) out.push(s.segment);
      return out;
    }
  }
  return text.match(WORD) ?? [];
}

const stemCache = new Map<string, string>();

/** Porter stem of a lower-cased word; memoised because news repeats its vocabulary. */
export function stem(word: string): string {
  const lower = word.toLowerCase().replace(/’/g, "'");
  let s = stemCache.get(lower);
  if (s === undefined) {
    s = /^[a-z']+$/.test(lower) ? stemmer(lower.replace(/'s$/, '')) : lower;
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(lower, s);
  }
  return s;
}

/** Stems of the content words (stop words and bare numbers dropped): what a text is about. */
export function contentStems(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    const lower = w.toLowerCase().replace(/’/g, "'");
    if (STOP_WORDS.has(lower) || /^\d+$/.test(lower)) continue;
    out.push(stem(lower));
  }
  return out;
}
