// Hides clutter on the live page and can show it again exactly as the site had it. Nothing is
// removed and no site style is touched: found elements get a data attribute, and one <style>
// element, active while <html> carries our switch attribute, hides them and releases scroll locks
// and blur. Showing again removes the switch and the <style>; the page renders as before.
import type { ClutterItem } from '../types';
import type { Extraction } from '../extract';
import {
  type ClutterFinding, type StoryGuard, SCROLL_LOCK_WORDS, byPageOrder, guardFor, layoutOf, scanForClutter, touchesStory,
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
  /** How long to keep watching for clutter that arrives late (ms). Default 10 s. */
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

/** Elements examined per observer batch, and over the whole watch: a page that keeps rebuilding
 * itself (live tickers, infinite feeds) must not keep us busy. */
const BATCH_ELEMENTS = 3000;
const TOTAL_ELEMENTS = 60000;
const DEFAULT_WATCH_MS = 10000;

const STYLE_RULES = [
  `html[${SWITCH_ATTR}] [${CLUTTER_ATTR}] { display: none !important; }`,
  // Scroll locks: sites set overflow:hidden (or position:fixed) on <html>/<body> under a modal.
  `html[${SWITCH_ATTR}][${UNLOCK_ATTR}], html[${SWITCH_ATTR}][${UNLOCK_ATTR}] > body { overflow: visible !important; overflow-y: auto !important; height: auto !important; max-height: none !important; }`,
  `html[${SWITCH_ATTR}][${UNLOCK_ATTR}="fixed"] > body { position: static !important; }`,
  `html[${SWITCH_ATTR}] [${UNBLUR_ATTR}] { filter: none !important; -webkit-filter: none !important; user-select: auto !important; pointer-events: auto !important; }`,
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
  const pending: Element[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopTimer: ReturnType<typeof setTimeout> | null = null;
  let observer: MutationObserver | null = null;

  const html = doc.documentElement as Element | null;

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
      if (timer !== null) clearTimeout(timer);
      if (stopTimer !== null) clearTimeout(stopTimer);
      pending.length = 0;
    },
  };

  const body = bodyOf(doc);
  if (!article.isArticle || !body) {
    return controller;
  }

  const first = scanForClutter(doc, [body], guard, layout, { clock: options.clock });
  // Only the page as loaded counts: late additions past the watch budget are a busy page's
  // ticker or feed, not part of the article the reader opened.
  partial = first.partial;
  add(first.findings);
  controller.hide();

  // Late clutter: paywall scripts and modals usually arrive a second or more after load.
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const Observer = view && (view as unknown as { MutationObserver?: typeof MutationObserver }).MutationObserver;

  const flush = (): void => {
    timer = null;
    if (stopped) return;
    const batch = pending.splice(0, pending.length).filter((el) => el.isConnected !== false && !insideMarked(el, marked));
    if (!batch.length) return;
    const max = Math.min(BATCH_ELEMENTS, budget);
    if (max <= 0) return controller.stop();
    budget -= max;
    // The site may have moved story blocks since the last scan: rebuild their ancestor set.
    guard = guardFor(article);
    const changed = add(scanForClutter(doc, outermostNodes(batch), guard, layout, { maxElements: max, clock: options.clock }).findings);
    if (changed) options.onChange?.(controller.items());
  };

  if (typeof Observer === 'function') {
    try {
      observer = new Observer((records) => {
        for (const r of records) {
          for (const n of Array.from(r.addedNodes)) if (n.nodeType === 1) pending.push(n as Element);
        }
        // One scan per burst of mutations: scripts insert clutter piece by piece.
        if (pending.length && timer === null && !stopped) timer = setTimeout(flush, 50);
      });
      observer.observe(body, { childList: true, subtree: true });
      stopTimer = setTimeout(() => controller.stop(), options.watchMs ?? DEFAULT_WATCH_MS);
    } catch {
      observer = null;
    }
  }
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
  for (const el of candidates) {
    const style = el.getAttribute('style') ?? '';
    let blur = /filter\s*:[^;]*blur/i.test(style);
    if (!blur && layout && view) blur = /blur/.test(view.getComputedStyle(el).filter || '');
    if (blur) out.push(el);
  }
  return out;
}
