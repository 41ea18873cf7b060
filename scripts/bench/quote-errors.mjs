// Speaker errors by kind, for bench:quotes. Each scored quote (a gold quote Lede found, whose
// speaker the annotators resolved to a name) gets the kind of the mention that the annotators
// marked as its speaker: a pronoun ("he said"), a description ("the spokesman said"), an
// organisation ("the campaign said"), or a name. Two situations are flagged across kinds, among
// the wrong ones: the speaker named only in the sentence after the quote (next-sentence), and
// Lede's speaker written in the quote's own sentence next to a speech verb while the annotated
// mention is not there (annotation disagreement: the article's own attribution says otherwise).
// The kinds come from the gold annotation and the text alone, never from Lede's reasoning.

const PRONOUN = /^(?:he|she|they|i|we|you|him|her|them|it)$/i;
const ORGANISATION =
  /\b(?:campaign|committee|department|ministry|party|administration|agency|office|council|commission|association|union|group|company|corporation|inc|foundation|institute|university|network|news|times|post|journal|press|police|court|government|board|center|centre|coalition|pac|cnn|fox|nbc|abc|cbs|msnbc|reuters|ap)\b/i;
const SPEECH = 'said|says|say|told|tells|added|adds|asked|asks|wrote|writes|explained|continued|declared|argued|stated|insisted|noted|replied|responded|tweeted';

/** The article sentence around a gold span: from the last sentence end before it to the first after. */
function sentenceAround(text, start, end) {
  let from = Math.max(text.lastIndexOf('\n', start - 1) + 1, 0);
  const before = text.slice(from, Math.max(from, start - 1));
  const stop = [...before.matchAll(/[.!?]["”’]?\s+(?=[“"A-Z])/g)].pop();
  if (stop) from += stop.index + stop[0].length;
  const rest = text.slice(end);
  const close = rest.search(/[.!?]["”’)]*(?:\s|$)|\n/);
  const to = close < 0 ? text.length : end + close + 1;
  return { from, to };
}

/** The sentence that follows, up to its end. */
function nextSentence(text, at) {
  const rest = text.slice(at);
  const close = rest.search(/[.!?]["”’)]*(?:\s|$)/);
  return rest.slice(0, close < 0 ? rest.length : close + 1);
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const mentions = (sentence, name) => !!name && new RegExp(`(?<![\\p{L}])${escape(name)}(?![\\p{L}])`, 'iu').test(sentence);

export function mentionKind(speaker, names) {
  const s = String(speaker ?? '').trim();
  if (PRONOUN.test(s)) return 'pronoun';
  if (ORGANISATION.test(s) || (names ?? []).some((n) => ORGANISATION.test(n))) return 'organisation';
  if (/^(?:the|a|an|one|another|his|her|their)\b/i.test(s) || /^\p{Ll}/u.test(s)) return 'description';
  return 'name';
}

/**
 * One row per scored quote: its kind, whether Lede was right, and the flags above. `rec` is the
 * PolNeAR record, `detail` one entry of quotescore's `details` (gold, gold_speaker, gold_names,
 * pred_speaker, ok).
 */
export function classify(rec, detail) {
  const gold = rec.quotes.find((q) => q.text === detail.gold);
  const kind = mentionKind(detail.gold_speaker, detail.gold_names);
  const row = { kind, ok: detail.ok, unattributed: !detail.pred_speaker, nextSentence: false, disagreement: false, goldNeverSpeaks: false };
  if (detail.ok || !gold) return row;
  const { from, to } = sentenceAround(rec.text, gold.start, gold.end);
  const sentence = rec.text.slice(from, to);
  const around = sentence.slice(0, Math.max(0, gold.start - from)) + ' … ' + sentence.slice(gold.end - from);
  const mention = String(detail.gold_speaker ?? '');
  row.nextSentence = kind !== 'pronoun' && !mentions(around, mention) && mentions(nextSentence(rec.text, to), mention);
  const pred = detail.pred_speaker ? escape(String(detail.pred_speaker).split(/\s+/).pop()) : null;
  row.disagreement =
    !!pred &&
    !mentions(around, mention) &&
    new RegExp(`(?:\\b${pred}\\b[^.“”"]{0,40}\\b(?:${SPEECH})\\b|\\b(?:${SPEECH})\\s+(?:[\\p{L}.'-]+\\s+){0,4}${pred}\\b)`, 'iu').test(around);
  row.goldNeverSpeaks = !(detail.gold_names ?? []).some((name) => speaksIn(rec.text, name));
  return row;
}

/** Does the article anywhere give this name a speech verb, in either order, or an "according to"? */
function speaksIn(text, name) {
  const n = escape(String(name).trim());
  if (!n) return false;
  const re = new RegExp(
    `(?<![\\p{L}])${n}(?![\\p{L}])(?:[’']s?)?(?:\\s*\\([^)]{1,12}\\))?(?:,[^,“”"]{1,80},)?\\s+(?:\\p{Ll}+ly\\s+|also\\s+|later\\s+|has\\s+|had\\s+)?(?:${SPEECH})\\b` +
      `|\\b(?:${SPEECH}|according\\s+to)\\s+(?:[\\p{L}.’'-]+\\s+){0,5}${n}(?![\\p{L}])`,
    'iu',
  );
  return re.test(text);
}

export const KINDS = ['pronoun', 'description', 'organisation', 'name'];

/** Counts by kind, and the flags among the wrong ones. */
export function errorTable(rows) {
  const table = Object.fromEntries(KINDS.map((k) => [k, { quotes: 0, wrong: 0, unattributed: 0 }]));
  const flags = { nextSentence: 0, disagreement: 0, goldNeverSpeaks: 0, unattributed: 0, wrong: 0 };
  for (const r of rows) {
    const t = table[r.kind];
    t.quotes++;
    if (r.ok) continue;
    t.wrong++;
    flags.wrong++;
    if (r.unattributed) {
      t.unattributed++;
      flags.unattributed++;
    }
    if (r.nextSentence) flags.nextSentence++;
    if (r.disagreement) flags.disagreement++;
    if (r.goldNeverSpeaks) flags.goldNeverSpeaks++;
  }
  return { table, flags };
}
