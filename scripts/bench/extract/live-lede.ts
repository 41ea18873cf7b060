// Lede for injection into a live page by the benchmark (see live.mjs): the content script's own
// path, detection and then the clutter hiding that starts its watch (src/content/content-script.ts
// calls the same two functions on the reader's click). The watch is stopped and the page shown as
// it was, so that the peers that run after Lede in the same page read the page as loaded.
import { extractArticle } from '../../../src/core/extract';
import { startClutterHiding } from '../../../src/core/clutter';

export function run(doc: Document, url: string) {
  const t0 = performance.now();
  const article = extractArticle(doc, { url });
  const extractMs = performance.now() - t0;
  const clutter = article.isArticle ? startClutterHiding(doc, article) : null;
  const ms = performance.now() - t0;
  const hidden = clutter?.items().map((c) => c.text) ?? [];
  clutter?.show();
  clutter?.stop();
  return {
    ms,
    extractMs,
    isArticle: article.isArticle,
    partial: article.partial === true || clutter?.partial === true,
    text: article.paragraphs.join('\n\n'),
    hidden,
  };
}
