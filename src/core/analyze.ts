// Composes Lede's stages into one Analysis. Two entry points share the text stages:
// `analyze` for a whole document (command line, tests), `analyzeArticle` for an article that was
// already extracted elsewhere (the extension extracts in the page, analyses in the background).
import type { Analysis, AnalyzeOptions, ClutterItem } from './types';
import { extractArticle } from './extract';
import { scanClutter } from './clutter';
import { analyzeArticle, roundMs } from './article-analysis';
import { systemClock } from './budget';

export type { Analysis, AnalyzeOptions, ArticleData } from './types';
export { analyzeArticle } from './article-analysis';

export function analyze(doc: Document, options: AnalyzeOptions = {}): Analysis {
  const clock = options.clock ?? systemClock;
  const t0 = clock();
  const article = extractArticle(doc, { url: options.url, clock });
  const scan = article.isArticle ? scanClutter(doc, article, { clock }) : { findings: [], partial: false };
  const clutter: ClutterItem[] = scan.findings.map(({ kind, text }) => ({ kind, text }));
  const extractMs = clock() - t0;
  const { root: _root, blocks: _blocks, ...data } = article;
  if (scan.partial) data.partial = true;
  const result = analyzeArticle(data, options, clutter);
  result.timing.extract_ms = roundMs(extractMs);
  return result;
}
