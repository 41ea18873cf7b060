// DOM vocabulary shared by the extraction steps. Only attribute and tag checks live here: no
// layout, no computed style, so the same code answers the same way in a browser and in linkedom.

/** Tags that start a new block of text. Text directly inside one of these is one "unit". */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV',
  'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5',
  'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/** Subtrees that never hold story prose (code, media, controls, page chrome). */
export const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'MATH', 'IFRAME', 'OBJECT', 'EMBED',
  'CANVAS', 'VIDEO', 'AUDIO', 'MAP', 'SELECT', 'TEXTAREA', 'BUTTON', 'INPUT', 'OPTION', 'LABEL',
  'NAV', 'ASIDE', 'FOOTER', 'FIGURE', 'FIGCAPTION', 'DIALOG', 'LINK', 'META', 'HEAD', 'TITLE',
  'PICTURE', 'IMG',
]);

export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Upper-case tag name; linkedom keeps SVG-namespace names lower-case, browsers too. */
export const tagOf = (el: Element): string => {
  const t = el.tagName;
  // HTML elements already answer in upper case; only foreign (SVG, MathML) ones need folding.
  return t.charCodeAt(0) < 97 ? t : t.toUpperCase();
};

/**
 * Hidden by the page's own markup. Computed style is deliberately not consulted: it is absent in
 * linkedom and costs a style recalculation per element in a browser, while sites that hide
 * chrome from readers overwhelmingly do it with these attributes or inline styles.
 */
export function hiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return true;
  return false;
}

/** class and id words, lower-cased, split at separators and camelCase humps. */
export function classWords(el: Element): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  if (!cls && !id) return '';
  return ` ${cls} ${id} `.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/[-_:./]+/g, ' ');
}

export const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Ancestors of `el` up to and including `stop` (or the document element), nearest first. */
export function* ancestors(el: Element, stop: Element | null = null): Generator<Element> {
  let cur: Element | null = el.parentElement;
  while (cur) {
    yield cur;
    if (cur === stop) return;
    cur = cur.parentElement;
  }
}

export function contains(outer: Element, inner: Element): boolean {
  return outer === inner || outer.contains(inner);
}

/** The body, or null. linkedom throws instead of answering null on documents without <html>. */
export function bodyOf(doc: Document): HTMLElement | null {
  try {
    return doc.documentElement ? doc.body ?? null : null;
  } catch {
    return null;
  }
}
