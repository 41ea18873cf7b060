// A summary sentence read out of its place must not lean on a sentence the reader was not shown:
// "He said the talks failed" or "But the vote was close" after a sentence that is not in the
// summary names nobody, or contradicts nothing the reader saw. This check is the benchmark's own,
// kept apart from Lede's summariser (which has its own list in src/core/summary/candidates.ts), so
// that Lede is not graded by the rule it was built with: a sentence that opens with a pronoun, a
// demonstrative or a connective is *dangling* unless the sentence directly before it in the
// article is also in the summary.

const OPENER = new RegExp(
  '^[“"‘\'(]*(?:' +
    // Personal and possessive pronouns: their person is in an earlier sentence.
    'he|she|they|it|his|her|their|its|him|them|' +
    // Demonstratives: "This means…", "Those who…", "That night…".
    'this|that|these|those|' +
    // Connectives that answer an earlier sentence.
    'but|however|and|yet|so|still|meanwhile|also|instead|moreover|furthermore|nevertheless|nonetheless|besides|thus|therefore|hence|likewise|similarly|indeed' +
    ')\\b',
  'i',
);

const norm = (s) => String(s).replace(/\s+/g, ' ').trim();

/** Does the sentence open on something earlier? */
export const opensOnEarlier = (sentence) => OPENER.test(norm(sentence));

/**
 * The summary sentences that dangle. Each is found in the article text (whitespace normalised);
 * it is supported when another summary sentence ends right before it, with nothing but spaces and
 * quote marks between. A sentence that cannot be found in the article (rewritten) is counted
 * apart, as `unplaced`, never as faithful.
 */
export function danglingSentences(summary, paragraphs) {
  const article = norm(paragraphs.join(' '));
  const spans = summary.map((s) => {
    const text = norm(s);
    const start = article.indexOf(text);
    return { text, start, end: start < 0 ? -1 : start + text.length };
  });
  let dangling = 0;
  let unplaced = 0;
  for (const s of spans) {
    // The article's opening sentence leans on nothing but the headline, which the popup shows.
    if (!opensOnEarlier(s.text) || s.start === 0) continue;
    if (s.start < 0) {
      unplaced++;
      continue;
    }
    const supported = spans.some((t) => t !== s && t.end >= 0 && t.end <= s.start && /^[\s”"’')\]]*$/.test(article.slice(t.end, s.start)));
    if (!supported) dangling++;
  }
  return { dangling, unplaced, sentences: summary.length };
}
