// Direct quotations and who said them.
import type { Quote } from '../types';
import { findQuotations, type Quotation, type Segment } from './marks';
import { attributionBefore, colonIntro, cueAfter, cueBefore, hasSpeechVerb, sentenceSubject, signatureCue, transcriptLabel, type Cue } from './cues';
import { Cast, type Person } from './names';
import { Reader } from './reader';
import { describedSpeaker } from './descriptions';
import { foreignCueAfter, foreignCueBefore } from './languages';
import { isStopWord, needsSegmenter, words } from '../text';

export { pickKeyQuotes } from './key';

interface Found {
  quotation: Quotation;
  text: string;
  person: Person | null;
  /** Speaker text when no person could be named ("a police spokesman"). */
  label: string | null;
  /** The name as written when it was a bare surname ("Clinton said"): shown instead of the
   *  full name when the article names two people so. */
  shown: string | null;
  role: string | null;
  /** How the speaker was found: an explicit cue in the quote's sentence, or by context. */
  explicit: boolean;
}

/** Quotes shorter than this are scare quotes or titles unless a speech verb frames them. */
const MIN_WORDS = 3;

/** Every direct quotation in the article, in order, with its speaker where the article names one. */
export function findQuotes(paragraphs: string[]): Quote[] {
  const quotations = findQuotations(paragraphs);
  const cast = new Cast();
  const reader = new Reader(paragraphs, quotations, cast);
  const found: Found[] = [];
  let lastSpeaker: { person: Person; paragraph: number } | null = null;
  /** A speaker known only by description, when the latest quote had one. */
  let lastLabel: { label: string; paragraph: number } | null = null;

  for (let qi = 0; qi < quotations.length; qi++) {
    const q = quotations[qi];
    const first = q[0];
    const last = q[q.length - 1];
    reader.readTo(first.paragraph, first.outerStart);
    const text = q.map((s) => paragraphs[s.paragraph].slice(s.start, s.end)).join(' ');
    const cue = cueFor(paragraphs, quotations, qi, text);
    let person: Person | null = null;
    let label: string | null = null;
    let role: string | null = null;
    let shown: string | null = null;
    let explicit = cue !== null;
    if (cue) {
      const resolved = resolve(cue, cast, reader, first.paragraph, lastSpeaker, () => storySoFar(paragraphs, first));
      person = resolved.person;
      label = resolved.label;
      role = resolved.role;
      shown = resolved.shown ?? null;
    }
    if (!person && !label) {
      explicit = false;
      person = contextSpeaker(q, reader, lastSpeaker, lastLabel);
      if (lastLabel && continuesDescription(lastLabel, lastSpeaker, person, reader, first)) {
        person = null;
        label = lastLabel.label;
      }
    }
    lastLabel = label ? { label, paragraph: last.paragraph } : person ? null : lastLabel;
    if (person) {
      role = role ?? person.role;
      lastSpeaker = { person, paragraph: last.paragraph };
      reader.spoke(person, first.paragraph, first.outerStart);
    }
    found.push({ quotation: q, text, person, label, role, explicit, shown });
  }
  // "Clinton said" before the story brings in Bill Clinton is still a guess between the two: the
  // whole article's cast decides.
  if (found.some((f) => f.shown)) reader.readTo(paragraphs.length, 0);
  for (const f of found) if (f.shown && !cast.shareSurname(f.shown)) f.shown = null;
  return toQuotes(merge(found, paragraphs), paragraphs);
}

function cueFor(paragraphs: string[], quotations: Quotation[], qi: number, text: string): Cue | null {
  const q = quotations[qi];
  const first = q[0];
  const last = q[q.length - 1];
  const label = transcriptLabel(text);
  if (label) return { kind: 'name', name: label, title: null, role: null };
  const p = paragraphs[last.paragraph];
  const next = quotations[qi + 1]?.[0];
  const afterEnd = next && next.paragraph === last.paragraph ? next.outerStart : p.length;
  const trimmed = text.replace(/["”’'»\s]+$/, '');
  const endsSentence = /[.!?…]$/.test(trimmed);
  const asks = /[?!]$/.test(trimmed);
  const afterText = p.slice(last.outerEnd, afterEnd);
  const beforeText = textBefore(paragraphs, quotations, qi);
  // cueBefore(beforeText), read at most once: it may be needed first or last.
  let cueBeforeQuote: Cue | null | undefined;
  const introduced = () => (cueBeforeQuote === undefined ? (cueBeforeQuote = cueBefore(beforeText)) : cueBeforeQuote);
  // "Clinton responds to Mills with, “Why now?” Mills then writes back, “…”": a quote that ends
  // its sentence after a speech verb that led straight into it ("with, “") belongs to that verb;
  // the sentence after it introduces the next quote.
  if (endsSentence && /[,:]\s*$/.test(beforeText)) {
    const intro = introduced();
    if (intro?.kind === 'name' || intro?.kind === 'pronoun') return intro;
  }
  // "O'Malley lamented her gaffes - “does she have to keep giving them ammunition?” - Democrats
  // said …": a quote set between dashes is an aside, and the sentence goes on with a subject of
  // its own.
  const aside = q.length === 1 && /[—–-]\s*$/.test(p.slice(Math.max(0, first.outerStart - 3), first.outerStart)) && /^\s*[—–-]\s/.test(afterText);
  const after = last.closed && !aside ? (cueAfter(afterText, endsSentence, asks) ?? foreignCueAfter(afterText)) : null;
  if (after) return after;
  if (!last.closed && paragraphs[last.paragraph + 1]) {
    const signed = signatureCue(paragraphs[last.paragraph + 1]);
    if (signed) return signed;
  }
  // “A” and “B,” Howard Dean said: quotes joined within one sentence share the attribution
  // that follows the last of them.
  // (A quote that ends its sentence — “… neighborhood.” Russia insisted … — starts no chain.)
  for (let k = qi + 1, from = last; !endsSentence && k < Math.min(quotations.length, qi + 4); k++) {
    const q2 = quotations[k];
    const s2 = q2[0];
    if (s2.paragraph !== from.paragraph || q2.length > 1 || !from.closed) break;
    // (“leading from behind” and Donald Trump says he is “losing …”: a verb between them gives
    // the second its own speaker.)
    const between = p.slice(from.outerEnd, s2.outerStart);
    if (!/^[^.!?]{0,40}$/.test(between) || hasSpeechVerb(between)) break;
    const next2 = quotations[k + 1]?.[0];
    const end2 = next2 && next2.paragraph === s2.paragraph ? next2.outerStart : p.length;
    const t2 = p.slice(s2.start, s2.end).replace(/["”’'»\s]+$/, '');
    const cue2 = s2.closed ? cueAfter(p.slice(s2.outerEnd, end2), /[.!?…]$/.test(t2), /[?!]$/.test(t2)) : null;
    if (cue2) return cue2;
    from = s2;
  }
  const before =
    introduced() ?? foreignCueBefore(beforeText) ?? colonIntro(beforeText) ?? sentenceSubject(beforeText) ?? attributionBefore(beforeText);
  if (before) return before;
  // A paragraph ending in a colon introduces the quote that opens the next one.
  if (first.outerStart === 0 && first.paragraph > 0) {
    const intro = paragraphs[first.paragraph - 1];
    if (/:\s*$/.test(intro)) return cueBefore(intro) ?? colonIntro(intro);
  }
  return null;
}

/** The paragraph's narration between the previous quote (or the paragraph's start) and quote qi. */
function textBefore(paragraphs: string[], quotations: Quotation[], qi: number): string {
  const first = quotations[qi][0];
  const prev = quotations[qi - 1];
  const prevSeg = prev?.[prev.length - 1];
  const from = prevSeg && prevSeg.paragraph === first.paragraph ? prevSeg.outerEnd : 0;
  return paragraphs[first.paragraph].slice(from, first.outerStart);
}

/** How far back "the board said" looks for the board the article named: a few paragraphs, and
 *  a bounded stretch of text however long they are. */
const INSTITUTION_PARAGRAPHS = 4;
const INSTITUTION_CHARS = 4000;

/** The article up to a quote: its paragraph so far and the few before it. */
function storySoFar(paragraphs: string[], first: Segment): string {
  const parts = [paragraphs[first.paragraph].slice(Math.max(0, first.outerStart - INSTITUTION_CHARS), first.outerStart)];
  let left = INSTITUTION_CHARS - parts[0].length;
  for (let p = first.paragraph - 1; p >= Math.max(0, first.paragraph - INSTITUTION_PARAGRAPHS) && left > 0; p--) {
    const text = paragraphs[p];
    parts.unshift(text.slice(Math.max(0, text.length - left)));
    left -= parts[0].length;
  }
  return parts.join('\n');
}

function resolve(
  cue: Cue,
  cast: Cast,
  reader: Reader,
  paragraph: number,
  lastSpeaker: { person: Person; paragraph: number } | null,
  before: () => string,
): { person: Person | null; label: string | null; role: string | null; shown?: string | null } {
  if (cue.kind === 'name') {
    const person = cast.meet(cue.name, cue.title, cue.role);
    // "Clinton said" in a story about Hillary and Bill Clinton: which one is a guess, so the
    // quote keeps the name as the article wrote it (decided once the whole article is read).
    const shown = cue.name.includes(' ') ? null : cue.name;
    return { person, label: null, role: cue.role ?? person.role, shown };
  }
  if (cue.kind === 'pronoun') {
    const person = reader.antecedent(cue.pronoun, paragraph, lastSpeaker);
    if (person && !person.gender && (cue.pronoun === 'he' || cue.pronoun === 'she')) {
      person.gender = cue.pronoun === 'he' ? 'm' : 'f';
    }
    return { person, label: null, role: null };
  }
  const described = describedSpeaker(cue.phrase, cast, before);
  if (described.person) return { person: described.person, label: null, role: described.person.role };
  return { person: null, label: described.label, role: described.label };
}

// No cue in the quote's sentence: a quote continues the speaker of the paragraph, or of the
// quote just before when it opens its paragraph (the usual way a second quote follows the first).
// Reaching further back is a guess: on PolNeAR train, a quote given the speaker of a quote two
// paragraphs up had the right one 6 times in 18, so such a quote is shown unattributed.
function contextSpeaker(
  q: Quotation,
  reader: Reader,
  lastSpeaker: { person: Person; paragraph: number } | null,
  lastLabel: { label: string; paragraph: number } | null,
): Person | null {
  const first = q[0];
  const inPara = reader.lastSubjectSpeakerIn(first.paragraph, first.outerStart);
  if (inPara) return inPara;
  // "Bolton distanced himself from the movement. “I’m going to support him …”": a quote after a
  // sentence about someone goes on with that person rather than with the previous paragraph's
  // speaker (on PolNeAR train this moved 9 quotes to the right speaker and 1 away from it). Not
  // when the latest speaker was known by description ("said one longtime adviser. “…”"): that
  // one goes on.
  if (lastSpeaker && first.paragraph - lastSpeaker.paragraph <= 1) {
    const describedLater = lastLabel !== null && lastLabel.paragraph >= lastSpeaker.paragraph;
    return (describedLater ? null : reader.lastSubjectIn(first.paragraph, first.outerStart)) ?? lastSpeaker.person;
  }
  // "Carter said that for decades critics had predicted a withdrawal. / “That’s because this
  // region …”": a paragraph that opens on a quote goes on with the reported speech just before
  // it, when that paragraph named its speaker as saying it. On PolNeAR train this attributed 5
  // quotes that had no speaker: 3 to the annotated one, 1 to the right senator (annotated only
  // as "Florida") and 1 wrongly (a fact-check that sets each quote under a paragraph of its own).
  if (first.outerStart === 0 && first.paragraph > 0) return reader.lastSubjectSpeakerIn(first.paragraph - 1, Infinity);
  return null;
}

// “…,” a Clinton campaign spokesman said. “…”: a quote without a cue goes on with the speaker
// known only by description, unless someone was named as speaking in between.
function continuesDescription(
  described: { label: string; paragraph: number },
  lastSpeaker: { person: Person; paragraph: number } | null,
  contextPerson: Person | null,
  reader: Reader,
  first: Segment,
): boolean {
  if (first.paragraph - described.paragraph > 1) return false;
  if (contextPerson && contextPerson !== lastSpeaker?.person) return false;
  return !reader.lastSubjectSpeakerIn(first.paragraph, first.outerStart);
}

// "A," he said, "B." is one quotation split by its attribution: join the parts.
function merge(found: Found[], paragraphs: string[]): Found[] {
  const out: Found[] = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    if (prev && sameSentenceSplit(prev.quotation, f.quotation, paragraphs) && (!f.explicit || samePerson(prev, f))) {
      prev.text = `${prev.text} ${f.text}`;
      prev.quotation = [...prev.quotation, ...f.quotation];
      continue;
    }
    out.push(f);
  }
  return out;
}

const samePerson = (a: Found, b: Found): boolean => a.person !== null && a.person === b.person;

function sameSentenceSplit(a: Quotation, b: Quotation, paragraphs: string[]): boolean {
  const x = a[a.length - 1];
  const y = b[0];
  if (x.paragraph !== y.paragraph || !x.closed) return false;
  const between = paragraphs[x.paragraph].slice(x.outerEnd, y.outerStart);
  const inner = paragraphs[x.paragraph].slice(x.start, x.end);
  // The first part ends mid-sentence (a comma inside the marks) and the words between are
  // only the attribution, ending with a comma or colon.
  // "…,” Blige sings to Clinton before asking her, “…”: a second speech verb starts a second
  // utterance
  // ("…,” he said, referring to the Old City, “…” stays one.)
  if (/\b(?:before|after|then|and|but)\s|\b(?:adding|asking|saying|noting|continuing|explaining|telling|arguing|warning|insisting|answering|replying)\b/.test(between)) return false;
  return /[,—–-]$/.test(inner.trim()) && /^[^.!?“”"«»]{1,120}[,:]\s*$/.test(between);
}

/** Words of a quote; Chinese and Japanese, written without spaces, are counted by segmenter. */
function countWords(text: string): number {
  return needsSegmenter(text) ? words(text).length : text.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function toQuotes(found: Found[], paragraphs: string[]): Quote[] {
  const out: Quote[] = [];
  for (const f of found) {
    // News style turns a quote's closing full stop into a comma before the attribution (“…proves
    // that,” he said): shown on its own the comma reads as a cut, so it goes. (A full stop in its
    // place would put words in the speaker's mouth the article does not print.)
    const text = f.text.replace(/\s+/g, ' ').trim().replace(/\s*[,;:]+$/, '');
    const n = countWords(text);
    if (n === 0) continue;
    if (n < MIN_WORDS && !(f.explicit && f.person && partialWithVerb(f.quotation[0], paragraphs))) continue;
    if (looksLikeTitle(text)) continue;
    out.push({ text, speaker: f.shown ?? f.person?.name ?? f.label, ...titleAndRole(f), paragraph: f.quotation[0].paragraph });
  }
  return out;
}

// The role is read with the rank that ends it ("special forces Maj.", which is how later "the
// major" is matched); shown, the rank goes before the name and the rest after it, as a byline
// would put it: "Maj. Dhia Thamir, special forces".
function titleAndRole(f: Found): { title: string | null; role: string | null } {
  const title = f.person?.title ?? null;
  let role = f.role ?? null;
  if (title && role) {
    if (role === title) role = null;
    else if (role.endsWith(` ${title}`)) role = role.slice(0, -title.length - 1);
  }
  return { title, role: shownRole(role) };
}

/** Longer than this, a role is a sentence about the person, not a line under their name. */
const ROLE_WORDS = 12;

/**
 * The role as a line under the name: a noun phrase that says who the speaker is ("law professor
 * at the University of Pittsburgh"). A relative clause ("who attended the rally") is cut or, when
 * it is all there is, not shown; nor are a lone function word, an adverb ("meanwhile") or a
 * paragraph-long description.
 */
function shownRole(role: string | null): string | null {
  if (!role) return null;
  const r = role
    .replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '')
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/,?\s+(?:who|which|whose|whom)\s.*$/s, '')
    .trim();
  if (!r || /^(?:who|which|that|whose|whom)\b/i.test(r)) return null;
  const words = r.split(/\s+/);
  if (words.length === 1 && (isStopWord(r) || /^\p{Ll}+ly$/u.test(r) || /^(?:meanwhile|however|also|though|too)$/i.test(r))) return null;
  return words.length > ROLE_WORDS ? null : r;
}

// “Fox and Friends,” “The Rachel Maddow Show”, “Are You Smarter Than a Fifth Grader?”: titles of
// shows, books and films are set in quote marks too, but every word is capitalised; and a quote in
// capitals only is a headline. Neither is something someone said.
function looksLikeTitle(text: string): boolean {
  const ws = text.replace(/[.,;:!?…]+$/, '').split(/\s+/).filter((w) => /[\p{L}]/u.test(w));
  if (!ws.length) return false;
  if (ws.length >= 3 && !/\p{Ll}/u.test(text)) return true;
  if (ws.length > 8) return false;
  const small = /^(?:a|an|the|and|or|of|to|in|on|for|at|by|with|from|than|vs\.?|&)$/;
  return /^\p{Lu}/u.test(ws[0]) && ws.every((w) => /^[\p{Lu}\d“"‘']/u.test(w) || small.test(w)) && ws.some((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

// A one- or two-word quote counts when a speech verb sits right before it in the same sentence
// ("Dillon said an attack was “imminent”"): the words are attributed, not a scare quote.
function partialWithVerb(s: Segment, paragraphs: string[]): boolean {
  const before = paragraphs[s.paragraph].slice(Math.max(0, s.outerStart - 120), s.outerStart);
  return /\b(?:said|says|told|warned|added|wrote)\b[^.!?“”"]*$/.test(before);
}
