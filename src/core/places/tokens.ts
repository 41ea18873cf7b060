// Words and capitals: the tokens the place recogniser works on.
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** A sentence with its word tokens; kept for the second look at unknown names. */
export interface SentenceTokens {
  paragraph: number;
  text: string;
  tokens: Token[];
}

// Abbreviations with inner dots ("U.S.", "D.C.") are one token; otherwise runs of letters/digits.
const TOKEN = /\p{Lu}(?:\.\p{Lu})+\.?(?!\p{Ll})|[\p{L}\p{M}\p{N}]+/gu;
export const UPPER = /^\p{Lu}/u;
export const ALL_CAPS = /^[\p{Lu}.]+$/u;
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** First token of the sentence, after any opening quote or bracket. */
export function isInitial(tokens: Token[], i: number, text: string): boolean {
  if (i === 0) return true;
  // "…said. Police…" never happens inside one sentence, but headings and list items glue
  // sentences; a colon or dash also starts a new clause with a capital.
  const before = text.slice(tokens[i - 1].end, tokens[i].start);
  return /[:—–]\s*["“‘']?$/.test(before);
}

/**
 * Words the article capitalises where grammar does not ask for it (not first in a sentence):
 * names. A sentence's first word counts as a name only if it is one elsewhere too, so "Another
 * Gainesville business" does not make "Another" somebody's first name.
 */
export function properWords(sentences: SentenceTokens[]): Set<string> {
  const out = new Set<string>();
  for (const { text, tokens } of sentences) {
    for (let i = 1; i < tokens.length; i++) if (UPPER.test(tokens[i].text) && !isInitial(tokens, i, text)) out.add(tokens[i].text.toLowerCase());
  }
  return out;
}

