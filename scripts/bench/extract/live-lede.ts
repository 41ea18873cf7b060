// Lede's detection + clutter for injection into a live page by the benchmark (see live.mjs).
import { extractArticle } from '../../../src/core/extract';
import { findClutter } from '../../../src/core/clutter';

export function run(doc: Document, url: string) {
  const t0 = performance.now();
  const article = extractArticle(doc, { url });
  const extractMs = performance.now() - t0;
  const clutter = article.isArticle ? findClutter(doc, article) : [];
  const ms = performance.now() - t0;
  return {
    ms,
    extractMs,
    isArticle: article.isArticle,
    partial: article.partial === true,
    text: article.paragraphs.join('\n\n'),
    hidden: clutter.map((c) => c.text),
  };
}
