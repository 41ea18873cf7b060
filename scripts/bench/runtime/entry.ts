// The stages the runtime benchmark times, exposed the same way to Node and to a Chromium page.
export { parseGazetteer, findPlaces } from '../../../src/core/places';
export { summarize } from '../../../src/core/summary';
export { findQuotes, pickKeyQuotes } from '../../../src/core/quotes';
export { analyzeArticle } from '../../../src/core/article-analysis';
