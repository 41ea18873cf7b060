// People and organisations that carry place names: "Michael Jordan", "Washington Post",
// "Dunn's Automotive". The recogniser asks these questions before it believes a place.
import { isStopWord } from '../text';
import { nameKey, type Gazetteer } from './gazetteer';
import type { Mention } from './mentions';
import { ALL_CAPS, UPPER, properWords, type SentenceTokens, type Token } from './tokens';
import {
  CALENDAR, GEO_MODIFIERS, INSTITUTION_WORDS, LANGUAGE_CUES, LOCATIVE, NEWSPAPER_WORDS, PERSON_TITLES, PLACE_SUFFIX, SPEECH,
  isSentenceOpener,
} from './cues';

/** Places at least this big keep their name in firms and clubs: "Cambridge Analytica". */
const WELL_KNOWN = 300000;

/** A place name used as part of a person's or organisation's name. */
export function personOrOrganisation(text: string, tokens: Token[], i: number, end: number, m: Mention, gaz: Gazetteer, proper: Set<string>): boolean {
  const before = tokens[i - 1];
  if (before && joinedBySpace(text, before, tokens[i], true)) {
    const b = before.text.replace(/\.$/, '').toLowerCase();
    if (PERSON_TITLES.has(b)) return true;
    // "George Washington", "Michael Jordan": a capitalised word that is not a sentence opener.
    if (UPPER.test(before.text) && !isStopWord(before.text) && !GEO_MODIFIERS.has(b) && !(i - 1 === 0 && (isSentenceOpener(before.text) || (!proper.has(b) && !smallTownOnly(m))))) {
      const demonymOnly = m.aliases.every((a) => a.type === 'demonym');
      if (!demonymOnly && !isCountryOrState(before.text, gaz)) return true;
    }
  }
  const prevWord = tokens[i - 1]?.text.toLowerCase();
  // "the White House", "the Mall", "the West": towns are not written with "the".
  // But "the Gainesville rodeo" uses the town's name as an adjective, as any town's may be.
  const attributive = !!tokens[end] && /^\p{Ll}/u.test(tokens[end].text) && text.slice(tokens[end - 1].end, tokens[end].start) === ' ' && !SPEECH.has(tokens[end].text);
  if (prevWord === 'the' && !m.surface.startsWith('The') && !attributive) {
    const aliases = m.aliases.filter((a) => a.entry.kind !== 'P' || a.entry.pop >= 100000);
    if (!aliases.length) return true;
    m.aliases = aliases;
  }
  // "in English", "speaks Spanish": a language, not a people or a country.
  if (prevWord && LANGUAGE_CUES.has(prevWord) && m.aliases.every((a) => a.type === 'demonym')) return true;
  // A bare river or lake name ("Orange", "Don") is a river only as "the Orange".
  if (prevWord !== 'the' && !m.surface.includes(' ') && m.aliases.every((a) => 'RLS'.includes(a.entry.kind))) return true;
  if (m.capitalisedNext) {
    // Adjectives and country codes modify what follows ("U.S. Army", "Iraqi Army"): still places.
    const modifier = m.aliases.some((a) => a.type === 'demonym') || /\./.test(m.surface) || ALL_CAPS.test(m.surface);
    if (!modifier) {
      const next = tokens[end];
      const nl = next.text.toLowerCase();
      if (NEWSPAPER_WORDS.has(nl)) return true;
      // A well-known place naming a firm or club ("Cambridge Analytica", "Liverpool FC") is still
      // that place; a small town's name before another name is usually somebody's name.
      const wellKnown = m.aliases.some((a) => 'CAK'.includes(a.entry.kind) || a.entry.pop >= WELL_KNOWN);
      if (!wellKnown && !isCountryOrState(next.text, gaz) && !PLACE_SUFFIX.has(nl) && !INSTITUTION_WORDS.has(nl)) return true;
    }
  }
  return false;
}

/**
 * Words used as parts of people's names in this article: "Barack Obama" makes a later "Obama" a
 * person, not the Japanese town; "Paris Hilton" makes "Paris" suspect in the same way.
 */
export function personNameParts(sentences: SentenceTokens[], gaz: Gazetteer): Set<string> {
  const parts = new Set<string>();
  const firsts: [string, string][] = [];
  const proper = properWords(sentences);
  // "in Gainesville", "from Gainesville": a name used after a preposition of place is a place,
  // so "Gainesville's Tom Thumb" is the town's shop, not a Mr Gainesville's.
  const locative = new Set<string>();
  for (const { tokens } of sentences) {
    for (let i = 1; i < tokens.length; i++) {
      if (UPPER.test(tokens[i].text) && LOCATIVE.has(tokens[i - 1].text)) locative.add(tokens[i].text.toLowerCase());
    }
  }
  const isPlace = (w: string) =>
    !!gaz.lookup(nameKey(w))?.some((a) => 'CAK'.includes(a.entry.kind) || a.entry.pop >= 1e6 || a.type === 'demonym');
  for (const { text, tokens } of sentences) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const a = tokens[i];
      const b = tokens[i + 1];
      if (!UPPER.test(a.text) || !UPPER.test(b.text) || text.slice(a.end, b.start) !== ' ') continue;
      if (ALL_CAPS.test(a.text) || ALL_CAPS.test(b.text)) continue;
      const al = a.text.toLowerCase();
      const bl = b.text.toLowerCase();
      if (i === 0 && !proper.has(al) && isSentenceOpener(a.text)) continue;
      if (PERSON_TITLES.has(al)) {
        parts.add(bl);
        continue;
      }
      if (isStopWord(a.text) || GEO_MODIFIERS.has(al) || INSTITUTION_WORDS.has(bl) || PLACE_SUFFIX.has(bl)) continue;
      if (gaz.lookup(nameKey(`${a.text} ${b.text}`))) continue;
      if (!isPlace(a.text)) parts.add(bl);
      // "David Hogg … Hogg said": the first word is a given name only if the second comes back
      // alone, as surnames do; "Sochi Olympics" and "Buffalo Fire Chief" leave the town a town.
      if (!isPlace(b.text) && !(i === 0 && isSentenceOpener(a.text))) firsts.push([al, bl]);
    }
  }
  for (const { text, tokens } of sentences) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!UPPER.test(t.text) || ALL_CAPS.test(t.text)) continue;
      // Only directly next to the verb: "Republican, Evansville, told" names the town.
      const next = tokens[i + 1] && text.slice(t.end, tokens[i + 1].start) === ' ' ? tokens[i + 1].text : null;
      const prev = tokens[i - 1] && text.slice(tokens[i - 1].end, t.start) === ' ' ? tokens[i - 1].text : null;
      const after = text.slice(t.end, t.end + 12);
      // "Parker, 8, has …" gives an age; "Dunn's Automotive" names a business after its owner.
      const personCue =
        /^,\s?\d{1,3},/.test(after) ||
        (/^['’]s\s\p{Lu}/u.test(after) && !CALENDAR.test(tokens[i + 2]?.text ?? '') && !locative.has(t.text.toLowerCase()));
      if (personCue || (next && SPEECH.has(next)) || (prev && SPEECH.has(prev) && !(tokens[i + 1] && UPPER.test(tokens[i + 1].text)))) {
        // Speech is the strongest cue: even "Jordan said" is a person there.
        if (!isPlace(t.text) || (next && SPEECH.has(next))) parts.add(t.text.toLowerCase());
      }
    }
  }
  const alone = new Set<string>();
  for (const { tokens } of sentences) {
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      if (!UPPER.test(t.text) || UPPER.test(tokens[i - 1].text) || (tokens[i + 1] && UPPER.test(tokens[i + 1].text))) continue;
      alone.add(t.text.toLowerCase());
    }
  }
  for (const [first, last] of firsts) if (alone.has(last)) parts.add(first);
  return parts;
}

/** Surnames are often town names ("David Webb"); only a country or state next to a name is a place. */
function isCountryOrState(word: string, gaz: Gazetteer): boolean {
  return !!gaz.lookup(nameKey(word))?.some((a) => 'CAK'.includes(a.entry.kind));
}

function joinedBySpace(text: string, a: Token, b: Token, allowDot: boolean): boolean {
  const sep = text.slice(a.end, b.start);
  return sep === ' ' || (allowDot && sep === '. ');
}

/** "Larry Grayson" opening a sentence: a small town after an unknown capitalised word is a surname. */
function smallTownOnly(m: Mention): boolean {
  return m.aliases.every((a) => a.entry.kind === 'P' && a.entry.pop < 100000);
}

