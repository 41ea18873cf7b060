// Clutter scoring against test/clutter-labels.json: the share of labelled blocks Lede hides, and
// the story words it hides (must be 0). A label counts as hidden when some hidden element's text
// contains it (whitespace-normalised, case-insensitive). Story words hidden: ScrapingHub ground
// truth words covered by a run of 6+ consecutive words that also appears in a hidden element; on
// trafilatura pages, words of the "with" snippets (text that must be in the article) found in
// hidden text.

const norm = (s) => s.replace(/\s+/g, ' ').trim().toLowerCase();
const tokens = (s) => s.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];

export function labelsHidden(labels, hiddenTexts) {
  const hidden = hiddenTexts.map(norm);
  const found = [];
  const missed = [];
  for (const label of labels) (hidden.some((h) => h.includes(norm(label))) ? found : missed).push(label);
  return { found, missed };
}

export function storyWordsHidden(truth, hiddenTexts, n = 6) {
  const gt = tokens(truth);
  if (gt.length < n) return 0;
  const grams = new Set();
  for (let i = 0; i + n <= gt.length; i++) grams.add(gt.slice(i, i + n).join(' '));
  let words = 0;
  for (const text of hiddenTexts) {
    const t = tokens(text);
    const covered = new Uint8Array(t.length);
    for (let i = 0; i + n <= t.length; i++) if (grams.has(t.slice(i, i + n).join(' '))) covered.fill(1, i, i + n);
    for (const c of covered) words += c;
  }
  return words;
}

export function snippetWordsHidden(snippets, hiddenTexts) {
  const hidden = hiddenTexts.map(norm);
  let words = 0;
  for (const s of snippets) if (hidden.some((h) => h.includes(norm(s)))) words += tokens(s).length;
  return words;
}
