// Text foundation: sentences, words, stems, stop words. Pure functions over strings.
export { splitSentences } from './sentences';
export { words, stem, contentStems } from './words';
export { STOP_WORDS, isStopWord } from './stopwords';
export { needsSegmenter } from './scripts';
