// Attribution cues: the words around a quotation that say who spoke ("he said", "said Dhia Thamir,
// a ministry spokesman", "According to the mayor,", "Abadi told reporters:").
import { parseName } from './names';

export type Cue =
  | { kind: 'name'; name: string; title: string | null; role: string | null }
  | { kind: 'pronoun'; pronoun: string }
  | { kind: 'nominal'; phrase: string; head: string };

const VERBS =
  'said|says|say|told|tells|added|adds|asked|asks|wrote|writes|explained|explains|noted|notes|stated|states|' +
  'continued|continues|recalled|recalls|insisted|insists|argued|argues|claimed|claims|declared|declares|' +
  'replied|replies|responded|responds|tweeted|tweets|posted|warned|warns|shouted|yelled|joked|quipped|' +
  'admitted|admits|acknowledged|acknowledges|conceded|concedes|remarked|observed|countered|predicted|' +
  'promised|vowed|urged|urges|cautioned|complained|complains|boasted|announced|announces|suggested|' +
  'suggests|wondered|recounted|emphasized|emphasised|stressed|agreed|concluded|testified|maintained|' +
  'contended|lamented|mused|chanted|whispered|pleaded|demanded|reported|reports|adding|saying|telling|' +
  'pointed out|went on|chimed in|shot back|fired back|writing|tweeting';
const VERB = `(?:${VERBS})`;
/** Adverbs and auxiliaries between a subject and its verb ("Smith later said", "he has said"). */
const ADVERB = /(?:\s+(?:also|later|then|once|previously|recently|often|repeatedly|again|has|had|have|would|will|had|earlier|further|simply|quickly|flatly|bluntly|angrily|then-))+$/i;
const PRONOUN = /^(?:he|she|they|i|we|it|you)$/i;
const DETERMINER = /^(?:the|a|an|another|one|his|her|its|their|our|this|that|two|three|several|many|some|[\p{L}.]+[’']s?)$/iu;
const VERB_FIRST = new RegExp(`\\b${VERB}\\b`, 'iu');
const VERB_ALL = new RegExp(`\\b${VERB}\\b`, 'giu');

/** A subject phrase: pronoun, a name (with titles and appositive role), or a nominal. */
export function subjectOf(pre: string): Cue | null {
  const text = pre.replace(ADVERB, '').replace(/[\s,—–-]+$/, '');
  if (!text.trim()) return null;
  const chunks = text.split(/\s*,\s*/).filter((c) => c.trim());
  const last = chunks[chunks.length - 1]?.trim() ?? '';
  const lastCue = phraseCue(last, true);
  const prev = chunks.length > 1 ? chunks[chunks.length - 2].trim() : '';
  // "Smith, the mayor, said" / "the city's mayor, Smith, said": the name and its appositive.
  if (pre.trimEnd().endsWith(',') || chunks.length > 1) {
    const prevCue = prev ? phraseCue(prev, true) : null;
    if (lastCue?.kind === 'nominal' && prevCue?.kind === 'name' && pre.trimEnd().endsWith(',')) {
      return { ...prevCue, role: prevCue.role ?? roleText(lastCue.phrase) };
    }
    if (lastCue?.kind === 'name' && prevCue?.kind === 'nominal' && !lastCue.role) {
      return { ...lastCue, role: roleText(prevCue.phrase) };
    }
  }
  return lastCue;
}

/** The cue in a short phrase; `atEnd` takes the phrase's last words (a subject before a verb). */
function phraseCue(phrase: string, atEnd: boolean): Cue | null {
  const toks = phrase.split(/\s+/).filter(Boolean);
  if (!toks.length) return null;
  const lastTok = toks[toks.length - 1];
  if (atEnd && PRONOUN.test(lastTok)) {
    return toks.length <= 2 || /^(?:and|but|so|then|when|as)$/i.test(toks[toks.length - 2])
      ? { kind: 'pronoun', pronoun: lastTok.toLowerCase() }
      : toks.length <= 3 ? { kind: 'pronoun', pronoun: lastTok.toLowerCase() } : null;
  }
  // The longest tail of capitalised words (with titles and particles) is a name.
  let i = toks.length;
  while (i > 0 && /^(?:\p{Lu}|(?:al|el|bin|ibn|abu|de|da|di|del|van|von|la|le|der)\b)/u.test(toks[i - 1])) i--;
  if (i < toks.length) {
    const parsed = parseName(toks.slice(i).join(' '));
    if (parsed && (i === 0 || !atEnd || i >= toks.length - 6)) {
      const before = toks.slice(Math.max(0, i - 6), i).join(' ');
      const role = i > 0 && /^(?:the|a|an|[\p{L}]+[’']s)\b/iu.test(toks.slice(Math.max(0, i - 6), i)[0] ?? '') ? before : null;
      if (!PRONOUN.test(parsed.name)) return { kind: 'name', name: parsed.name, title: parsed.title, role };
    }
  }
  // A nominal: words back to a determiner ("the spokesman", "a ministry spokesman", "Iraq’s prime minister").
  const from = Math.max(0, toks.length - 6);
  for (let j = toks.length - 1; j >= from; j--) {
    if (DETERMINER.test(toks[j]) && j < toks.length - 1) {
      const words = toks.slice(j);
      const head = words[words.length - 1].toLowerCase().replace(/[^\p{L}-]/gu, '');
      return { kind: 'nominal', phrase: words.join(' '), head };
    }
  }
  if (toks.length <= 3 && /^\p{Ll}/u.test(lastTok)) {
    return { kind: 'nominal', phrase: toks.join(' '), head: lastTok.toLowerCase() };
  }
  return null;
}

function roleText(nominal: string): string {
  return nominal.replace(/^(?:the|a|an)\s+/i, '').trim();
}

/** Cue in the words right after a quotation: ", said Smith", ", he said", ", according to X". */
export function cueAfter(after: string, quoteEndsSentence: boolean, quoteAsks: boolean): Cue | null {
  const lead = /^[\s,;—–-]*/.exec(after)?.[0] ?? '';
  let rest = after.slice(lead.length);
  if (!rest) return null;
  if (quoteEndsSentence && !quoteAsks && /^\p{Lu}/u.test(rest) && !lead.includes(',')) return null;
  rest = firstClause(rest);
  const acc = /^according\s+to\s+(.+)$/i.exec(rest);
  if (acc) return objectCue(acc[1]);
  const m = VERB_FIRST.exec(rest);
  if (!m) return null;
  const pre = rest.slice(0, m.index);
  if (pre.split(/\s+/).filter(Boolean).length > 12) return null;
  if (quoteAsks && quoteEndsSentence && pre.split(/\s+/).filter(Boolean).length > 4) return null;
  if (!pre.trim()) return objectCue(rest.slice(m.index + m[0].length));
  return subjectOf(pre);
}

/** Cue in the words before a quotation, within its sentence: "Smith said:", "According to X,". */
export function cueBefore(before: string): Cue | null {
  const frag = lastClause(before);
  if (!frag.trim() || /[.!?]["”’]?\s*$/.test(frag) && !/:\s*$/.test(frag)) return null;
  const acc = /according\s+to\s+([^,]+),\s*$/i.exec(frag);
  if (acc) return objectCue(acc[1]);
  let m: RegExpExecArray | null = null;
  for (const x of frag.matchAll(VERB_ALL)) m = x as RegExpExecArray;
  if (!m) return null;
  const pre = frag.slice(0, m.index);
  if (!pre.trim()) return objectCue(frag.slice(m.index + m[0].length));
  // "said" inside a relative clause ("the man who said") does not introduce the quote.
  if (/\b(?:who|that|which)\s*$/i.test(pre)) return null;
  const cue = subjectOf(pre);
  if (cue) return cue;
  // Inverted: "Said the mayor:" / "Added Smith,"
  return null;
}

/** The speaker named after a verb or "according to": "Sami al-Aridi, a police officer." */
function objectCue(text: string): Cue | null {
  const clause = text.replace(/^\s+/, '');
  const chunks = clause.split(/\s*,\s*/);
  const first = chunks[0].replace(/\s+(?:in|on|at|during|after|before|to|from|who|when|while|as|about|of|that|because|with|told|said|late|last|this|earlier)\b.*$/i, '');
  if (/^(?:reporters|journalists|the\s+(?:newspaper|paper|station|network|crowd|audience))\b/i.test(first)) return null;
  const firstToks = first.split(/\s+/).filter(Boolean);
  if (firstToks.length === 1 && PRONOUN.test(firstToks[0])) return { kind: 'pronoun', pronoun: firstToks[0].toLowerCase() };
  const parsed = /^\p{Lu}/u.test(first) ? parseName(first) : null;
  const apposition = chunks[1] && /^(?:the|a|an|[\p{L}]+[’']s)\s/iu.test(chunks[1]) ? roleText(chunks[1].replace(/[.;:]+$/, '')) : null;
  if (parsed && !/^(?:the|a|an)$/i.test(parsed.name)) return { kind: 'name', name: parsed.name, title: parsed.title, role: apposition };
  const nominal = phraseCue(first, false);
  if (nominal?.kind === 'nominal') {
    // "said the city's mayor, Jane Roe"
    const named = chunks[1] ? parseName(chunks[1]) : null;
    if (named && /^\p{Lu}/u.test(chunks[1])) return { kind: 'name', name: named.name, title: named.title, role: roleText(nominal.phrase) };
    return nominal;
  }
  return null;
}

// The clause after a quote runs to the first sentence end (not an abbreviation's dot) or dash.
function firstClause(text: string): string {
  const m = /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Maj|Lt|Col|Capt|Sgt|Adm|Rev|St|Jr|Sr|Prof|[A-Z]))[.!?;:](?=\s|$)|\s[—–]\s|[“"«„]/.exec(text);
  return m ? text.slice(0, m.index) : text;
}

// The part of the sentence right before a quote (after the last sentence end).
function lastClause(text: string): string {
  const re = /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Maj|Lt|Col|Capt|Sgt|Adm|Rev|St|Jr|Sr|Prof|[A-Z]))[.!?]["”’]?\s+(?=\S)/g;
  let start = 0;
  for (const m of text.matchAll(re)) start = (m.index ?? 0) + m[0].length;
  return text.slice(start);
}

/** "PENCE: Well, ..." — speaker labels of transcripts, at the start of a quote. */
export function transcriptLabel(quoteText: string): string | null {
  const m = /^([A-Z][A-Z'’.\- ]{1,30}):\s/.exec(quoteText);
  return m ? m[1].trim() : null;
}
