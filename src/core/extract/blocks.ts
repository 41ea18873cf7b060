// Which text units inside the story's region are story: paragraphs, in-story headings, list items
// and block quotes stay; captions, credits, share bars, "read more" links, bios, bylines and
// kickers go. Each rule names a kind of furniture that sits inside story containers on real pages.
import { HEADING_TAGS, classWords, collapse } from './dom';
import type { Unit } from './units';
import { kindOfText } from '../clutter/wording';
import type { SignalsOff } from './signals';

/** Class/id words of containers inside a story that hold furniture, not story. */
const FURNITURE_WORDS = new RegExp(
  '\\b(?:' +
    [
      'caption', 'credits?', 'share', 'sharing', 'social', 'byline', 'bylines', 'author', 'authors',
      'bio', 'related', 'comments?', 'newsletter', 'promo', 'advert\\w*', 'ads?', 'adslot', 'adunit',
      'breadcrumbs?', 'tags', 'subscribe', 'subscription', 'paywall', 'recirc\\w*', 'readmore', 'more',
      'kicker', 'eyebrow', 'dateline', 'timestamp', 'toolbar', 'print', 'sponsor\\w*', 'outbrain',
      'taboola', 'signup', 'rating', 'gallery', 'slideshow', 'meta', 'correction', 'disclaimer',
      'visually', 'sr', 'screen', 'offscreen', 'tooltip', 'popup', 'modal', 'overlay',
    ].join('|') +
    ')\\b',
);

// Some words mean furniture only next to another ("read more", "sr only", "article meta"): alone
// they name ordinary containers too.
const STANDALONE_EXCEPTIONS = new Set(['more', 'meta', 'print', 'sr', 'screen', 'visually']);

const FURNITURE_WORDS_ALL = new RegExp(FURNITURE_WORDS.source, 'g');

function furnitureWord(words: string): boolean {
  const m = words.match(FURNITURE_WORDS_ALL);
  if (!m) return false;
  for (const w of m) {
    if (!STANDALONE_EXCEPTIONS.has(w)) return true;
  }
  // Pairs that only mean furniture together.
  return /\b(?:read more|more (?:stories|from|on|articles|news)|sr only|screen reader|visually hidden|article meta|post meta|entry meta|meta data)\b/.test(words);
}

const BOILERPLATE_START = /^(?:advertisement|anzeige|werbung|publicité|publicidad|pubblicità|read more|read next|related|see also|more:|click here|sign up|subscribe|share this|follow us|photo:|image:|credit:|image credit|photograph:|getty images|\(ap photo|reuters\/|weiterlesen|lesen sie auch|mehr zum thema|lire aussi|à lire aussi|lee también|leer más|ver también)/i;
const DATE_LINE = /^(?:published|updated|posted|last updated|first published|veröffentlicht|aktualisiert|stand:|publié|mis à jour|publicado|actualizado)\b/i;
const BYLINE_LINE = /^(?:by|von|par|por)\s+\p{Lu}/u;
/** Photo captions end with the picture agency or a credit: "…in New York.Reuters", "… AP". */
const CREDIT_END = /(?:^|[\s.,;:()|/—–-])(?:AP(?: Photo)?|AFP|Reuters|Getty(?: Images)?|EPA|Shutterstock|iStock(?:photo)?|dpa|Xinhua|Alamy|picture[- ]alliance|Bloomberg(?: via Getty Images)?|NurPhoto|Imago|Keystone)\)?$|^©|\b(?:Photo|Image|Foto|Bild|Crédit|Credit)\s*:\s*\S[^.!?]*$/;
/** A line that is a date or time and little else ("November 18, 2019 | 4:10pm"). */
function isDateLine(text: string): boolean {
  if (text.length > 60 || /[.!?]["”’]?$/.test(text) && !/\d[.]$/.test(text)) return false;
  if (!/\b(?:1[89]|20)\d{2}\b|\b\d{1,2}:\d{2}\b/.test(text)) return false;
  return text.split(/\s+/).length <= 9;
}

/**
 * The lead (standfirst, intro, dek): prose between the headline and the body that templates keep
 * in its own box, often inside the article <header>, so the body's container misses it. Taken
 * only between the headline and the first body unit, a few units apart, and only if it reads as
 * prose. The headline is the nearest <h1>, or the nearest unit that reads as the page's title:
 * many templates set the headline in an <h2> or a styled <div> and keep <h1> for the logo.
 */
export function leadUnits(units: Unit[], story: Unit[], respectUnlikely: boolean, title: string | null = null): Unit[] {
  const first = story[0];
  if (!first) return [];
  const anchor = headlineBefore(units, first.index, title);
  if (anchor < 0) return [];
  const lead: Unit[] = [];
  for (let i = anchor + 1; i < first.index; i++) {
    const u = units[i];
    const len = u.text.length;
    if (respectUnlikely && u.unlikely) continue;
    // Some templates set the standfirst as a subheading (an <h2> under the headline): a heading
    // that reads as a full sentence is a standfirst; a section heading is a few words.
    if (HEADING_TAGS.has(u.tag) && (u.tag === 'H1' || !readsAsProse(u))) continue;
    if (len < 80 || u.linkChars > len * 0.2) continue;
    if (len < 160 && !/[.!?…:"”»“]$/.test(u.text)) continue;
    if (BOILERPLATE_START.test(u.text) || DATE_LINE.test(u.text) || BYLINE_LINE.test(u.text) || CREDIT_END.test(u.text)) continue;
    const words = classWords(u.el) + (u.el.parentElement ? classWords(u.el.parentElement) : '');
    if (words && furnitureWord(words)) continue;
    lead.push(u);
  }
  return lead;
}

const MAX_LEAD_DISTANCE = 30;

/** The index of the headline a few units before `end`: the nearest <h1>, else the nearest unit
 * that reads as the page's title (an <h1> wins, as a title-like link or box can sit between the
 * headline and the body: a table of contents, a "back to top"); -1 if neither. */
function headlineBefore(units: Unit[], end: number, title: string | null): number {
  const stop = Math.max(0, end - MAX_LEAD_DISTANCE);
  for (let i = end - 1; i >= stop; i--) if (units[i].tag === 'H1') return i;
  const key = title ? letterKey(title) : '';
  if (key.length < 10) return -1;
  for (let i = end - 1; i >= stop; i--) if (units[i].text.length < 300 && letterKey(units[i].text) === key) return i;
  return -1;
}

/** Letters and digits only, lower case: a headline and the page title differ in spacing and
 * punctuation ("Abrechnung : Musik" / "Abrechnung: Musik"). */
const letterKey = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

export interface BlockOptions {
  title: string | null;
  byline: string | null;
  respectUnlikely: boolean;
  off: SignalsOff;
}

/** The units of `parts` that are story, in page order. */
export function storyUnits(units: Unit[], parts: Element[], opts: BlockOptions): Unit[] {
  const inside = (u: Unit): Element | null => {
    for (const p of parts) if (p === u.el || p.contains(u.el)) return p;
    return null;
  };
  const title = opts.title?.toLowerCase() ?? null;
  // The nearest furniture-named container between a unit and the region part, cached per element
  // so long stories do not re-read the same class attributes.
  const furnitureCache = new Map<Element, Element | null>();
  const furnitureOf = (el: Element, stop: Element): Element | null => {
    const chain: Element[] = [];
    let found: Element | null = null;
    for (let cur: Element | null = el; cur && cur !== stop; cur = cur.parentElement) {
      const cached = furnitureCache.get(cur);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      chain.push(cur);
      const w = classWords(cur);
      if (w && furnitureWord(w)) {
        found = cur;
        break;
      }
    }
    for (const c of chain) furnitureCache.set(c, found);
    return found;
  };

  // Prose: sentences of some length that are not links. Share bars and link lists in the region
  // must not outweigh a short story when judging wrappers below.
  const proseChars = (u: Unit): number => (u.text.length >= 80 && u.linkChars < u.text.length * 0.2 ? u.text.length : 0);
  const candidates: { u: Unit; furniture: Element | null }[] = [];
  const furnitureChars = new Map<Element, number>();
  let regionChars = 0;
  for (const u of units) {
    if (opts.respectUnlikely && u.unlikely) continue;
    const part = inside(u);
    if (!part) continue;
    regionChars += proseChars(u);
    const furniture = opts.off.has('furniture-boxes') ? null : furnitureOf(u.el, part);
    if (furniture) furnitureChars.set(furniture, (furnitureChars.get(furniture) ?? 0) + proseChars(u));
    candidates.push({ u, furniture });
  }

  // When furniture-named wrappers hold most of the prose together, the template uses those words
  // for its story wrappers (Drupal's "field--label-hidden" on every field): ignore them.
  let furnitureTotal = 0;
  for (const c of furnitureChars.values()) furnitureTotal += c;
  const trustFurniture = furnitureTotal <= regionChars * 0.5;

  const kept: Unit[] = [];
  for (const { u, furniture } of candidates) {
    // A furniture word on a wrapper that holds most of the story is a template quirk
    // ("entry-content-read-more", "box article modal-enabled"), not furniture.
    if (trustFurniture && furniture && (furnitureChars.get(furniture) ?? 0) <= regionChars * 0.5) continue;
    if (u.inHeader && !opts.off.has('header-units')) continue;
    const len = u.text.length;
    const heading = HEADING_TAGS.has(u.tag);
    if (u.tag === 'H1') continue;
    if (heading && title && u.text.toLowerCase() === title) continue;
    if (u.linkChars > len * 0.5) continue;
    if (furnitureLine(u, heading, opts.byline, opts.off)) continue;
    kept.push(u);
  }
  // A heading with no story after it closes the region ("Related", "More on this").
  // So does a short label ending in a colon ("Mehr zu diesem Thema:", "Seguir leyendo:"): what it
  // introduced (a link list, a gallery) is not story, or Lede would have kept it after the label.
  // A sentence that introduces an embed ("Twitter seemed a bit confused by the campaign:") is
  // longer, and stays.
  if (!opts.off.has('trailing-headings')) while (kept.length && closesStory(kept[kept.length - 1])) kept.pop();
  if (!opts.off.has('trailing-prompts')) dropTrailingPrompts(kept);
  return kept;
}

const SHORT_BY_NATURE = new Set(['TD', 'TH', 'LI']);

const closesStory = (u: Unit): boolean =>
  (HEADING_TAGS.has(u.tag) && !readsAsProse(u)) || (/:$/.test(u.text) && u.text.split(/\s+/).length <= 6);

/** A heading that is a long full sentence is prose set large (a standfirst, or a post its author
 * wrote in headings), not a section heading: "Related" and "More on this" are a few words. */
const readsAsProse = (u: Unit): boolean => u.text.length >= 80 && /[.!?…"”»]$/.test(u.text);

/** A line that reads as page furniture wherever it sits: a label, a credit, a byline, a date. */
function furnitureLine(u: Unit, heading: boolean, byline: string | null, off: SignalsOff): boolean {
  const text = u.text;
  const len = text.length;
  const endsSentence = /[.!?]["”’]?$/.test(text);
  // A short line that is mostly link and no sentence: "Read: …", a tag list, a related link.
  if (len < 120 && u.linkChars > len * 0.25 && !endsSentence && !off.has('link-lines')) return true;
  if (len < 160 && BOILERPLATE_START.test(text) && !off.has('boilerplate-lines')) return true;
  if (!off.has('date-lines') && ((len < 120 && DATE_LINE.test(text)) || (!heading && isDateLine(text)))) return true;
  if (!off.has('byline-lines')) {
    if (len < 100 && BYLINE_LINE.test(text)) return true;
    if (byline && len < byline.length + 40 && text.includes(byline) && !endsSentence) return true;
  }
  if (len < 300 && CREDIT_END.test(text) && !off.has('credit-lines')) return true;
  // Labels such as "Photo", "AP" or a lone date: too short to be a sentence, not a heading. Table
  // cells and list items are short by nature (a results table, an ingredient list) and are the
  // story's data wherever the table or list is the story's.
  if (!heading && !SHORT_BY_NATURE.has(u.tag) && len < 20 && !/[.!?:;"”’)]$/.test(text) && !/\p{L}{3,}\s+\p{L}{3,}\s+\p{L}{3,}/u.test(text) && !off.has('label-lines')) return true;
  return false;
}

/** Longest box, in characters, that is judged as one prompt at the story's end. */
const MAX_PROMPT_BOX = 500;

/**
 * Where a site stops the story to sell a subscription, its offer box ("Subscribe to keep
 * reading… Get unlimited access for $1 a week… Already a subscriber? Sign in") sits right after
 * the last delivered paragraph, often in the story's own container, and its lines are ordinary
 * paragraphs. Judged one by one they pass for story ("Get unlimited digital access for $1 a
 * week."); judged as the box they belong to, they are a prompt. So: while the last units share a
 * box of their own (no earlier story unit in it) whose whole text reads as clutter, drop them.
 * Only at the end of the story: a podcast plug or a fact box in mid-story is the story's.
 */
function dropTrailingPrompts(kept: Unit[]): void {
  for (let rounds = 0; rounds < 3 && kept.length > 1; rounds++) {
    const last = kept[kept.length - 1];
    const box = last.el.parentElement;
    if (!box) return;
    let start = kept.length - 1;
    while (start > 0 && kept[start - 1].el.parentElement === box) start--;
    // A box that also holds story before the run is the story's own container, and its last
    // paragraph may be the story's ("You can also subscribe to this newsletter here" ends a
    // newsletter's own text): only a box of its own is judged.
    if (start === 0 || box.contains(kept[start - 1].el)) return;
    const text = collapse(box.textContent ?? '');
    if (text.length > MAX_PROMPT_BOX || !kindOfText(text)) return;
    kept.splice(start);
  }
}
