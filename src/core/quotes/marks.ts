// Finds quoted spans: curly and straight double quotes, British single quotes, « » and „ “, and
// the corner brackets 「」 『』 of Chinese and Japanese.
// A quotation left open at the end of a paragraph continues when the next paragraph opens with a
// quote mark (the newsroom convention for multi-paragraph quotes); otherwise it ends there.

export interface Segment {
  paragraph: number;
  /** Offsets of the words inside the marks. */
  start: number;
  end: number;
  /** Offsets including the marks (end = paragraph length when left open). */
  outerStart: number;
  outerEnd: number;
  closed: boolean;
  /** The opening mark, as written. */
  mark: string;
}

/** One quotation: one segment, or several when it runs over paragraphs. */
export type Quotation = Segment[];

type Family = 'double' | 'single' | 'guillemet' | 'low' | 'corner' | 'whiteCorner';

const CLOSERS: Record<Family, string> = { double: '”"', single: '’\'', guillemet: '»', low: '“”', corner: '」', whiteCorner: '』' };
const OPEN_BEFORE = /[\s([{—–\-/:;,]/;
const WORDISH = /[\p{L}\p{N}]/u;

function openerFamily(p: string, i: number): Family | null {
  const c = p[i];
  const prev = i > 0 ? p[i - 1] : ' ';
  const next = p[i + 1] ?? '';
  if (c === '“') return 'double';
  if (c === '«') return 'guillemet';
  if (c === '„') return 'low';
  if (c === '「') return 'corner';
  if (c === '『') return 'whiteCorner';
  if (c === '"') return next && !/\s/.test(next) ? 'double' : null;
  if (c === '‘' || c === "'") {
    // An apostrophe that opens an elision ("’90s", "'em") is not a quote.
    if (!OPEN_BEFORE.test(prev) || !WORDISH.test(next) && next !== '…') return null;
    if (/^\d\ds\b/.test(p.slice(i + 1, i + 5)) || /^(?:em|tis|til|cause)\b/i.test(p.slice(i + 1, i + 7))) return null;
    return 'single';
  }
  return null;
}

function closesHere(p: string, i: number, family: Family, openChar: string): boolean {
  const c = p[i];
  if (!CLOSERS[family].includes(c)) return false;
  if (family === 'double' && openChar === '"' && c !== '"') return c === '”';
  if (family !== 'single') return true;
  // A closing single quote is followed by a non-letter; a possessive ("the players’ union")
  // looks the same, so prefer a later candidate when the word after is lower-case.
  const next = p[i + 1] ?? '';
  if (WORDISH.test(next)) return false;
  if (p[i - 1] === 's' && /^\s\p{Ll}/u.test(p.slice(i + 1, i + 3))) {
    const later = p.indexOf(c, i + 1);
    if (later > 0 && !WORDISH.test(p[later + 1] ?? '')) return false;
  }
  return true;
}

/** Quoted segments of one paragraph, in order. */
export function segmentsOf(p: string, paragraph: number): Segment[] {
  const out: Segment[] = [];
  let open = -1;
  let family: Family = 'double';
  let openChar = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (open >= 0) {
      if (closesHere(p, i, family, openChar)) {
        out.push(seg(p, paragraph, open, i + 1, true));
        open = -1;
      } else if (family === 'double' && c === '“' && /[^\s“]/.test(p[i - 1] ?? ' ') && /^(?:\s|$|[,.;:])/.test(p[i + 1] ?? '')) {
        // A closing quote typed the wrong way round (“It's unusual,“ said …).
        out.push(seg(p, paragraph, open, i + 1, true));
        open = -1;
      } else if (family === 'double' && c === '“' && openChar === '“') {
        // A second opener before any closer: the first quote lost its closing mark.
        out.push(seg(p, paragraph, open, i, false));
        open = i;
      }
      continue;
    }
    const f = openerFamily(p, i);
    if (f) {
      // Single quotes inside paragraphs are often apostrophes: accept one only if it closes.
      if (f === 'single' && !hasSingleCloser(p, i)) {
        if (i !== 0) continue;
      }
      open = i;
      family = f;
      openChar = c;
    }
  }
  if (open >= 0) out.push(seg(p, paragraph, open, p.length, false));
  return out;
}

function hasSingleCloser(p: string, i: number): boolean {
  for (let j = p.indexOf('’', i + 1); j > 0; j = p.indexOf('’', j + 1)) {
    if (!WORDISH.test(p[j + 1] ?? '')) return true;
  }
  for (let j = p.indexOf("'", i + 1); j > 0; j = p.indexOf("'", j + 1)) {
    if (!WORDISH.test(p[j + 1] ?? '')) return true;
  }
  return false;
}

function seg(p: string, paragraph: number, outerStart: number, outerEnd: number, closed: boolean): Segment {
  let start = outerStart + 1;
  let end = closed ? outerEnd - 1 : outerEnd;
  while (start < end && /\s/.test(p[start])) start++;
  while (end > start && /\s/.test(p[end - 1])) end--;
  return { paragraph, start, end, outerStart, outerEnd, closed, mark: p[outerStart] ?? '' };
}

/** All quotations of an article; multi-paragraph quotes are joined into one. */
export function findQuotations(paragraphs: string[]): Quotation[] {
  const out: Quotation[] = [];
  let running: Quotation | null = null;
  paragraphs.forEach((p, i) => {
    const segs = segmentsOf(p, i);
    segs.forEach((s, k) => {
      // A continuation opens with the same mark; a transcript line ("PENCE: …") is a new speaker.
      if (running && k === 0 && s.outerStart === 0 && s.mark === running[0].mark && !/^[A-Z][A-Z'’. -]{1,30}:\s/.test(p.slice(s.start, s.start + 34))) {
        running.push(s);
      }
      else out.push((running = [s]));
    });
    const last = segs[segs.length - 1];
    if (!last || last.closed) running = null;
  });
  return out.filter((q) => q.some((s) => s.end > s.start));
}
