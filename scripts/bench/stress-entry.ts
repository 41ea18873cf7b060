// What bench:stress runs in Node: the text stages, as the background runs them.
export { analyzeArticle } from '../../src/core/article-analysis';
export { parseGazetteer } from '../../src/core/places';
