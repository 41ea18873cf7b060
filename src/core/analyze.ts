// Composes Lede's stages into one Analysis. Two entry points share the text stages:
// `analyze` for a whole document (command line, tests), `analyzeArticle` for an article that was
// already extracted elsewhere (the extension extracts in the page, analyses in the background).
import type { Analysis, AnalyzeOptions, ClutterItem } from './types';
import { extractArticle } from './extract';
import { findClutter } from './clutter';
import { analyzeArticle, now, roundMs } from './article-analysis';

export type { Analysis, AnalyzeOptions, ArticleData } from './types';
export { analyzeArticle } from './article-analysis';

export function analyze(doc: Document, options: AnalyzeOptions = {}): Analysis {
  const t0 = now();
  const article = extractArticle(doc, { url: options.url });
  const clutter: ClutterItem[] = article.isArticle
    ? findClutter(doc, article).map(({ kind, text }) => ({ kind, text }))
    : [];
  const extractMs = now() - t0;
  const { root: _root, blocks: _blocks, ...data } = article;
  const result = analyzeArticle(data, options, clutter);
  result.timing.extract_ms = roundMs(extractMs);
  return result;
}
