// Writing systems that Lede's own splitters cannot handle: no spaces between words (Chinese,
// Japanese, Thai, Lao, Khmer, Burmese). For those, Intl.Segmenter does better than any rule of ours.

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

export function needsSegmenter(text: string): boolean {
  return UNSPACED.test(text);
}

const cache = new Map<string, Intl.Segmenter | null>();

/** A shared segmenter, or null where the runtime has none (old engines): callers fall back. */
export function segmenterFor(granularity: 'word' | 'sentence'): Intl.Segmenter | null {
  let seg = cache.get(granularity);
  if (seg === undefined) {
    seg = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity }) : null;
    cache.set(granularity, seg);
  }
  return seg;
}
