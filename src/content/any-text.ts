// "Analyse anyway": the reader says this page is worth reading although Lede did not take it for
// an article. Lede then reads what the reader selected, or else the page's main text.
import type { ArticleData } from '../core/types';
import type { AnyTextSource } from '../messaging/messages';

/** Lines shorter than this are menus, buttons and captions, not the text the reader wants. */
const MIN_WORDS_PER_LINE = 8;

function paragraphsOf(text: string, minWords: number): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line && line.split(' ').length >= minWords);
}

/** The element holding the page's main text: the page's own landmark, or the whole body. */
export function mainTextRoot(doc: Document): HTMLElement {
  return doc.querySelector<HTMLElement>('main, [role="main"], article') ?? doc.body;
}

export function anyTextOf(doc: Document, base: ArticleData): { article: ArticleData; source: AnyTextSource } | null {
  const selected = doc.getSelection()?.toString() ?? '';
  // A selection is the reader's explicit choice: keep even its short lines.
  const fromSelection = paragraphsOf(selected, 1);
  const source: AnyTextSource = fromSelection.length ? 'selection' : 'page';
  const paragraphs = fromSelection.length ? fromSelection : paragraphsOf(mainTextRoot(doc).innerText, MIN_WORDS_PER_LINE);
  if (!paragraphs.length) return null;
  return { article: { ...base, isArticle: true, paragraphs }, source };
}
