// The sentences a summary may use, and why others may not: a summary sentence is read on its own,
// out of context, so it must not lean on a sentence before it or be page furniture.
import { splitSentences, words } from '../text';

export interface Candidate {
  text: string;
  /** Position in the article, counting every sentence. */
  index: number;
  paragraph: number;
  wordCount: number;
  /** Fit to stand first or alone in a summary. */
  standalone: boolean;
  /** Never worth showing (furniture, fragments, captions). */
  junk: boolean;
}

// Openers that point back to an earlier sentence: pronouns without an antecedent in the same
// sentence, connectives and demonstratives.
const DANGLING = /^[“"‘']?(?:he|she|they|it|his|her|their|its|him|them|this|that|these|those|there|such|but|and|or|so|yet|also|however|meanwhile|still|instead|moreover|furthermore|besides|then|thus|hence|therefore|otherwise|nevertheless|nonetheless|likewise|similarly|indeed|later|afterwards|again|too|both|neither|either|another|other|others|the latter|the former|here|now)\b/i;
const FURNITURE =
  /^(?:by\s+\p{Lu}[\p{L}.' -]{0,60}$|photo|image|video|watch|read more|related|follow\b|click|scroll down|subscribe|sign up|advertisement|share this|published|updated|last updated|copyright|©|all rights reserved|getty images|reuters$|ap photo|pictured:|credit:)/iu;
/** A dateline on its own: "WASHINGTON (AP) —" or "MOSUL, Iraq —" with nothing after it. */
const DATELINE_ONLY = /^[\p{Lu}][\p{Lu}\p{L} .,'()-]{0,60}[—–-]\s*$/u;

const QUOTE_CHARS = /[“”"«»„]/g;

/** Share of the sentence that sits inside quote marks. */
function quotedShare(s: string): number {
  let inside = 0;
  let open = false;
  let last = 0;
  for (const m of s.matchAll(QUOTE_CHARS)) {
    const at = m.index ?? 0;
    if (open) inside += at - last;
    open = m[0] === '”' || m[0] === '»' ? false : m[0] === '“' || m[0] === '«' || m[0] === '„' ? true : !open;
    last = at;
  }
  if (open) inside += s.length - last;
  return s.length ? inside / s.length : 0;
}

// A paragraph that stops mid-sentence and a next one that carries on in lower case are one
// sentence broken by markup (a line break, an inline ad): read them as one.
function joinBroken(paragraphs: string[]): { text: string; paragraph: number }[] {
  const out: { text: string; paragraph: number }[] = [];
  paragraphs.forEach((p, i) => {
    const prev = out[out.length - 1];
    if (prev && /^\p{Ll}/u.test(p) && !/[.!?…:"”’]$/.test(prev.text)) prev.text = `${prev.text} ${p}`;
    else out.push({ text: p, paragraph: i });
  });
  return out;
}

export function candidates(paragraphs: string[], lang?: string | null): Candidate[] {
  const out: Candidate[] = [];
  let index = 0;
  joinBroken(paragraphs).forEach(({ text: p, paragraph }) => {
    for (const text of splitSentences(p, lang)) {
      const wordCount = words(text).length;
      const terminated = /[.!?…]["”’')\]]*$/.test(text);
      const quoted = quotedShare(text);
      // A quote with no attribution in the sentence: a voice without a speaker.
      const bareQuote = quoted > 0.85 && !/\b(?:said|says|told|asked|added|according)\b/.test(text.replace(/“[^“”]*”/g, ''));
      const junk =
        wordCount < 5 ||
        wordCount > 90 ||
        FURNITURE.test(text) ||
        DATELINE_ONLY.test(text) ||
        (!terminated && wordCount < 12) ||
        /^\W*$/.test(text);
      const standalone = !junk && !DANGLING.test(text) && !bareQuote && !/^[“"‘']?\p{Ll}/u.test(text);
      out.push({ text, index: index++, paragraph, wordCount, standalone, junk });
    }
  });
  return out;
}
