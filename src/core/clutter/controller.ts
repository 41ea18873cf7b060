// Hides clutter on the live page and can show it again exactly as the site had it. Nothing is
// removed and no site style is touched: found elements get a data attribute, and one <style>
// element, active while <html> carries our switch attribute, hides them and releases scroll locks
// and blur. Showing again removes the switch and the <style>; the page renders as before.
import type { ClutterItem } from '../types';
import type { Extraction } from '../extract';
import {
  type ClutterFinding, type ClutterScan, type StoryGuard, SCROLL_LOCK_WORDS, byPageOrder, guardFor, layoutOf, loadedFrameDocument,
  scanForClutter, scanPage, touchesStory,
} from './find';
import { bodyOf } from '../extract/dom';
import type { Clock } from '../budget';

export interface ClutterController {
  /** Currently found clutter (kind + visible text), in page order. */
  items(): ClutterItem[];
  /** True while clutter is hidden. */
  readonly hidden: boolean;
  /** True when the scan of the page as loaded stopped at its budget: part of it was not examined. */
  readonly partial: boolean;
  /** Re-show everything exactly as the site had it (one click in the popup). */
  show(): void;
  /** Hide again. */
  hide(): void;
  /** Disconnect observers; leaves the page as it is at that moment. */
  stop(): void;
}

export interface ClutterHidingOptions {
  /** How long to keep watching for clutter that arrives late (ms). Default: as long as the page
   * lives (a newsletter box may slide in whenever the reader scrolls), within WATCH_RATE. */
  watchMs?: number;
  onChange?: (items: ClutterItem[]) => void;
  /** The clock for the scans' time budget (tests inject one). */
  clock?: Clock;
}

export const CLUTTER_ATTR = 'data-lede-clutter';
export const SWITCH_ATTR = 'data-lede-hiding';
export const UNLOCK_ATTR = 'data-lede-unlock';
export const UNBLUR_ATTR = 'data-lede-unblur';
const STYLE_ID = 'lede-clutter-style';

/** Elements examined per observer batch, and at most in store: a page that keeps rebuilding itself
 * (live tickers, infinite feeds) must not keep us busy. The store refills by WATCH_RATE elements a
 * second, so a busy page costs Lede a small, fixed share of its main thread (a few ms a second),
 * and the watch can last as long as the page. */
const BATCH_ELEMENTS = 3000;
const TOTAL_ELEMENTS = 60000;
const WATCH_RATE = 3000;
/** The latest a burst of mutations is looked at, when no frame comes first. */
const FLUSH_LATEST_MS = 100;
/** Attributes whose change on <html>, <body> or the story can lock scrolling or blur the story. */
const WATCHED_ATTRIBUTES = ['class', 'style'];

const STYLE_RULES = [
  `html[${SWITCH_ATTR}] [${CLUTTER_ATTR}] { display: none !important; }`,
  // Scroll locks: sites set overflow:hidden (or position:fixed) on <html>/<body> under a modal.
  `html[${SWITCH_ATTR}][${UNLOCK_ATTR}], html[${SWITCH_ATTR}][${UNLOCK_ATTR}] > body { overflow: visible !important; overflow-y: auto !important; height: auto !important; max-height: none !important; }`,
  `html[${SWITCH_ATTR}][${UNLOCK_ATTR}="fixed"] > body { position: static !important; }`,
  `html[${SWITCH_ATTR}] [${UNBLUR_ATTR}] { filter: none !important; -webkit-filter: none !important; mask-image: none !important; -webkit-mask-image: none !important; user-select: auto !important; pointer-events: auto !important; }`,
].join('\n');

export function startClutterHiding(
  doc: Document,
  article: Extraction,
  options: ClutterHidingOptions = {},
): ClutterController {
  const found: ClutterFinding[] = [];
  const marked = new Set<Element>();
  let guard: StoryGuard = guardFor(article);
  const layout = layoutOf(doc);
  let hidden = false;
  let partial = false;
  let stopped = false;
  let budget = TOTAL_ELEMENTS;
  let refilledAt = Date.now();
  let recheckLocks = false;
  const pending: Element[] = [];
  const watchedRoots = new WeakSet<Node>();
  const frameOf = new Map<Document, Element>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let frameRequest: number | null = null;
  let stopTimer: ReturnType<typeof setTimeout> | null = null;
  let observer: MutationObserver | null = null;

  const html = doc.documentElement as Element | null;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const cancelFlush = (): void => {
    if (timer !== null) clearTimeout(timer);
    if (frameRequest !== null) view?.cancelAnimationFrame(frameRequest);
    timer = null;
    frameRequest = null;
  };

  const add = (findings: ClutterFinding[]): boolean => {
    let changed = false;
    for (const f of findings) {
      if (marked.has(f.element) || touchesStory(f.element, guard, f.text)) continue;
      // Already inside a marked box: nothing more to hide.
      let inside = false;
      for (let p = f.element.parentElement; p; p = p.parentElement) if (marked.has(p)) { inside = true; break; }
      if (inside) continue;
      marked.add(f.element);
      f.element.setAttribute(CLUTTER_ATTR, f.kind);
      found.push(f);
      changed = true;
    }
    if (changed) {
      found.sort(byPageOrder);
      releaseLocks();
    }
    return changed;
  };

  const releaseLocks = (): void => {
    if (!found.some((f) => f.kind === 'overlay' || f.kind === 'paywall' || f.kind === 'registration')) return;
    const lock = scrollLock(doc, layout);
    if (lock && html && html.getAttribute(UNLOCK_ATTR) !== lock) html.setAttribute(UNLOCK_ATTR, lock);
    for (const el of blurred(doc, article, layout)) el.setAttribute(UNBLUR_ATTR, '');
    let faded = false;
    for (const el of fadeLayers(article, found, guard, layout)) {
      if (marked.has(el)) continue;
      marked.add(el);
      el.setAttribute(CLUTTER_ATTR, 'overlay');
      found.push({ kind: 'overlay', element: el, text: '' });
      faded = true;
    }
    if (faded) found.sort(byPageOrder);
  };

  const ensureStyle = (): void => {
    if (doc.getElementById(STYLE_ID)) return;
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = STYLE_RULES;
    (doc.head ?? html)?.appendChild(style);
  };

  const controller: ClutterController = {
    items: () => found.filter((f) => f.element.isConnected !== false).map(({ kind, text }) => ({ kind, text })),
    get hidden() {
      return hidden;
    },
    get partial() {
      return partial;
    },
    show() {
      hidden = false;
      html?.removeAttribute(SWITCH_ATTR);
      doc.getElementById(STYLE_ID)?.remove();
    },
    hide() {
      hidden = true;
      ensureStyle();
      html?.setAttribute(SWITCH_ATTR, '');
    },
    stop() {
      stopped = true;
      observer?.disconnect();
      cancelFlush();
      if (stopTimer !== null) clearTimeout(stopTimer);
      pending.length = 0;
    },
  };

  const body = bodyOf(doc);
  if (!article.isArticle || !body) {
    return controller;
  }

  // Late clutter: paywall scripts and modals usually arrive a second or more after load.
  const Observer = view && (view as unknown as { MutationObserver?: typeof MutationObserver }).MutationObserver;
  // One scan per burst of mutations (scripts insert clutter piece by piece), run just before the
  // next frame is painted: a prompt or a scroll lock that a script puts up is undone before the
  // reader sees it. The timer covers pages that paint no frames (a tab in the background).
  const schedule = (): void => {
    if (timer !== null || stopped) return;
    timer = setTimeout(flush, FLUSH_LATEST_MS);
    if (view && typeof view.requestAnimationFrame === 'function') frameRequest = view.requestAnimationFrame(flush);
  };

  /** What a scan met that the watch must follow: shadow trees filled later, frames still loading. */
  const follow = (scan: ClutterScan): void => {
    if (!observer) return;
    for (const root of scan.shadowRoots ?? []) {
      if (watchedRoots.has(root)) continue;
      watchedRoots.add(root);
      observer.observe(root, { childList: true, subtree: true, characterData: true });
    }
    for (const frame of scan.unloadedFrames ?? []) {
      if (watchedRoots.has(frame)) continue;
      watchedRoots.add(frame);
      frame.addEventListener('load', () => {
        if (stopped) return;
        const d = loadedFrameDocument(frame);
        if (d && d !== 'loading' && d.body) {
          frameOf.set(d, frame);
          observer?.observe(d.body, { childList: true, subtree: true, characterData: true });
        }
        pending.push(frame);
        schedule();
      });
    }
  };

  const flush = (): void => {
    cancelFlush();
    if (stopped) return;
    if (recheckLocks) {
      recheckLocks = false;
      releaseLocks();
    }
    const batch = pending.splice(0, pending.length).filter((el) => el.isConnected !== false && !insideMarked(el, marked));
    if (!batch.length) return;
    const now = Date.now();
    budget = Math.min(TOTAL_ELEMENTS, budget + ((now - refilledAt) / 1000) * WATCH_RATE);
    refilledAt = now;
    const max = Math.floor(Math.min(BATCH_ELEMENTS, budget));
    if (max <= 0) return; // a busy page: what it adds now waits for its next change
    budget -= max;
    // The site may have moved story blocks since the last scan: rebuild their ancestor set.
    guard = guardFor(article);
    const scan = scanForClutter(doc, outermostNodes(batch), guard, layout, { maxElements: max, clock: options.clock });
    follow(scan);
    const changed = add(scan.findings);
    if (changed) options.onChange?.(controller.items());
  };

  const onMutations = (records: MutationRecord[]): void => {
    for (const r of records) {
      const target = r.target as Element;
      if (r.type === 'attributes') {
        // Classes and styles on <html>/<body> lock scrolling; on the story they blur it. A dialog
        // the page holds hidden from the start was judged by the first scan already.
        if (target === html || target === body || guard.ancestors.has(target) || guard.blocks.has(target)) recheckLocks = true;
        continue;
      }
      const root = target.getRootNode?.() as Node | undefined;
      if (root && root !== doc && (root as ShadowRoot).host) {
        pending.push((root as ShadowRoot).host); // a shadow tree changed: judge its host again
      } else if (target.ownerDocument && target.ownerDocument !== doc) {
        const frame = frameOf.get(target.ownerDocument);
        if (frame) pending.push(frame); // a frame's document changed: judge the frame again
      } else {
        for (const n of Array.from(r.addedNodes)) if (n.nodeType === 1) pending.push(n as Element);
      }
    }
    if (pending.length || recheckLocks) schedule();
  };

  if (typeof Observer === 'function') {
    try {
      observer = new Observer(onMutations);
      observer.observe(html ?? body, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
      if (options.watchMs !== undefined) stopTimer = setTimeout(() => controller.stop(), options.watchMs);
    } catch {
      observer = null;
    }
  }

  const first = scanPage(doc, article, guard, layout, { clock: options.clock });
  // Only the page as loaded counts: late additions past the watch budget are a busy page's
  // ticker or feed, not part of the article the reader opened.
  partial = first.partial;
  follow(first);
  add(first.findings);
  controller.hide();
  return controller;
}

function insideMarked(el: Element, marked: Set<Element>): boolean {
  for (let p: Element | null = el; p; p = p.parentElement) if (marked.has(p)) return true;
  return false;
}

/** Removes nodes that sit inside other nodes of the list. */
function outermostNodes(nodes: Element[]): Element[] {
  const set = new Set(nodes);
  return nodes.filter((n) => {
    for (let p = n.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

/** "fixed" when the body is pinned in place, "overflow" when scrolling is switched off, or null. */
function scrollLock(doc: Document, layout: ReturnType<typeof layoutOf>): 'fixed' | 'overflow' | null {
  const html = doc.documentElement as Element | null;
  const body = bodyOf(doc);
  if (!body || !html) return null;
  const words = `${html.getAttribute('class') ?? ''} ${body.getAttribute('class') ?? ''}`
    .replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/[-_]+/g, ' ');
  const inline = `${html.getAttribute('style') ?? ''};${body.getAttribute('style') ?? ''}`;
  const view = doc.defaultView;
  if (layout && view) {
    const b = view.getComputedStyle(body);
    if (b.position === 'fixed') return 'fixed';
    const h = view.getComputedStyle(html);
    if (b.overflowY === 'hidden' || h.overflowY === 'hidden' || b.overflow === 'hidden' || h.overflow === 'hidden') return 'overflow';
    return null;
  }
  if (/position\s*:\s*fixed/i.test(body.getAttribute('style') ?? '')) return 'fixed';
  if (/overflow(?:-y)?\s*:\s*hidden/i.test(inline) || SCROLL_LOCK_WORDS.test(words)) return 'overflow';
  return null;
}

const MAX_BLUR_CANDIDATES = 1500;

/**
 * The fade a site paints over the last lines it delivered, above its "subscribe to keep reading":
 * an empty box with a gradient for background, at the end of the story or just before the prompt.
 * Hiding it shows nothing the site withheld, only the delivered lines it dimmed.
 */
function fadeLayers(article: Extraction, found: ClutterFinding[], guard: StoryGuard, layout: ReturnType<typeof layoutOf>): Element[] {
  const candidates: Element[] = [];
  // The site may have removed the paragraphs it withholds after we read them: the fade sits after
  // the last one it left.
  let last: Element | undefined;
  for (let i = article.blocks.length - 1; i >= 0 && !last; i--) if (article.blocks[i].isConnected !== false) last = article.blocks[i];
  for (let k = last?.parentElement?.lastElementChild ?? null, n = 0; k && n < 3; k = k.previousElementSibling, n++) candidates.push(k);
  for (const f of found) {
    if (f.kind !== 'paywall') continue;
    for (let k = f.element.previousElementSibling, n = 0; k && n < 2; k = k.previousElementSibling, n++) candidates.push(k);
  }
  return candidates.filter((el) => {
    if (guard.blocks.has(el) || guard.ancestors.has(el) || (el.textContent ?? '').trim()) return false;
    if (el.querySelector('img, video, picture, iframe, canvas, svg')) return false;
    const view = el.ownerDocument.defaultView;
    const paint = layout && view ? view.getComputedStyle(el).backgroundImage : el.getAttribute('style') ?? '';
    return /gradient/i.test(paint);
  });
}

/** The story's containers that the site blurred or dimmed behind a paywall. */
function blurred(doc: Document, article: Extraction, layout: ReturnType<typeof layoutOf>): Element[] {
  const out: Element[] = [];
  const view = doc.defaultView;
  const seen = new Set<Element>();
  const candidates: Element[] = [];
  for (const b of article.blocks.slice(0, 50)) {
    for (let p: Element | null = b; p && p !== doc.body; p = p.parentElement) {
      if (seen.has(p)) break;
      seen.add(p);
      candidates.push(p);
    }
  }
  // Sites blur by position ("every paragraph after the third"), short paragraphs that are not
  // story blocks of ours included: look at every child of the story's containers.
  const containers = new Set<Element>();
  for (const b of article.blocks) if (b.parentElement) containers.add(b.parentElement);
  for (const c of containers) {
    for (let k = c.firstElementChild; k && candidates.length < MAX_BLUR_CANDIDATES; k = k.nextElementSibling) {
      if (!seen.has(k)) {
        seen.add(k);
        candidates.push(k);
      }
    }
  }
  for (const el of candidates) {
    const style = el.getAttribute('style') ?? '';
    let blur = /(?:filter|mask-image)\s*:[^;]*(?:blur|gradient)/i.test(style);
    if (!blur && layout && view) {
      const cs = view.getComputedStyle(el);
      // A mask that fades delivered text out is a blur by other means.
      blur = /blur/.test(cs.filter || '') || /gradient/.test(cs.getPropertyValue('mask-image') || cs.getPropertyValue('-webkit-mask-image') || '');
    }
    if (blur) out.push(el);
  }
  return out;
}
