// Finds the clutter around and inside a story. Three kinds of evidence make a seed: what a block
// says (wording.ts), what the page calls it (class, id, role, aria-label) confirmed by wording, a
// form or fixed position, and sign-in/sign-up forms themselves. Each seed then grows to the box
// that frames it (heading, fine print, buttons) as long as that box holds nothing but clutter and
// no story. Story blocks, everything inside them and every ancestor of them are never candidates.
import type { ClutterKind } from '../types';
import type { Extraction } from '../extract';
import { kindOfText, SIGNUP_FINE_PRINT } from './wording';
import { bodyOf } from '../extract/dom';

export interface ClutterFinding {
  kind: ClutterKind;
  element: Element;
  /** The element's visible text, collapsed. */
  text: string;
}

/** What the page's own markup calls an element. */
const ATTRIBUTE_KINDS: [ClutterKind, RegExp][] = [
  ['comment-gate', /\bcomments?\s(?:gate|wall|locked|closed|signin|sign\sin|login|log\sin|register|subscribe|paywall)\b/],
  ['app-prompt', /\b(?:app\s(?:banner|promo|download|install|prompt)|smart\s?banner|push\s(?:notification|prompt|opt)|notification\s(?:prompt|permission|bell)|onesignal)\b/],
  ['newsletter', /\b(?:newsletters?|nl\s(?:signup|form|box|promo)|signup|sign\sup|opt\s?in|email\s(?:capture|signup|sign\sup|form))\b/],
  ['registration', /\b(?:login|log\sin|signin|sign\sin|register|registration|regwall|reg\swall|password|auth\s(?:form|modal|wall)|account\s(?:reset|form|login|modal))\b/],
  ['paywall', /\b(?:paywall|pay\swall|paygate|metered?|piano|tp\s(?:modal|backdrop|container|iframe)|subscribe|subscription|subscriber|subscriptions|premium\s(?:wall|gate|banner|promo|teaser)|plus\s(?:teaser|paywall)|offer\s(?:banner|modal)|abo\s(?:teaser|banner|wall))\b/],
  ['overlay', /\b(?:modal|overlay|backdrop|popup|pop\sup|interstitial)\b/],
];

/** Scroll-lock classes sites put on <html>/<body> while a modal is up. */
export const SCROLL_LOCK_WORDS = /\b(?:no\s?scroll|scroll\s?lock|scroll\s(?:disabled|locked)|modal\sopen|overflow\shidden|has\smodal|tp\smodal\sopen|noscroll|locked)\b/;

const NEVER = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'svg', 'MATH', 'LINK', 'META']);
const INLINE = new Set(['A', 'SPAN', 'B', 'STRONG', 'EM', 'I', 'U', 'S', 'SMALL', 'SUP', 'SUB', 'MARK', 'CODE', 'ABBR', 'TIME', 'Q', 'CITE', 'FONT', 'LABEL', 'BUTTON', 'STRIKE', 'BDI', 'BDO', 'DFN', 'KBD', 'VAR', 'WBR', 'IMG', 'BR', 'INPUT']);

/** Longest text a seed block may have: clutter is a line or a short box, not a page section. */
const MAX_SEED_TEXT = 600;
const MAX_BOX_TEXT = 2500;

export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
const tagOf = (el: Element): string => el.tagName.toUpperCase();

function attributeWords(el: Element): string {
  const parts = [el.getAttribute('class'), el.getAttribute('id'), el.getAttribute('aria-label'), el.getAttribute('data-testid')];
  let s = '';
  for (const p of parts) if (p) s += ' ' + p;
  if (!s) return '';
  return s.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/[-_:./]+/g, ' ');
}

function attributeKind(el: Element): ClutterKind | null {
  const words = attributeWords(el);
  if (!words) return null;
  for (const [kind, re] of ATTRIBUTE_KINDS) if (re.test(words)) return kind;
  return null;
}

/** The kind a form announces by its fields: a password means an account, an email a list. */
function formKind(el: Element, text: string): ClutterKind | null {
  const password = el.querySelector('input[type="password" i]');
  const email = el.querySelector('input[type="email" i], input[name*="email" i], input[autocomplete="email" i]');
  if (!password && !email) return null;
  const said = kindOfText(text);
  if (said) return said;
  if (password || /\b(?:reset|password|account|log\s?in|sign\s?in)\b/i.test(text)) return 'registration';
  return 'newsletter';
}

interface Layout {
  fixed(el: Element): boolean;
  coversViewport(el: Element): boolean;
}

/** Layout answers from the browser, or null where there is none (linkedom, unrendered pages). */
export function layoutOf(doc: Document): Layout | null {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const body = bodyOf(doc);
  if (!view || typeof view.getComputedStyle !== 'function' || !body || typeof body.getBoundingClientRect !== 'function') return null;
  const vw = view.innerWidth || 0;
  const vh = view.innerHeight || 0;
  if (!vw || !vh || doc.documentElement.getBoundingClientRect().width === 0) return null;
  return {
    fixed(el) {
      const p = view.getComputedStyle(el).position;
      return p === 'fixed' || p === 'sticky';
    },
    coversViewport(el) {
      const r = el.getBoundingClientRect();
      const w = Math.max(0, Math.min(r.right, vw) - Math.max(r.left, 0));
      const h = Math.max(0, Math.min(r.bottom, vh) - Math.max(r.top, 0));
      return w * h >= vw * vh * 0.3;
    },
  };
}

/** The story, as sets that make "never hide story text" a constant-time check. */
export interface StoryGuard {
  blocks: Set<Element>;
  ancestors: Set<Element>;
  /** Openings of story paragraphs: a site that re-renders its story makes new elements, and a
   * box whose text holds one of these is story whatever element it is. */
  openings: string[];
}

export function guardFor(article: Extraction): StoryGuard {
  const blocks = new Set(article.blocks);
  const ancestors = new Set<Element>();
  for (const b of article.blocks) {
    for (let p = b.parentElement; p && !ancestors.has(p); p = p.parentElement) ancestors.add(p);
  }
  if (article.root) {
    ancestors.add(article.root);
    for (let p = article.root.parentElement; p && !ancestors.has(p); p = p.parentElement) ancestors.add(p);
  }
  const openings = article.paragraphs.filter((p) => p.length >= 40).map((p) => p.slice(0, 40));
  return { blocks, ancestors, openings };
}

/** Is, holds, or sits inside story text. `text` is the element's collapsed text, if known. */
export function touchesStory(el: Element, guard: StoryGuard, text?: string): boolean {
  if (guard.blocks.has(el) || guard.ancestors.has(el)) return true;
  for (let p = el.parentElement; p; p = p.parentElement) if (guard.blocks.has(p)) return true;
  for (const b of guard.blocks) if (el.contains(b)) return true;
  const t = text ?? collapse(el.textContent ?? '');
  for (const o of guard.openings) if (t.includes(o)) return true;
  return false;
}

interface Seed {
  el: Element;
  kind: ClutterKind | null; // null: fine print, counts as clutter text only
  text: string;
  /** Named by the page's markup as clutter: may grow over text of other kinds. */
  named: boolean;
}

export interface ScanOptions {
  /** Stop after examining this many elements (MutationObserver batches on busy pages). */
  maxElements?: number;
}

/** Clutter in the subtrees `scopes` (the body, or nodes added later), outermost boxes only. */
export function scanForClutter(
  doc: Document,
  scopes: Element[],
  guard: StoryGuard,
  layout: Layout | null,
  options: ScanOptions = {},
): ClutterFinding[] {
  const maxElements = options.maxElements ?? 100000;
  const seeds: Seed[] = [];
  const checkedBlocks = new Set<Element>();
  const textOf = new Map<Element, string>();
  const text = (el: Element): string => {
    let t = textOf.get(el);
    if (t === undefined) {
      t = collapse(el.textContent ?? '');
      textOf.set(el, t);
    }
    return t;
  };
  let examined = 0;
  const stack: Element[] = [];
  for (let i = scopes.length - 1; i >= 0; i--) stack.push(scopes[i]);
  while (stack.length && examined < maxElements) {
    const el = stack.pop()!;
    examined++;
    const tag = tagOf(el);
    if (NEVER.has(tag) || guard.blocks.has(el)) continue;

    const named = attributeKind(el);
    if (named && !guard.ancestors.has(el)) {
      const raw = el.textContent ?? '';
      if (raw.length <= MAX_BOX_TEXT * 2) {
        const t = text(el);
        const said = t.length <= MAX_BOX_TEXT ? kindOfText(t) : null;
        const form = formKind(el, t);
        const modal = el.getAttribute('aria-modal') === 'true' || el.getAttribute('role') === 'dialog' || el.getAttribute('role') === 'alertdialog';
        const fixed = layout ? layout.fixed(el) : /position\s*:\s*(?:fixed|sticky)/i.test(el.getAttribute('style') ?? '');
        // An empty box named "overlay"/"backdrop" is the dimmed layer behind a modal.
        const backdrop = named === 'overlay' && t.length === 0 && !el.querySelector('img, video, picture, iframe, canvas');
        if (t.length <= MAX_BOX_TEXT && (said || form || backdrop || ((modal || fixed) && t.length > 0))) {
          seeds.push({ el, kind: named === 'overlay' && (modal || fixed || backdrop) ? 'overlay' : said ?? form ?? named, text: t, named: true });
        }
      }
    } else if (layout && !guard.ancestors.has(el) && el.parentElement === doc.body && layout.fixed(el) && layout.coversViewport(el)) {
      // A fixed layer over most of the window, outside the story: a modal or its backdrop.
      seeds.push({ el, kind: 'overlay', text: text(el), named: true });
    }

    if (tag === 'FORM' && !guard.ancestors.has(el)) {
      const t = text(el);
      const k = t.length <= MAX_BOX_TEXT ? formKind(el, t) : null;
      if (k) seeds.push({ el, kind: k, text: t, named: false });
    }

    // Wording: judged on the nearest block around any bare text.
    if (!INLINE.has(tag) && !checkedBlocks.has(el) && hasOwnText(el) && !guard.ancestors.has(el)) {
      checkedBlocks.add(el);
      const raw = el.textContent ?? '';
      if (raw.length <= MAX_SEED_TEXT * 3) {
        const t = text(el);
        if (t.length <= MAX_SEED_TEXT) {
          const k = kindOfText(t);
          if (k) seeds.push({ el, kind: k, text: t, named: false });
          else if (SIGNUP_FINE_PRINT.test(t)) seeds.push({ el, kind: null, text: t, named: false });
        }
      }
    }

    for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }

  // Inline text such as <a>Already a subscriber? Log in</a> directly in a container is caught
  // by the container (hasOwnText looks through inline children).
  const strong = seeds.filter((s) => s.kind !== null);
  const boxes: ClutterFinding[] = [];
  for (const seed of strong) {
    if (touchesStory(seed.el, guard, seed.text)) continue;
    const box = grow(doc, seed, seeds, guard, text);
    if (box.el !== seed.el && touchesStory(box.el, guard, text(box.el))) continue;
    boxes.push({ kind: box.kind, element: box.el, text: text(box.el) });
  }
  return outermost(boxes);
}

/** Text directly in the element, or in inline children (links, spans) of it. */
function hasOwnText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      if ((n.nodeValue ?? '').trim()) return true;
    } else if (n.nodeType === 1 && INLINE.has(tagOf(n as Element)) && (n.textContent ?? '').trim()) return true;
  }
  return false;
}

function grow(
  doc: Document,
  seed: Seed,
  seeds: Seed[],
  guard: StoryGuard,
  text: (el: Element) => string,
): { el: Element; kind: ClutterKind } {
  let cur = seed.el;
  let kind = seed.kind as ClutterKind;
  for (let level = 0; level < 8; level++) {
    const p = cur.parentElement;
    if (!p || p === doc.body || p === doc.documentElement) break;
    if (guard.ancestors.has(p) || guard.blocks.has(p)) break;
    if ((p.textContent ?? '').length > MAX_BOX_TEXT * 2) break;
    const pText = text(p);
    if (pText.length > MAX_BOX_TEXT) break;
    let clutterChars = 0;
    let otherKind = false;
    let counted: Element | null = null;
    for (const s of seeds) {
      if (!p.contains(s.el)) continue;
      if (counted && counted.contains(s.el)) continue;
      if (s.kind && s.kind !== kind && !cur.contains(s.el) && !s.el.contains(cur)) otherKind = true;
      clutterChars += s.text.length;
      counted = s.el;
    }
    // Keep separate boxes separate (a comment gate next to a sign-in form), unless the page
    // itself names the parent as one piece of clutter.
    const parentNamed = seeds.find((s) => s.el === p && s.named);
    if (otherKind && !parentNamed) break;
    const extra = pText.length - Math.min(pText.length, clutterChars);
    if (!parentNamed && extra > 40 + pText.length * 0.1) break;
    cur = p;
    if (parentNamed?.kind) kind = parentNamed.kind;
  }
  return { el: cur, kind };
}

/** Drops boxes inside other boxes; page order. */
function outermost(boxes: ClutterFinding[]): ClutterFinding[] {
  const out: ClutterFinding[] = [];
  const seen = new Set<Element>();
  for (const b of boxes) {
    if (seen.has(b.element)) continue;
    seen.add(b.element);
    if (boxes.some((o) => o.element !== b.element && o.element.contains(b.element))) continue;
    out.push(b);
  }
  return out.sort(byPageOrder);
}

/** Page order of two findings. Computed from ancestor chains: linkedom's compareDocumentPosition
 * answers wrongly for nodes in different subtrees. */
export function byPageOrder(a: { element: Element }, b: { element: Element }): number {
  if (a.element === b.element) return 0;
  const chain = (el: Element): Element[] => {
    const c: Element[] = [];
    for (let p: Element | null = el; p; p = p.parentElement) c.push(p);
    return c.reverse();
  };
  const ca = chain(a.element);
  const cb = chain(b.element);
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  if (i === ca.length) return -1; // a contains b
  if (i === cb.length) return 1;
  for (let s = ca[i].nextElementSibling; s; s = s.nextElementSibling) if (s === cb[i]) return -1;
  return 1;
}

export function findClutterIn(doc: Document, article: Extraction, layout: Layout | null = layoutOf(doc)): ClutterFinding[] {
  const body = bodyOf(doc);
  if (!article.isArticle || !body) return [];
  return scanForClutter(doc, [body], guardFor(article), layout);
}
