// Shows the reader where a quote or a place is on the page. Where the browser has the CSS Custom
// Highlight API, matches are painted without touching the page's DOM at all (no reflow of the
// site's layout, nothing a site script can trip over). Elsewhere each piece of text is wrapped in
// a <mark> carrying our attribute, and unwrapping puts the very same text nodes back.
import type { TextMatch } from './find-text';

export const MARK_ATTR = 'data-lede-highlight';
const HIGHLIGHT_NAME = 'lede-reveal';
const STYLE_ID = 'lede-highlight-style';
/** How long a "show me where" highlight stays before it fades away. */
export const FLASH_MS = 2500;

type HighlightRegistry = Map<string, unknown>;
type HighlightCtor = new (...ranges: Range[]) => unknown;

function highlightApi(): { registry: HighlightRegistry; Highlight: HighlightCtor } | null {
  const css = globalThis.CSS as unknown as { highlights?: HighlightRegistry } | undefined;
  const Highlight = (globalThis as unknown as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && Highlight ? { registry: css.highlights, Highlight } : null;
}

function ensureStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  // Plain text into a <style>: the rules are ours, no page text goes in.
  style.textContent = [
    `::highlight(${HIGHLIGHT_NAME}) { background-color: #ffe066; color: #111; }`,
    `mark[${MARK_ATTR}] { background-color: #ffe066; color: #111; padding: 0; }`,
  ].join('\n');
  (doc.head ?? doc.documentElement).append(style);
}

function rangeOf(doc: Document, match: TextMatch): Range {
  const range = doc.createRange();
  const first = match[0];
  const last = match[match.length - 1];
  range.setStart(first.node, first.start);
  range.setEnd(last.node, last.end);
  return range;
}

/** Text.splitText where the DOM has it (it keeps live ranges right); by hand elsewhere. */
function split(node: Text, offset: number): Text {
  if (typeof node.splitText === 'function') return node.splitText(offset);
  const rest = node.ownerDocument.createTextNode(node.data.slice(offset));
  node.data = node.data.slice(0, offset);
  node.after(rest);
  return rest;
}

/** Wraps every piece in a mark; returns the marks in page order. */
function wrapInMarks(doc: Document, matches: TextMatch[]): HTMLElement[] {
  const marks: HTMLElement[] = [];
  // Last piece first: splitting a text node keeps the offsets of earlier pieces in it valid.
  for (const piece of matches.flat().reverse()) {
    // Split off the matched stretch so the mark holds exactly that text node.
    const middle = split(piece.node, piece.start);
    split(middle, piece.end - piece.start);
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ATTR, '');
    middle.replaceWith(mark);
    mark.append(middle);
    marks.unshift(mark);
  }
  return marks;
}

export interface Highlighter {
  /** Highlights the matches (replacing any earlier ones) and scrolls the first into view. */
  show(matches: TextMatch[], options: { flash: boolean }): void;
  /** Removes every highlight Lede made; the page is left as it was. */
  clear(): void;
}

export function createHighlighter(doc: Document, options: { useHighlightApi?: boolean } = {}): Highlighter {
  const api = options.useHighlightApi === false ? null : highlightApi();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const clear = () => {
    clearTimeout(timer);
    if (api) api.registry.delete(HIGHLIGHT_NAME);
    for (const mark of Array.from(doc.querySelectorAll(`mark[${MARK_ATTR}]`))) {
      const parent = mark.parentNode;
      mark.replaceWith(...Array.from(mark.childNodes));
      parent?.normalize();
    }
    doc.getElementById(STYLE_ID)?.remove();
  };

  return {
    clear,
    show(matches, { flash }) {
      clear();
      if (!matches.length) return;
      ensureStyle(doc);
      let firstTarget: Element | null = null;
      if (api) {
        const ranges = matches.map((m) => rangeOf(doc, m));
        api.registry.set(HIGHLIGHT_NAME, new api.Highlight(...ranges));
        firstTarget = ranges[0].startContainer.parentElement;
      } else {
        const marks = wrapInMarks(doc, matches);
        firstTarget = marks[0] ?? null;
      }
      const calm = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      // Optional call: a DOM without layout (linkedom in unit tests) has nothing to scroll.
      firstTarget?.scrollIntoView?.({ block: 'center', behavior: calm ? 'auto' : 'smooth' });
      if (flash) timer = setTimeout(clear, FLASH_MS);
    },
  };
}
