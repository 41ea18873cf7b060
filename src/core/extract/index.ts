// Article detection: finds the story on a page without changing the page.
import type { ArticleData } from '../types';

/** The article as found on a live (or parsed) page: text for the popup, elements for the page. */
export interface Extraction extends ArticleData {
  /** The element that holds the story, or null when the page has no article. */
  root: Element | null;
  /** The story's body blocks, in reading order; `paragraphs[i]` is the text of `blocks[i]`. */
  blocks: Element[];
}

export interface ExtractOptions {
  url?: string;
}

// FIRST CUT (to be replaced): paragraphs of <article>, else of <body>.
export function extractArticle(doc: Document, options: ExtractOptions = {}): Extraction {
  const root = doc.querySelector('article') ?? doc.body;
  const blocks = root ? Array.from(root.querySelectorAll('p')) : [];
  const paragraphs = blocks.map((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim());
  const h1 = doc.querySelector('h1')?.textContent?.trim() ?? doc.title ?? null;
  return {
    url: options.url ?? null,
    title: h1,
    byline: null,
    published: null,
    site: null,
    lang: doc.documentElement.getAttribute('lang'),
    dir: doc.documentElement.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr',
    isArticle: paragraphs.length > 2,
    paragraphs,
    root,
    blocks,
  };
}
