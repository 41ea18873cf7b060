// One pass over the page that cuts its visible text into units: the text that sits directly in a
// block element (a paragraph, a heading, a list item, a div holding bare text), with the share of
// it that is link text. Every later step works on these units instead of re-reading the DOM,
// which is what keeps detection within a few milliseconds on large pages.
import { BLOCK_TAGS, SKIP_TAGS, collapse, hiddenByMarkup, tagOf } from './dom';
import type { PageIndex } from './index-cache';
import { ATTRIBUTE_CUE } from '../clutter/cues';

/** Skipped subtrees that can hold clutter (a newsletter <aside>, a sign-in <dialog>): noted for
 * the clutter scan, which walks them itself. */
const CLUTTER_HOMES = new Set(['ASIDE', 'FOOTER', 'NAV', 'DIALOG', 'FIGURE']);

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
  linkChars: number;
  inHeader: boolean;
  unlikely: boolean;
}

/** The run of inline text that currently receives text for a block element. A nested block ends
 * the run, so text before and after it become separate units and stay in page order. */
interface Slot {
  current: Builder;
}

interface Frame {
  node: Node | null;
  /** When node is null: the nested block of this slot ended, open a new run for its text. */
  reopen?: Slot;
  slot: Slot;
  inLink: boolean;
  inHeader: boolean;
  unlikely: boolean;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Cuts the visible text under `start` into units, in page order. Iterative: deep pages are fine. */
export function collectUnits(start: Element | Document, index?: PageIndex): Unit[] {
  const builders: Builder[] = [];
  const rootEl = (start.nodeType === 9 ? (start as Document).documentElement : start) as Element;
  const root: Builder = { el: rootEl, tag: tagOf(rootEl), parts: [], linkChars: 0, inHeader: false, unlikely: false };
  builders.push(root);
  const stack: Frame[] = [];
  pushChildren(stack, start, { current: root }, false, false, false);

  while (stack.length) {
    const frame = stack.pop()!;
    const node = frame.node;
    if (!node) {
      const old = frame.reopen!.current;
      const fresh: Builder = { el: old.el, tag: old.tag, parts: [], linkChars: 0, inHeader: old.inHeader, unlikely: old.unlikely };
      builders.push(fresh);
      frame.reopen!.current = fresh;
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      if (value) {
        const block = frame.slot.current;
        block.parts.push(value);
        if (frame.inLink) block.linkChars += value.trim().length;
      }
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = tagOf(el);
    if (tag === 'BR') {
      frame.slot.current.parts.push('\n');
      continue;
    }
    if (SKIP_TAGS.has(tag) || hiddenByMarkup(el)) {
      if (index && !hiddenByMarkup(el)) {
        if (CLUTTER_HOMES.has(tag)) index.unvisited.push(el);
        // A control named as clutter ("newsletter-signup-button") is a seed by itself.
        else if (ATTRIBUTE_CUE.test((el.getAttribute('class') ?? '') + ' ' + (el.getAttribute('id') ?? ''))) index.named.push(el);
      }
      continue;
    }
    const cls = el.getAttribute('class') ?? '';
    const id = el.getAttribute('id') ?? '';
    if (index) {
      if ((cls || id) && ATTRIBUTE_CUE.test(cls + ' ' + id)) index.named.push(el);
      if (tag === 'FORM') index.forms.push(el);
    }
    const inHeader = frame.inHeader || tag === 'HEADER';
    const unlikely = frame.unlikely || isUnlikely(el, tag, cls, id);
    let slot = frame.slot;
    if (BLOCK_TAGS.has(tag)) {
      const block: Builder = { el, tag, parts: [], linkChars: 0, inHeader, unlikely };
      builders.push(block);
      stack.push({ node: null, reopen: frame.slot, slot: frame.slot, inLink: false, inHeader: false, unlikely: false });
      slot = { current: block };
    }
    pushChildren(stack, el, slot, frame.inLink || tag === 'A', inHeader, unlikely);
  }

  const units: Unit[] = [];
  for (const b of builders) {
    const text = collapse(b.parts.join(''));
    if (!text) continue;
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
  if (index) index.units = units;
  return units;
}

/** A <header> that holds a page's worth of text is broken markup (an unclosed <header> swallows
 * the page in the parser), not a header: its units are not header furniture. */
const MAX_HEADER_CHARS = 1500;

function releaseOversizedHeaders(units: Unit[]): void {
  const byHeader = new Map<Element, number>();
  const headerOf = (el: Element): Element | null => {
    let found: Element | null = null;
    for (let p: Element | null = el; p; p = p.parentElement) if (p.tagName.toUpperCase() === 'HEADER') found = p;
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

function pushChildren(
  stack: Frame[], el: Node, slot: Slot, inLink: boolean, inHeader: boolean, unlikely: boolean,
): void {
  // Children go on the stack last-first so that they come off it in page order.
  for (let child = el.lastChild; child; child = child.previousSibling) {
    stack.push({ node: child, slot, inLink, inHeader, unlikely });
  }
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
