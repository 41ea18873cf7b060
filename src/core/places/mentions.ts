// Finding place names in sentences: capitalised word runs looked up in the gazetteer, longest
// first, then the uses that only look like places (people, organisations, sentence-initial
// common words) filtered out.
import { isStopWord, splitSentences } from '../text';
import { nameKey, type Alias, type Gazetteer } from './gazetteer';

export interface Token {
  text: string;
  start: number;
  end: number;
}

export interface Mention {
  surface: string;
  key: string;
  aliases: readonly Alias[];
  paragraph: number;
  sentence: string;
  /** Offsets inside the sentence. */
  start: number;
  end: number;
  /** The region or country named right after it ("Paris, Texas"): its aliases. */
  qualifier?: readonly Alias[];
  /** This mention is itself the qualifier of the one before it. */
  isQualifier?: boolean;
  /** Names as the first word of a sentence need more support before they are believed. */
  sentenceInitial: boolean;
  /** Followed by a capitalised word: "Mosul Dam", "Washington Post". */
  capitalisedNext: boolean;
}

/** A sentence with its word tokens; kept for the second look at unknown names. */
export interface SentenceTokens {
  paragraph: number;
  text: string;
  tokens: Token[];
}

// Abbreviations with inner dots ("U.S.", "D.C.") are one token; otherwise runs of letters/digits.
const TOKEN = /\p{Lu}(?:\.\p{Lu})+\.?(?!\p{Ll})|[\p{L}\p{M}\p{N}]+/gu;
const UPPER = /^\p{Lu}/u;
const ALL_CAPS = /^[\p{Lu}.]+$/u;
/** Lower-case words that may sit inside a place name: "Stratford-upon-Avon", "Rio de Janeiro". */
const CONNECTORS = new Set(['d', 'l', 's', 'of', 'de', 'del', 'da', 'do', 'dos', 'das', 'di', 'du', 'des', 'la', 'le', 'les', 'el', 'al', 'upon', 'on', 'the', 'and', 'y', 'am', 'an', 'der', 'sur', 'en', 'in']);
/** Titles before a name make the name a person's: "Sen. Jordan", "President Lincoln". */
export const PERSON_TITLES = new Set(
  `mr mrs ms miss dr prof sen rep gov gen lt col maj capt sgt cpl pvt adm cmdr rev fr msgr hon
   president senator governor general judge justice mayor secretary minister chancellor king queen
   prince princess lord lady sir dame pope bishop officer detective coach saint`.split(/\s+/),
);

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** What may stand between two words of one name. */
function joins(text: string, a: Token, b: Token): boolean {
  const sep = text.slice(a.end, b.start);
  if (sep === ' ' || sep === '-' || sep === "'" || sep === '’') return true;
  // "St. Louis", "Ft. Worth", "W.Va.", "W. Va.": short capitalised abbreviations.
  return (sep === '. ' || sep === '.') && a.text.length <= 3 && UPPER.test(a.text) && (sep === '. ' || b.text.length <= 3);
}

function isNameWord(t: Token): boolean {
  return UPPER.test(t.text) || CONNECTORS.has(t.text);
}

/** First token of the sentence, after any opening quote or bracket. */
function isInitial(tokens: Token[], i: number, text: string): boolean {
  if (i === 0) return true;
  // "…said. Police…" never happens inside one sentence, but headings and list items glue
  // sentences; a colon or dash also starts a new clause with a capital.
  const before = text.slice(tokens[i - 1].end, tokens[i].start);
  return /[:—–]\s*["“‘']?$/.test(before);
}

interface Match {
  end: number; // token index after the match
  key: string;
  aliases: readonly Alias[];
  stop: number; // char offset of the match's end
}

function longestMatch(text: string, tokens: Token[], i: number, gaz: Gazetteer): Match | null {
  const limit = Math.min(tokens.length, i + gaz.maxWords);
  let last = i;
  while (last + 1 < limit && joins(text, tokens[last], tokens[last + 1]) && isNameWord(tokens[last + 1])) last++;
  for (let j = last; j >= i; j--) {
    if (!UPPER.test(tokens[j].text) && j > i) continue; // names end on a capitalised word
    const start = tokens[i].start;
    let stop = tokens[j].end;
    const raw = text.slice(start, stop);
    // "Ky." and "Calif." end in a dot that the token pattern leaves out.
    if (text[stop] === '.' && !raw.endsWith('.')) {
      const dotted = gaz.lookup(nameKey(raw + '.'));
      if (dotted) return { end: j + 1, key: nameKey(raw + '.'), aliases: dotted, stop: stop + 1 };
    }
    const key = nameKey(raw);
    const aliases = gaz.lookup(key);
    if (aliases) return { end: j + 1, key, aliases, stop };
    if (j === i) break;
    stop = 0;
  }
  return null;
}

/** Only proper names: all-caps short words are acronyms ("IT", "ME") unless the gazetteer's own. */
function acceptCase(surface: string, aliases: readonly Alias[]): boolean {
  if (!UPPER.test(surface)) return false;
  if (surface.length <= 4 && ALL_CAPS.test(surface) && !surface.includes('.')) {
    // "US", "UK", "EU", "DRC" are written like that; a town called "Of" is not.
    return aliases.some((a) => a.type !== 'code' && 'CKA'.includes(a.entry.kind));
  }
  return true;
}

export function findMentions(paragraphs: string[], gaz: Gazetteer): { mentions: Mention[]; sentences: SentenceTokens[] } {
  const mentions: Mention[] = [];
  const sentences: SentenceTokens[] = [];
  paragraphs.forEach((para, p) => {
    for (const sentence of splitSentences(para)) sentences.push({ paragraph: p, text: sentence, tokens: tokenize(sentence) });
  });
  const proper = properWords(sentences);
  for (const { paragraph: p, text: sentence, tokens } of sentences) {
    {
      let prev: Mention | null = null;
      for (let i = 0; i < tokens.length; ) {
        const tok = tokens[i];
        if (!UPPER.test(tok.text)) {
          i++;
          continue;
        }
        const m = longestMatch(sentence, tokens, i, gaz);
        if (!m) {
          i++;
          continue;
        }
        const surface = sentence.slice(tok.start, m.stop);
        const capitals = ALL_CAPS.test(surface.replace(/\s/g, ''));
        const usable = m.aliases.filter((a) => a.type !== 'code' && (a.type !== 'acronym' || capitals));
        // "Ms", "Gen", "Sen" alone are titles, whatever town shares the letters.
        if (m.end === i + 1 && PERSON_TITLES.has(tok.text.toLowerCase())) {
          i = m.end;
          continue;
        }
        // "Paris, Texas" / "Lexington, Ky.": the qualifier narrows the name before it.
        if (prev && prev.end + 2 >= tok.start && /^,\s*$/.test(sentence.slice(prev.end, tok.start)) && !prev.qualifier) {
          const q = m.aliases.filter((a) => 'AC'.includes(a.entry.kind));
          if (q.length) {
            prev.qualifier = q;
            if (acceptCase(surface, q) || m.aliases.some((a) => a.type === 'code')) {
              const qm: Mention = {
                surface, key: m.key, aliases: q, paragraph: p, sentence, start: tok.start, end: m.stop,
                sentenceInitial: false, capitalisedNext: false, isQualifier: true,
              };
              mentions.push(qm);
              prev = qm;
              i = m.end;
              continue;
            }
          }
        }
        if (!usable.length || !acceptCase(surface, usable)) {
          i = m.end;
          continue;
        }
        const next = tokens[m.end];
        // "Northern Europe", "South Los Angeles": the part is named with its direction, and the
        // glossary lists that form under the whole place.
        const before = tokens[i - 1];
        const directed =
          before && DIRECTIONS.test(before.text) && sentence.slice(before.end, tok.start) === ' ' && usable.some((a) => a.type !== 'demonym');
        const mention: Mention = {
          surface: directed ? sentence.slice(before.start, m.stop) : surface, key: m.key, aliases: usable, paragraph: p, sentence, start: tok.start, end: m.stop,
          sentenceInitial: isInitial(tokens, i, sentence),
          capitalisedNext: !!next && sentence.slice(m.stop, next.start) === ' ' && UPPER.test(next.text) && !CALENDAR.test(next.text),
        };
        if (!personOrOrganisation(sentence, tokens, i, m.end, mention, gaz, proper)) {
          mentions.push(mention);
          prev = mention;
        }
        i = m.end;
      }
    }
  }
  return { mentions, sentences };
}

/**
 * Words the article capitalises where grammar does not ask for it (not first in a sentence):
 * names. A sentence's first word counts as a name only if it is one elsewhere too, so "Another
 * Gainesville business" does not make "Another" somebody's first name.
 */
export function properWords(sentences: SentenceTokens[]): Set<string> {
  const out = new Set<string>();
  for (const { text, tokens } of sentences) {
    for (let i = 1; i < tokens.length; i++) if (UPPER.test(tokens[i].text) && !isInitial(tokens, i, text)) out.add(tokens[i].text.toLowerCase());
  }
  return out;
}

/** A place name used as part of a person's or organisation's name. */
function personOrOrganisation(text: string, tokens: Token[], i: number, end: number, m: Mention, gaz: Gazetteer, proper: Set<string>): boolean {
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
  if (prevWord === 'the' && !m.surface.startsWith('The')) {
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

const DIRECTIONS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Northeast|Northwest|Southeast|Southwest|Northeastern|Northwestern|Southeastern|Southwestern)$/;
/** "Quezon City Wednesday": dates follow place names without making them organisations. */
const CALENDAR = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;
const LOCATIVE = new Set(['in', 'at', 'from', 'near', 'outside', 'into', 'across', 'around', 'throughout', 'toward', 'towards']);
const WELL_KNOWN = 300000;
/** "Washington Post", "New York Times": newspapers are named after places but are not them. */
const NEWSPAPER_WORDS = new Set(['post', 'times', 'herald', 'tribune', 'journal', 'gazette', 'news', 'daily', 'chronicle', 'globe', 'star', 'examiner', 'inquirer', 'observer', 'courier', 'register', 'record', 'sun', 'mirror', 'telegraph', 'independent', 'guardian', 'press', 'bee', 'dispatch', 'democrat', 'republic']);
const LANGUAGE_CUES = new Set(['in', 'speak', 'speaks', 'spoke', 'speaking', 'into', 'learn', 'learning', 'fluent', 'teach', 'teaches', 'taught']);
/** Verbs of speech: "Tyler said", "said Parker" make the name a person's. */
const SPEECH = new Set(['said', 'says', 'told', 'added', 'explained', 'noted', 'wrote', 'asked', 'stated', 'testified', 'recalled', 'argued', 'insisted']);

/** Nouns of institutions named after their town: "Gainesville Police", "Edmonton Oilers" is not. */
const INSTITUTION_WORDS = new Set(
  `police fire city county school schools high middle elementary department council commission sheriff
   mayor university college hospital airport regional
   public library chamber board township community memorial medical center centre area metro police
   district court jail state church club mall station market`.split(/\s+/),
);

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

/** Words that continue a place's name into a smaller place: "Mosul Dam", "Gaza City". */
export const PLACE_SUFFIX = new Set(['city', 'county', 'province', 'region', 'district', 'state', 'dam', 'airport', 'port', 'valley', 'river', 'lake', 'bay', 'island', 'islands', 'mountains', 'hills', 'governorate']);

function joinedBySpace(text: string, a: Token, b: Token, allowDot: boolean): boolean {
  const sep = text.slice(a.end, b.start);
  return sep === ' ' || (allowDot && sep === '. ');
}

/** Words that qualify a place without being part of its name: "western Iraq", "Greater London". */
const GEO_MODIFIERS = new Set(
  `north south east west northern southern eastern western central northeast northwest southeast
   southwest northeastern northwestern southeastern southwestern greater upper lower downtown rural
   coastal suburban metro inner outer neighbouring neighboring nearby mainland occupied`.split(/\s+/),
);

/** "Larry Grayson" opening a sentence: a small town after an unknown capitalised word is a surname. */
function smallTownOnly(m: Mention): boolean {
  return m.aliases.every((a) => a.entry.kind === 'P' && a.entry.pop < 100000);
}

function isSentenceOpener(word: string): boolean {
  if (GEO_MODIFIERS.has(word.toLowerCase())) return true;
  return isStopWord(word) || OPENERS.test(word);
}

/** Words that open sentences before a place name: "Another Gainesville business", "Rural Ohio". */
const OPENERS =
  /^(?:In|At|From|To|But|And|Then|Now|Yet|Still|Outside|Inside|Near|Across|Throughout|Like|Unlike|Meanwhile|Officials|Residents|Police|Another|Several|Both|Many|Most|Some|Every|Each|Former|Historic|Local|All|Few|Other|Such|Whole|Entire|Only|Even|Also|Today|Yesterday|Tonight|Last|Next|This|That|These|Those|Here|There|When|While|After|Before|Since|Until|Although|Though|Because|If|As|Downtown|Suburban|Rural|Nearby|Neighboring|Neighbouring|Visit|Welcome|Where|Why|How|What|Who|Which|Despite|During|Under|Over|Around|Along|Within|Beyond|Toward|Towards|Via|Per|Unlike|Besides|Inside|Outside)$/;
