// One pass over the page that cuts its visible text into units: the text that sits directly in a
// block element (a paragraph, a heading, a list item, a div holding bare text), with the share of
// it that is link text. Every later step works on these units instead of re-reading the DOM,
// which is what keeps detection within a few milliseconds on large pages.
import { BLOCK_TAGS, SKIP_TAGS, collapse, hiddenByMarkup, tagOf } from './dom';
import type { PageIndex } from './index-cache';
import type { WalkBudget } from './walk-budget';
import { namedByAttributes } from '../clutter/cues';

/** Subtrees that never hold the story but often hold clutter (a newsletter <aside>, a sign-in
 * <dialog>). When the clutter scan wants an index, their text is read too, as "chrome" units
 * that extraction never sees, so the page is walked once for both jobs. */
const CLUTTER_HOMES = new Set(['ASIDE', 'FOOTER', 'NAV', 'DIALOG', 'FIGURE', 'FIGCAPTION']);

export interface Unit {
  /** The block element whose own (inline) text this is. */
  el: Element;
  tag: string;
  text: string;
  /** Characters of `text` that sit inside links. */
  linkChars: number;
  /** Inside a <header> element (page or article header: title, kicker, byline, share bar). */
  inHeader: boolean;
  /** Inside an element whose class, id or role marks page furniture (comments, sidebars...). */
  unlikely: boolean;
  /** Position in page order. */
  index: number;
}

interface Builder {
  el: Element;
  tag: string;
  parts: string[];
  /** Characters in `parts`, for the budget's per-unit limit. */
  chars: number;
  linkChars: number;
  inHeader: boolean;
  unlikely: boolean;
  chrome: boolean;
}

/** A block element being read. Its current run of text is `run`; a nested block ends the run
 * (run = null), so text before and after it become separate units that stay in page order. */
interface Block {
  el: Element;
  tag: string;
  run: Builder | null;
  inHeader: boolean;
  unlikely: boolean;
  chrome: boolean;
}

/** An element being read: the next child to visit, and the block its text belongs to. */
interface Frame {
  next: Node | null;
  block: Block;
  /** This element opened `block` (it is a block element itself). */
  opens: boolean;
  inLink: boolean;
  /** Visit `next` only, not its siblings (top-level nodes of a document, see below). */
  single?: boolean;
  /** Context for blocks opened below: inside a <header>, inside page furniture, inside a subtree
   * read for the clutter scan only. */
  inHeader: boolean;
  unlikely: boolean;
  chrome: boolean;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Cuts the visible text under `start` into units, in page order. Iterative: deep pages are fine.
 * With a budget, the walk stops at its limits and the budget records that it did.
 */
export function collectUnits(start: Element | Document, index?: PageIndex, budget?: WalkBudget): Unit[] {
  const builders: Builder[] = [];
  const rootEl = (start.nodeType === 9 ? (start as Document).documentElement : start) as Element;
  const rootBlock: Block = { el: rootEl, tag: tagOf(rootEl), run: null, inHeader: false, unlikely: false, chrome: false };
  // One frame per element, none per text node: the walk allocates little on large pages.
  const stack: Frame[] = [];
  if (start.nodeType === 9) {
    // Top-level nodes one by one from childNodes: linkedom's document-level nextSibling chain is
    // broken after the doctype on pages without an <html> element.
    const top = Array.from(start.childNodes);
    for (let i = top.length - 1; i >= 0; i--) {
      stack.push({ next: top[i], single: true, block: rootBlock, opens: false, inLink: false, inHeader: false, unlikely: false, chrome: false });
    }
  } else {
    stack.push({ next: start.firstChild, block: rootBlock, opens: true, inLink: false, inHeader: false, unlikely: false, chrome: false });
  }

  while (stack.length) {
    const frame = stack[stack.length - 1];
    const node = frame.next;
    if (!node) {
      stack.pop();
      // The block ended: text that follows in the enclosing block starts a new run.
      if (frame.opens && stack.length) stack[stack.length - 1].block.run = null;
      continue;
    }
    frame.next = frame.single ? null : node.nextSibling;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      let value = node.nodeValue;
      if (value) {
        const block = frame.block;
        let run = block.run;
        if (!run) {
          run = { el: block.el, tag: block.tag, parts: [], chars: 0, linkChars: 0, inHeader: block.inHeader, unlikely: block.unlikely, chrome: block.chrome };
          block.run = run;
          builders.push(run);
        }
        if (budget) {
          const room = budget.text(value, run.chars);
          if (room < value.length) value = value.slice(0, room);
        }
        run.parts.push(value);
        run.chars += value.length;
        if (frame.inLink) run.linkChars += value.trim().length;
        if (budget?.full) break;
      }
      continue;
    }
    if (type !== ELEMENT_NODE) continue;
    if (budget && !budget.element()) break;
    const el = node as Element;
    const tag = tagOf(el);
    if (tag === 'BR') {
      frame.block.run?.parts.push('\n');
      continue;
    }
    // Most elements of a page carry no attributes at all: skip every attribute read for them.
    const attrs = el.hasAttributes();
    const hidden = attrs && hiddenByMarkup(el);
    let chrome = frame.chrome;
    if (hidden || SKIP_TAGS.has(tag)) {
      if (!index) continue;
      // A dialog the page holds hidden until its script shows it: the clutter scan walks these
      // subtrees itself, so that the prompt is already marked when it appears.
      if (hidden) {
        index.hidden.push(el);
        continue;
      }
      if (!CLUTTER_HOMES.has(tag)) {
        if (tag === 'IFRAME' || tag === 'FRAME') index.hosts.push(el);
        // A control named as clutter ("newsletter-signup-button") is a seed by itself.
        else if (attrs && namedByAttributes(el)) index.named.push(el);
        continue;
      }
      chrome = true;
    }
    const cls = attrs ? el.getAttribute('class') ?? '' : '';
    const id = attrs ? el.getAttribute('id') ?? '' : '';
    if (index) {
      if (attrs && namedByAttributes(el, cls, id)) index.named.push(el);
      if (tag === 'FORM') index.forms.push(el);
      // Its words live in the shadow tree, which this walk cannot see: the clutter scan reads it.
      if ((el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot) index.hosts.push(el);
    }
    const inHeader = frame.inHeader || tag === 'HEADER';
    const unlikely = frame.unlikely || (attrs && isUnlikely(el, tag, cls, id));
    const opens = BLOCK_TAGS.has(tag);
    // Inline elements add their text to the enclosing block's run, with that block's flags.
    const block: Block = opens || chrome !== frame.chrome ? { el, tag, run: null, inHeader, unlikely, chrome } : frame.block;
    stack.push({ next: el.firstChild, block, opens: opens || chrome !== frame.chrome, inLink: frame.inLink || tag === 'A', inHeader, unlikely, chrome });
  }

  const units: Unit[] = [];
  const chromeUnits: Unit[] = [];
  for (const b of builders) {
    const text = collapse(b.parts.join(''));
    if (!text) continue;
    if (b.chrome) {
      chromeUnits.push({ el: b.el, tag: b.tag, text, linkChars: Math.min(b.linkChars, text.length), inHeader: b.inHeader, unlikely: true, index: -1 });
      continue;
    }
    units.push({
      el: b.el,
      tag: b.tag,
      text,
      linkChars: Math.min(b.linkChars, text.length),
      inHeader: b.inHeader,
      unlikely: b.unlikely,
      index: units.length,
    });
  }
  releaseOversizedHeaders(units);
  if (index) index.units = chromeUnits.length ? units.concat(chromeUnits) : units;
  return units;
}

/** A <header> that holds a page's worth of text is broken markup (an unclosed <header> swallows
 * the page in the parser), not a header: its units are not header furniture. */
const MAX_HEADER_CHARS = 1500;

function releaseOversizedHeaders(units: Unit[]): void {
  const byHeader = new Map<Element, number>();
  const headerOf = (el: Element): Element | null => {
    let found: Element | null = null;
    for (let p: Element | null = el; p; p = p.parentElement) if (tagOf(p) === 'HEADER') found = p;
    return found;
  };
  const headers: (Element | null)[] = [];
  for (const u of units) {
    const h = u.inHeader ? headerOf(u.el) : null;
    headers.push(h);
    if (h) byHeader.set(h, (byHeader.get(h) ?? 0) + u.text.length);
  }
  units.forEach((u, i) => {
    const h = headers[i];
    if (h && (byHeader.get(h) ?? 0) > MAX_HEADER_CHARS) u.inHeader = false;
  });
}

// Readability.js's list of class/id words for page furniture, which has held up across a decade
// of news templates; "article", "body", "content", "main" rescue wrappers such as
// "article-header-and-body" that would otherwise match.
const UNLIKELY = /-ad-|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote|newsletter|subscri|paywall|recirc|outbrain|taboola|cookie|consent/i;
const MAYBE = /and|article|body|column|content|main|mathjax|shadow/i;
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);

function isUnlikely(el: Element, tag: string, cls: string, id: string): boolean {
  const role = el.getAttribute('role');
  if (role && UNLIKELY_ROLES.has(role)) return true;
  if (tag === 'BODY' || tag === 'A' || tag === 'TABLE' || tag === 'TBODY' || tag === 'TR' || tag === 'TD' || tag === 'ARTICLE' || tag === 'MAIN') return false;
  const words = cls + ' ' + id;
  if (words.length < 3) return false;
  return UNLIKELY.test(words) && !MAYBE.test(words);
}
