// Finds the analysis' text (a quote, a place's written forms) in the story's own DOM. The popup
// knows the text as the extractor flattened it: whitespace collapsed, quotes typographic or not.
// The page splits the same text over many text nodes (links, emphasis). So the blocks' text nodes
// are read once into one flat, normalised string that remembers where each character came from,
// and matches in that string are mapped back to (text node, offset) pairs a Range can use.

/** A stretch of one match inside a single text node. */
export interface TextPiece {
  node: Text;
  start: number;
  end: number;
}

/** One match: its pieces, in page order (usually one; more when the text crosses an element). */
export type TextMatch = TextPiece[];

interface FlatText {
  text: string;
  /** For each character of `text`, the node and offset it came from. */
  origin: Array<{ node: Text; offset: number }>;
}

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, spelled out so this also runs where NodeFilter is absent

/** Same letter for the variants a page and the extractor may disagree on. */
function fold(ch: string): string {
  if (/[\u2018\u2019\u201a\u201b\u2032]/.test(ch)) return "'";
  if (/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/.test(ch)) return '"';
  if (/[\u2010-\u2015\u2212]/.test(ch)) return '-';
  return ch.toLowerCase();
}

/** One block at a time: the text of two blocks never runs together into a false match. */
function flatten(root: Element): FlatText {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const flat: FlatText = { text: '', origin: [] };
  let lastWasSpace = true;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const isSpace = /\s/.test(data[i]);
      if (isSpace && lastWasSpace) continue; // collapse runs of whitespace, as the extractor does
      flat.text += isSpace ? ' ' : fold(data[i]);
      flat.origin.push({ node, offset: i });
      lastWasSpace = isSpace;
    }
  }
  return flat;
}

function normalise(needle: string): string {
  return Array.from(needle.replace(/\s+/g, ' ').trim()).map(fold).join('');
}

function piecesOf(flat: FlatText, start: number, end: number): TextMatch {
  const pieces: TextMatch = [];
  for (let i = start; i < end; i++) {
    const { node, offset } = flat.origin[i];
    const last = pieces[pieces.length - 1];
    if (last && last.node === node && last.end === offset) last.end = offset + 1;
    else if (last && last.node === node) last.end = offset + 1; // skipped collapsed spaces
    else pieces.push({ node, start: offset, end: offset + 1 });
  }
  return pieces;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Finds `needle` in the text of `roots` (the story blocks, in order). With `wholeWords`, a match
 * must not start or end inside a word ("Iraq" is not found in "Iraqi"). Returns at most `limit`.
 */
export function findText(roots: Element[], needle: string, options: { wholeWords?: boolean; limit?: number } = {}): TextMatch[] {
  const target = normalise(needle);
  if (!target) return [];
  const limit = options.limit ?? Infinity;
  const matches: TextMatch[] = [];
  for (const root of roots) {
    const flat = flatten(root);
    for (let at = flat.text.indexOf(target); at !== -1 && matches.length < limit; at = flat.text.indexOf(target, at + 1)) {
      const end = at + target.length;
      if (options.wholeWords && (LETTER_OR_DIGIT.test(flat.text[at - 1] ?? '') || LETTER_OR_DIGIT.test(flat.text[end] ?? ''))) continue;
      matches.push(piecesOf(flat, at, end));
    }
    if (matches.length >= limit) break;
  }
  return matches;
}

/**
 * A quote as the popup shows it may have lost or gained words at its edges (the quote finder trims
 * attributions). Try the whole quote, then its opening words: the reader only needs to be taken to
 * where it starts.
 */
export function findQuote(roots: Element[], quote: string): TextMatch | null {
  const whole = findText(roots, quote, { limit: 1 })[0];
  if (whole) return whole;
  const words = quote.trim().split(/\s+/);
  for (const n of [12, 8, 5]) {
    if (words.length <= n) continue;
    const start = findText(roots, words.slice(0, n).join(' '), { limit: 1 })[0];
    if (start) return start;
  }
  return null;
}
