// Places the gazetteer cannot know but the article names and explains: "the Old City, a densely
// populated neighborhood west of the Tigris River", "the al-Nuri mosque". They get an entry
// described in the article's own words and are placed at the city they belong to.
import type { Place, PlaceKind } from '../types';
import { isStopWord } from '../text';
import { nameKey, type Gazetteer } from './gazetteer';
import type { SentenceTokens, Token } from './tokens';
import type { Resolved } from './resolve';

/** Capitalised head nouns that make a name a place: "Old City", "Green Zone", "Tahrir Square". */
const NAMED_HEADS: Record<string, PlaceKind> = {
  city: 'neighbourhood', quarter: 'neighbourhood', district: 'neighbourhood', zone: 'neighbourhood',
  neighborhood: 'neighbourhood', neighbourhood: 'neighbourhood', estate: 'neighbourhood', village: 'neighbourhood',
  township: 'neighbourhood', province: 'region', governorate: 'region', county: 'region',
  strip: 'region', peninsula: 'region', valley: 'region',
  square: 'landmark', mosque: 'landmark', cathedral: 'landmark', temple: 'landmark', shrine: 'landmark',
  bridge: 'landmark', palace: 'landmark', castle: 'landmark', citadel: 'landmark', camp: 'landmark',
  dam: 'landmark', mountains: 'mountain', desert: 'desert',
};
// Streets, parks, rivers and buildings are left out on purpose: named after people and firms as
// often as not, they turned out wrong more often than right on the dev corpora.
/** Lower-case heads after a proper name: "the al-Nuri mosque", "the Tabqa dam". */
const COMMON_HEADS = new Set(['mosque', 'cathedral', 'shrine', 'temple', 'bridge', 'square', 'dam', 'palace', 'citadel']);
/** Words of organisations' names: "Continental Real Estate", "Santa Clara Valley Water District". */
const ORG_WORDS = new Set(['real', 'water', 'leadership', 'management', 'services', 'authority', 'association', 'foundation', 'heritage', 'conservation', 'unified', 'school', 'air', 'quality', 'sanitation', 'development', 'international', 'regional', 'metropolitan', 'catholic']);
/** Words that start organisations and events, not places. */
const NOT_PLACE_START = new Set(['islamic', 'national', 'federal', 'supreme', 'united', 'democratic', 'republican', 'world', 'international', 'royal', 'state']);

const UPPER = /^\p{Lu}/u;
const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|the|this|that|at|as|in|on)$/i;
const NAME_PART = /^(?:\p{Lu}|al$|el$)/u;

interface LocalMention {
  name: string;
  key: string;
  kind: PlaceKind;
  paragraph: number;
  sentence: string;
  start: number;
  end: number;
  apposition: string | null;
  /** A gazetteer place named inside it ("Mosul Dam" → Mosul). */
  inner: string | null;
}

function headKind(t: Token | undefined, capital: boolean): PlaceKind | null {
  if (!t) return null;
  const w = t.text.toLowerCase();
  if (capital) return UPPER.test(t.text) ? NAMED_HEADS[w] ?? null : null;
  return t.text === w && COMMON_HEADS.has(w) ? NAMED_HEADS[w] ?? 'landmark' : null;
}

/** ", a densely populated neighborhood west of the Tigris River," → that phrase. */
function appositionAfter(text: string, end: number): string | null {
  const m = /^,\s+((?:a|an|the)\s+[^,;:.()—–]{6,200}?)(?=[,;:.—–)]|$)/u.exec(text.slice(end));
  if (!m) return null;
  // Keep the noun phrase, not the clause hanging off it: "… River where fighters are …".
  const phrase = m[1].replace(/^(?:a|an|the)\s+/i, '').replace(/\s+(?:where|which|who|that|when|as|after|before)\s.*$/u, '').trim();
  if (phrase.split(/\s+/).length > 14) return null;
  // "…, the Tigris River" would be another place, not a description.
  return UPPER.test(phrase) ? null : phrase;
}

function findLocalMentions(sentences: SentenceTokens[], gaz: Gazetteer): LocalMention[] {
  const out: LocalMention[] = [];
  for (const s of sentences) {
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      if (!UPPER.test(t[i].text) && !/^(al|el)$/.test(t[i].text)) continue;
      if (isStopWord(t[i].text) || NUMBER_WORDS.test(t[i].text)) continue;
      // "the al-Nuri mosque", "the destroyed al-Nuri mosque": a determiner close before.
      const determined = [t[i - 1], t[i - 2]].some((w) => w && /^(the|its|their)$/i.test(w.text));
      if (i > 0 && (UPPER.test(t[i - 1].text) || NAME_PART.test(t[i - 1].text)) && s.text.slice(t[i - 1].end, t[i].start).trim() === '') continue; // not the start of a run
      if (NOT_PLACE_START.has(t[i].text.toLowerCase())) continue;
      // Extend over the run of name words joined by spaces or hyphens.
      let j = i;
      while (j + 1 < t.length && /^[\s-]$/.test(s.text.slice(t[j].end, t[j + 1].start)) && NAME_PART.test(t[j + 1].text)) j++;
      let kind: PlaceKind | null = null;
      let last = j;
      if (j > i && (kind = headKind(t[j], true))) last = j;
      else if (determined && (kind = headKind(t[j + 1], false)) && s.text.slice(t[j].end, t[j + 1].start) === ' ') last = j + 1;
      if (!kind) {
        i = j;
        continue;
      }
      if (t.slice(i, last + 1).some((w) => ORG_WORDS.has(w.text.toLowerCase()))) {
        i = last;
        continue;
      }
      const start = t[i].start;
      const end = t[last].end;
      const name = s.text.slice(start, end);
      const modifier = s.text.slice(start, t[last === j ? j - 1 : j].end);
      const inner = gaz.lookup(nameKey(modifier)) ? modifier : null;
      out.push({
        name, key: nameKey(name), kind, paragraph: s.paragraph, sentence: s.text, start, end,
        apposition: appositionAfter(s.text, end), inner,
      });
      i = last;
    }
  }
  return out;
}

/** Builds glossary entries for article-defined places not already covered by the gazetteer. */
export function findLocalPlaces(sentences: SentenceTokens[], resolved: Resolved[], gaz: Gazetteer): Place[] {
  const covered = new Set(resolved.map((r) => r.mention.key));
  // A name the gazetteer knows but the resolver did not believe stays out; only city sections
  // ("Old City" is a quarter of many cities) are the article's to define.
  const known = (key: string) => gaz.lookup(key)?.some((a) => !a.entry.section);
  // "Leadership Henry County": a run that contains a place already found is not a new place.
  const inside = (m: LocalMention) =>
    resolved.some((r) => r.mention.sentence === m.sentence && r.mention.start >= m.start && r.mention.end <= m.end);
  const locals = findLocalMentions(sentences, gaz).filter((m) => !covered.has(m.key) && !known(m.key) && !inside(m));
  if (!locals.length) return [];
  // Parents are towns; a state stands in only when the article names no town at all.
  const towns = resolved.filter((r) => r.entry.kind === 'P');
  const cities = towns.length ? towns : resolved.filter((r) => r.entry.kind === 'N' || r.entry.kind === 'A');
  const counts = new Map<string, number>();
  for (const r of cities) counts.set(r.entry.id, (counts.get(r.entry.id) ?? 0) + 1);
  const main = [...cities].sort((a, b) => (counts.get(b.entry.id) ?? 0) - (counts.get(a.entry.id) ?? 0))[0]?.entry;

  const byKey = new Map<string, LocalMention[]>();
  for (const m of locals) byKey.set(m.key, [...(byKey.get(m.key) ?? []), m]);
  const out: Place[] = [];
  for (const group of byKey.values()) {
    const first = group[0];
    // The city it belongs to: one named inside it, else the last city named before it in the
    // same paragraph, else the story's main city.
    const innerEntry = group.map((m) => m.inner && resolved.find((r) => r.mention.key === nameKey(m.inner!))?.entry).find(Boolean);
    const before = cities.filter((r) => r.mention.paragraph === first.paragraph && (r.mention.sentence !== first.sentence || r.mention.start < first.start)).pop()?.entry;
    const parent = innerEntry || before || main;
    if (!parent) continue; // no anchor in the article: we could not say where it is
    const apposition = group.map((m) => m.apposition).find(Boolean);
    const where = [parent.name, parent.cc && parent.kind !== 'C' ? gaz.country(parent.cc)?.name : null].filter(Boolean).join(', ');
    const description = apposition
      ? `${apposition[0].toUpperCase()}${apposition.slice(1)} (${where})`
      : `${KIND_WORD[first.kind] ?? 'Place'} in ${where}, as named in the article`;
    const forms: string[] = [];
    for (const m of group) if (!forms.includes(m.name)) forms.push(m.name);
    out.push({
      name: first.name,
      kind: first.kind,
      country: parent.cc ? gaz.country(parent.cc)?.name ?? null : null,
      region: parent.kind === 'A' ? parent.name : parent.region ? gaz.region(parent.region)?.name ?? null : null,
      lat: parent.lat,
      lon: parent.lon,
      population: null,
      description,
      mentions: forms,
      count: group.length,
      firstParagraph: first.paragraph,
      firstSentence: first.sentence,
    });
  }
  return out;
}

const KIND_WORD: Partial<Record<PlaceKind, string>> = {
  neighbourhood: 'Area', landmark: 'Landmark', region: 'Area', river: 'Waterway', lake: 'Lake', sea: 'Bay',
  mountain: 'Hills', desert: 'Desert',
};
