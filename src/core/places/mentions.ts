// Finding place names in sentences: capitalised word runs looked up in the gazetteer, longest
// first, then the uses that only look like places (people, organisations, sentence-initial
// common words) filtered out (people.ts).
import { splitSentences } from '../text';
import { nameKey, type Alias, type Gazetteer } from './gazetteer';
import { CALENDAR, DIRECTIONS, PERSON_TITLES } from './cues';
import { personOrOrganisation } from './people';
import { ALL_CAPS, UPPER, isInitial, properWords, tokenize, type SentenceTokens, type Token } from './tokens';

export type { SentenceTokens, Token } from './tokens';

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

const PLACED_BEFORE = /\b(?:in|at|from|to|into|near|across|throughout|of)\s+(?:the\s+)?$/i;
const MOVED_TO = /\b(?:in|at|from|to|into|near)\s+$/;

/** "in Jordan", "the people of Jordan": a preposition right before the name makes it a place
 *  (`only` the prepositions of being or going somewhere: "in Concord", "rerouted to Butte"). */
export function placedByPreposition(m: Mention, only: 'any' | 'motion' = 'any'): boolean {
  const before = m.sentence.slice(Math.max(0, m.start - 12), m.start);
  return (only === 'any' ? PLACED_BEFORE : MOVED_TO).test(before);
}

/** Lower-case words that may sit inside a place name: "Stratford-upon-Avon", "Rio de Janeiro". */
const CONNECTORS = new Set(['d', 'l', 's', 'of', 'de', 'del', 'da', 'do', 'dos', 'das', 'di', 'du', 'des', 'la', 'le', 'les', 'el', 'al', 'upon', 'on', 'the', 'and', 'y', 'am', 'an', 'der', 'sur', 'en', 'in']);
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
    let prev: Mention | null = null;
    const listed = countyLists(sentence, tokens, gaz);
    for (const c of listed.mentions) mentions.push({ ...c, paragraph: p, sentence });
    for (let i = 0; i < tokens.length; ) {
      const tok = tokens[i];
      if (!UPPER.test(tok.text) || listed.tokens.has(i)) {
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
        // "Freeland, U.S. Trade Representative …" lists people: a qualifier ends the name's phrase.
        const after = tokens[m.end];
        const continues = !!after && sentence.slice(m.stop, after.start) === ' ' && UPPER.test(after.text);
        if (q.length && !continues) {
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
  return { mentions, sentences };
}


/**
 * "Cooke, Grayson and Love counties": each name is a county, written without the word. Returns
 * their mentions (keyed as "cooke county") and the token indices they use.
 */
function countyLists(text: string, tokens: Token[], gaz: Gazetteer): { mentions: Omit<Mention, 'paragraph' | 'sentence'>[]; tokens: Set<number> } {
  const out: Omit<Mention, 'paragraph' | 'sentence'>[] = [];
  const used = new Set<number>();
  for (let k = 1; k < tokens.length; k++) {
    const noun = tokens[k].text;
    if (noun !== 'counties' && noun !== 'parishes') continue;
    const suffix = noun === 'counties' ? 'County' : 'Parish';
    let j = k - 1;
    while (j >= 0 && UPPER.test(tokens[j].text)) {
      const t = tokens[j];
      const key = nameKey(`${t.text} ${suffix}`);
      const aliases = gaz.lookup(key);
      if (aliases) {
        out.push({ surface: t.text, key, aliases, start: t.start, end: t.end, sentenceInitial: false, capitalisedNext: false });
        used.add(j);
      }
      const before = tokens[j - 1]?.text === 'and' ? j - 2 : j - 1;
      if (before < 0 || !/^(?:, | and |, and )$/.test(text.slice(tokens[before].end, t.start))) break;
      j = before;
    }
  }
  return { mentions: out, tokens: used };
}
