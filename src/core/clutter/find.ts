// Finds the clutter around and inside a story. Three kinds of evidence make a seed: what a block
// says (wording.ts), what the page calls it (class, id, role, aria-label) confirmed by wording, a
// form or fixed position, and sign-in/sign-up forms themselves. Each seed then grows to the box
// that frames it (heading, fine print, buttons) as long as that box holds nothing but clutter and
// no story. Story blocks, everything inside them and every ancestor of them are never candidates.
import type { ClutterKind } from '../types';
import type { Extraction } from '../extract';
import { hasClutterCue, isConsent, kindOfText, SIGNUP_FINE_PRINT } from './wording';
import { bodyOf, collapse, tagOf } from '../extract/dom';
import { type PageIndex, pageIndexOf } from '../extract/index-cache';
import { namedByAttributes } from './cues';
import { type Clock, TimeBudget } from '../budget';

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
const MAX_WIDENED_TEXT = 150;


function attributeWords(el: Element): string {
  const parts = [el.getAttribute('class'), el.getAttribute('id'), el.getAttribute('aria-label'), el.getAttribute('data-testid')];
  let s = '';
  for (const p of parts) if (p) s += ' ' + p;
  if (!s) return '';
  return s.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/[-_:./]+/g, ' ');
}

function attributeKind(el: Element): ClutterKind | null {
  if (!namedByAttributes(el)) return null;
  const words = attributeWords(el);
  if (!words) return null;
  for (const [kind, re] of ATTRIBUTE_KINDS) if (re.test(words)) return kind;
  return null;
}

/** The kind a form announces by its fields: a password means an account, an email a list. */
function formKind(el: ParentNode, text: string): ClutterKind | null {
  // querySelectorAll, not getElementsByTagName: a shadow root has only the former.
  const inputs = el.querySelectorAll('input');
  if (!inputs.length) return null;
  let password = false;
  let email = false;
  for (let i = 0; i < inputs.length && i < 30; i++) {
    const type = (inputs[i].getAttribute('type') ?? '').toLowerCase();
    if (type === 'password') password = true;
    else if (type === 'email' || /e-?mail/i.test(inputs[i].getAttribute('name') ?? '') || inputs[i].getAttribute('autocomplete') === 'email') email = true;
  }
  if (!password && !email) return null;
  // A text area makes it a comment or contact form: the reader's own voice, not a sign-up.
  if (!password && el.querySelector('textarea')) return null;
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
  /** The clock for the scan's time budget (tests inject one). */
  clock?: Clock;
}

/** What one scan found, and whether it stopped at its budget with part of the page unexamined. */
export interface ClutterScan {
  findings: ClutterFinding[];
  partial: boolean;
  /** Open shadow roots met on the way: their content may arrive later, so the live page watches them. */
  shadowRoots?: ShadowRoot[];
  /** Same-origin frames not loaded yet: the live page reads them once they are. */
  unloadedFrames?: Element[];
}

/** The open shadow root of an element, if any (content scripts see open roots only). */
export function shadowRootOf(el: Element): ShadowRoot | null {
  return (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot ?? null;
}

/** The document inside a same-origin frame once it has loaded; null if cross-origin or loading. */
export function loadedFrameDocument(el: Element): Document | null | 'loading' {
  let d: Document | null = null;
  try {
    d = (el as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null; // cross-origin: not ours to read
  }
  if (!d) return null;
  // Before its document arrives a frame shows the initial about:blank, which says nothing.
  const src = el.getAttribute('src');
  if (d.readyState !== 'complete' || (src && src !== 'about:blank' && d.URL === 'about:blank')) return 'loading';
  return d;
}

/** Elements one whole-page scan examines, at most. */
const SCAN_ELEMENTS = 100_000;
/** Milliseconds one scan may take: a backstop for slow machines, far above a news page's needs
 * (a few ms). Past it the scan stops taking new seeds and keeps what it found. */
const SCAN_MS = 200;
/** Steps between two looks at the clock. */
const CLOCK_EVERY = 16;

/** Per-scan state: seeds so far and a text cache (textContent is the costly read). */
class Scan {
  readonly seeds: Seed[] = [];
  /** Set once the scan stopped at its budget. */
  partial = false;
  private steps = 0;
  private readonly textOf = new Map<Element, string>();
  private readonly time: TimeBudget;
  constructor(
    readonly doc: Document,
    readonly guard: StoryGuard,
    readonly layout: Layout | null,
    clock?: Clock,
  ) {
    this.time = new TimeBudget(SCAN_MS, clock);
  }

  /** True once the time budget is spent; every step asks before it reads the page, and every
   * few steps the question goes to the clock (reading it on each step cost 1% of the scan). */
  outOfTime(): boolean {
    if (!this.partial && this.steps++ % CLOCK_EVERY === 0 && this.time.spent) this.partial = true;
    return this.partial;
  }

  text = (el: Element): string => {
    let t = this.textOf.get(el);
    if (t === undefined) {
      t = visibleText(el);
      this.textOf.set(el, t);
    }
    return t;
  };

  /** An element whose class, id or label names clutter: a seed once something confirms it. */
  named(el: Element): void {
    if (this.outOfTime()) return;
    const named = attributeKind(el);
    if (!named || this.guard.ancestors.has(el) || this.guard.blocks.has(el)) return;
    if ((el.textContent ?? '').length > MAX_BOX_TEXT * 2) return;
    const t = this.text(el);
    if (t.length > MAX_BOX_TEXT) return;
    // A long box (a menu, a sidebar) that mentions a newsletter somewhere is not itself the
    // sign-up box: its wording must be judged on the box's parts, which seed on their own.
    const said = t.length <= MAX_SEED_TEXT ? kindOfText(t) : null;
    const form = said ? null : formKind(el, t);
    // An empty box named "overlay"/"backdrop" is the dimmed layer behind a modal.
    const backdrop = named === 'overlay' && t.length === 0 && !el.querySelector('img, video, picture, iframe, canvas');
    const role = el.getAttribute('role');
    const modal = el.getAttribute('aria-modal') === 'true' || role === 'dialog' || role === 'alertdialog';
    // Position is asked last: it is the one question that costs a style lookup.
    const fixed = (named === 'overlay' || !(said || form || backdrop || modal)) && t.length > 0 &&
      (this.layout ? this.layout.fixed(el) : /position\s*:\s*(?:fixed|sticky)/i.test(el.getAttribute('style') ?? ''));
    // Without layout, a box named "modal"/"popup" hung straight off <body> is one: sites append
    // their dialogs there, away from the page's flow.
    const bodyLayer = !this.layout && named === 'overlay' && t.length > 0 && el.parentElement === bodyOf(this.doc) && hasClutterCue(t);
    if (said || form || backdrop || bodyLayer || ((modal || fixed) && t.length > 0 && hasClutterCue(t))) {
      const kind = named === 'overlay' && (modal || fixed || backdrop || bodyLayer) ? 'overlay' : said ?? form ?? named;
      this.seeds.push({ el, kind, text: t, named: true });
    }
  }

  form(el: Element): void {
    if (this.outOfTime()) return;
    if (this.guard.ancestors.has(el) || this.guard.blocks.has(el)) return;
    const t = this.text(el);
    const k = t.length <= MAX_BOX_TEXT ? formKind(el, t) : null;
    if (k) this.seeds.push({ el, kind: k, text: t, named: false });
  }

  /** A fixed layer over most of the window, outside the story: a modal or its backdrop. */
  layer(el: Element): void {
    if (!this.layout || this.outOfTime() || this.guard.ancestors.has(el) || attributeKind(el)) return;
    if (this.layout.fixed(el) && this.layout.coversViewport(el)) {
      this.seeds.push({ el, kind: 'overlay', text: this.text(el), named: true });
    }
  }

  readonly shadowRoots: ShadowRoot[] = [];
  readonly unloadedFrames: Element[] = [];

  /**
   * A host whose open shadow root draws a box: its words are in the shadow tree, not in the page's
   * own text, so the host is judged on them, and hidden as a whole (the page's style reaches it).
   */
  shadowHost(el: Element, root: ShadowRoot): void {
    this.shadowRoots.push(root);
    if (this.outOfTime() || this.guard.ancestors.has(el) || this.guard.blocks.has(el)) return;
    const t = fragmentText(root);
    if (!t || t.length > MAX_BOX_TEXT) return;
    this.textOf.set(el, t);
    const kind = (t.length <= MAX_SEED_TEXT ? kindOfText(t) : null) ?? formKind(root, t);
    if (kind) this.seeds.push({ el, kind, text: t, named: true });
  }

  /** A same-origin frame is a document of its own: judged on its words and its form, like a box. */
  frame(el: Element): void {
    if (this.outOfTime() || this.guard.ancestors.has(el)) return;
    const d = loadedFrameDocument(el);
    if (d === 'loading') this.unloadedFrames.push(el);
    if (!d || d === 'loading' || !d.body) return;
    if ((d.body.textContent ?? '').length > MAX_BOX_TEXT * 2) return;
    const t = visibleText(d.body);
    if (!t || t.length > MAX_BOX_TEXT) return;
    this.textOf.set(el, t);
    const kind = (t.length <= MAX_SEED_TEXT ? kindOfText(t) : null) ?? formKind(d.body, t);
    if (kind) this.seeds.push({ el, kind, text: t, named: true });
  }

  /** What a block of text says. */
  /** True when the text makes the element a seed. */
  wording(el: Element, t: string): boolean {
    if (t.length > MAX_SEED_TEXT || this.outOfTime() || this.guard.blocks.has(el) || this.guard.ancestors.has(el)) return false;
    const k = kindOfText(t);
    // The seed counts with all the text a reader sees in it (a unit's own text leaves out its
    // buttons and labels), so that growing it to its box weighs what the box really shows.
    if (k) this.seeds.push({ el, kind: k, text: this.text(el), named: false });
    else if (SIGNUP_FINE_PRINT.test(t)) this.seeds.push({ el, kind: null, text: this.text(el), named: false });
    return k !== null;
  }

  /** Walks subtrees element by element (used for late additions and what the index left out). */
  walk(scopes: Element[], maxElements: number): void {
    const checkedBlocks = new Set<Element>();
    const body = bodyOf(this.doc);
    let examined = 0;
    const stack: Element[] = [];
    for (let i = scopes.length - 1; i >= 0; i--) stack.push(scopes[i]);
    while (stack.length && examined < maxElements && !this.outOfTime()) {
      const el = stack.pop()!;
      examined++;
      const tag = el.tagName;
      if (NEVER.has(tag) || this.guard.blocks.has(el)) continue;
      this.named(el);
      if (tag === 'FORM') this.form(el);
      else if (tag === 'IFRAME') this.frame(el);
      const shadow = shadowRootOf(el);
      if (shadow) this.shadowHost(el, shadow);
      if (el.parentElement === body) this.layer(el);
      // Wording: judged on the nearest block around any bare text.
      if (!INLINE.has(tag) && !checkedBlocks.has(el) && hasOwnText(el)) {
        checkedBlocks.add(el);
        if ((el.textContent ?? '').length <= MAX_SEED_TEXT * 3) this.wording(el, this.text(el));
      }
      for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    }
    if (stack.length) this.partial = true;
  }

  /** Grows every seed to its box; outermost boxes in page order. */
  finish(): ClutterScan {
    const boxes: ClutterFinding[] = [];
    for (const seed of this.seeds) {
      if (seed.kind === null) continue;
      // Seeds found in time are grown even past it: a seed left as it is could be half a box.
      if (touchesStory(seed.el, this.guard, seed.text)) continue;
      const box = grow(this.doc, seed, this.seeds, this.guard, this.text);
      const text = this.text(box.el);
      if (box.el !== seed.el && touchesStory(box.el, this.guard, text)) continue;
      // Consent is the reader's to give or refuse: Lede never answers it, nor hides the question.
      if (isConsent(text)) continue;
      boxes.push({ kind: box.kind, element: box.el, text });
    }
    return { findings: outermost(boxes), partial: this.partial, shadowRoots: this.shadowRoots, unloadedFrames: this.unloadedFrames };
  }
}

/** Clutter in the subtrees `scopes` (the body, or nodes added later), outermost boxes only. */
export function scanForClutter(
  doc: Document,
  scopes: Element[],
  guard: StoryGuard,
  layout: Layout | null,
  options: ScanOptions = {},
): ClutterScan {
  const scan = new Scan(doc, guard, layout, options.clock);
  scan.walk(scopes, options.maxElements ?? SCAN_ELEMENTS);
  return scan.finish();
}

/**
 * The same scan, fed by the index the extraction walk already built (text units, named elements,
 * forms): the page is walked once for both jobs.
 */
export function scanIndexed(
  doc: Document,
  index: PageIndex,
  guard: StoryGuard,
  layout: Layout | null,
  options: ScanOptions = {},
): ClutterScan {
  const scan = new Scan(doc, guard, layout, options.clock);
  for (const el of index.named) scan.named(el);
  for (const el of index.forms) scan.form(el);
  for (const el of index.hosts) {
    const shadow = shadowRootOf(el);
    if (shadow) scan.shadowHost(el, shadow);
    else scan.frame(el);
  }
  if (index.hidden.length) scan.walk(index.hidden, options.maxElements ?? SCAN_ELEMENTS);
  const body = bodyOf(doc);
  if (body && layout) for (let c = body.firstElementChild; c; c = c.nextElementSibling) scan.layer(c);
  const widened = new Set<Element>();
  for (const u of index.units) {
    if (scan.outOfTime()) break;
    if (u.text.length > MAX_SEED_TEXT) continue;
    if (scan.wording(u.el, u.text) || !hasClutterCue(u.text)) continue;
    // A box's wording is often spread over several small blocks ("FURCHE-Newsletter" / "Jetzt
    // anmelden"): read the enclosing element as a whole once.
    const p = u.el.parentElement;
    // Only a small box: a section that merely opens with "Comments" is not one piece of clutter.
    if (p && !widened.has(p) && (p.textContent ?? '').length <= MAX_SEED_TEXT * 2) {
      widened.add(p);
      const t = scan.text(p);
      if (t.length <= Math.max(MAX_WIDENED_TEXT, 3 * u.text.length)) scan.wording(p, t);
    }
  }
  return scan.finish();
}

/** The text a reader sees: textContent without the inline scripts and styles that pages put
 * inside widgets (a sign-up box often carries its own validation script). */
export function visibleText(el: Element): string {
  if (!el.querySelector('script, style, noscript, template')) return collapse(el.textContent ?? '');
  const parts: string[] = [];
  const stack: Node[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
    else if (n.nodeType === 1 && !NEVER.has((n as Element).tagName) && (n as Element).tagName !== 'NOSCRIPT') {
      for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
    }
  }
  return collapse(parts.join(''));
}

/** The visible text of a shadow tree (its style elements left out). */
function fragmentText(root: ShadowRoot): string {
  let out = '';
  for (let c = root.firstElementChild; c; c = c.nextElementSibling) if (!NEVER.has(c.tagName)) out += ' ' + visibleText(c);
  return collapse(out);
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

export function findClutterIn(
  doc: Document,
  article: Extraction,
  layout: Layout | null = layoutOf(doc),
  options: ScanOptions = {},
): ClutterScan {
  if (!article.isArticle) return { findings: [], partial: false };
  return scanPage(doc, article, guardFor(article), layout, options);
}

/**
 * The whole page as loaded: from the index the extraction walk left (one walk for both jobs), or
 * by walking the body where there is none (an Extraction that crossed a message boundary).
 */
export function scanPage(doc: Document, article: Extraction, guard: StoryGuard, layout: Layout | null, options: ScanOptions = {}): ClutterScan {
  const body = bodyOf(doc);
  if (!body) return { findings: [], partial: false };
  const index = pageIndexOf(article);
  return index ? scanIndexed(doc, index, guard, layout, options) : scanForClutter(doc, [body], guard, layout, options);
}
