// The offline gazetteer. The asset (assets/gazetteer/places.tsv, written by
// scripts/build-gazetteer.mjs) is an index sorted by lookup key, so "loading" it is only checking
// its header: names are found by binary search in the text itself, and only the lines an article
// needs are ever decoded. Building a Map of 60,000 places took ~200 ms; this takes ~0.
//   #lede-gazetteer 2 <maxWords> <places>
//   key<TAB>entry|entry...
//   entry = n;kind;name;country;region;lat;lon;population;geonameid;flags;id;countries  (the place itself)
//         | use>key>id                                                      (another of its names)

export type EntryKind = 'C' | 'A' | 'N' | 'P' | 'K' | 'R' | 'L' | 'S' | 'M' | 'I' | 'D' | 'B';

export interface GazEntry {
  /** Stable identity: GeoNames id, or the build's own id for places without one. */
  id: string;
  kind: EntryKind;
  name: string;
  /** ISO 3166-1 alpha-2, '' for places that span countries. */
  cc: string;
  /** State/province key ("US.KY") for places inside one, or an admin-1 entry's own key. */
  region: string;
  lat: number | null;
  lon: number | null;
  pop: number;
  gid: number | null;
  capital: boolean;
  provincialCapital: boolean;
  section: boolean;
  /** The name is also a common English word ("Police", "March"): needs support to be believed. */
  commonWord: boolean;
  /** ISO codes of the countries a river, lake, mountain or island lies in, most of it first. */
  countries: string[];
}

/** How a name refers to its place; postal codes ("KY") count only after "City,". */
export type AliasType = 'name' | 'demonym' | 'code' | 'acronym';

export interface Alias {
  type: AliasType;
  entry: GazEntry;
}

export interface Gazetteer {
  /** Number of places; 0 for an unusable asset. */
  size: number;
  /** Longest name in words, bounds the recogniser's look-ahead. */
  maxWords: number;
  lookup(key: string): readonly Alias[] | undefined;
  /** State/province by key ("US.KY"), country by ISO code ("IQ"). */
  region(key: string): GazEntry | undefined;
  country(cc: string): GazEntry | undefined;
}

/** Lookup key: case, spacing and apostrophe style do not matter. Same rule as the build. */
export function nameKey(s: string): string {
  return s.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

const HEADER = /^#lede-gazetteer 2 (\d+) (\d+)\n/;
const USE: Record<string, AliasType> = { n: 'name', d: 'demonym', c: 'code', a: 'acronym' };
/** Decoded lines kept per gazetteer; a background worker sees many articles, so it is bounded. */
const CACHE_LIMIT = 20000;

export function parseGazetteer(raw: unknown): Gazetteer {
  const head = typeof raw === 'string' ? HEADER.exec(raw.slice(0, 100)) : null;
  if (!head || typeof raw !== 'string') return EMPTY;
  const text = raw;
  const bodyStart = head[0].length;
  const cache = new Map<string, Alias[] | null>();

  /** The text after the tab of the line whose key is `key`, or null. */
  function findLine(key: string): string | null {
    let lo = bodyStart;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = text.lastIndexOf('\n', mid - 1) + 1;
      const lineStart = start < lo ? lo : start;
      let end = text.indexOf('\n', lineStart);
      if (end < 0) end = text.length;
      const tab = text.indexOf('\t', lineStart);
      const k = text.slice(lineStart, tab < 0 || tab > end ? end : tab);
      if (k === key) return text.slice(tab + 1, end);
      if (key < k) hi = lineStart;
      else lo = end + 1;
    }
    return null;
  }

  function entriesOf(key: string, depth: number): Alias[] | null {
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const line = key ? findLine(key) : null;
    let out: Alias[] | null = null;
    if (line) {
      out = [];
      for (const item of line.split('|')) {
        if (item[1] === ';') {
          out.push({ type: 'name', entry: decode(item) });
        } else if (depth === 0) {
          // A reference: "d>iraq>s2n" is the demonym of the place with id s2n under "iraq".
          const [use, target, id] = item.split('>');
          const found = entriesOf(target, 1)?.find((a) => a.entry.id === id && a.type === 'name');
          if (found) out.push({ type: USE[use[0]] ?? 'name', entry: found.entry });
        }
      }
      if (!out.length) out = null;
    }
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, out);
    return out;
  }

  const one = (key: string) => entriesOf(key, 0)?.[0]?.entry;
  return {
    size: Number(head[2]),
    maxWords: Number(head[1]),
    lookup: (key) => entriesOf(key, 0) ?? undefined,
    region: (key) => (key ? one(`#r:${key.toLowerCase()}`) : undefined),
    country: (cc) => (cc ? one(`#c:${cc.toLowerCase()}`) : undefined),
  };
}

const EMPTY: Gazetteer = {
  size: 0,
  maxWords: 0,
  lookup: () => undefined,
  region: () => undefined,
  country: () => undefined,
};

function decode(item: string): GazEntry {
  const f = item.split(';');
  const num = (s: string | undefined) => (s ? Number(s) : null);
  const flags = f[9] ?? '';
  return {
    id: f[10] || f[8] || f[2],
    kind: (f[1] || 'P') as EntryKind,
    name: f[2] ?? '',
    cc: f[3] ?? '',
    region: f[4] ?? '',
    lat: num(f[5]),
    lon: num(f[6]),
    pop: Number(f[7]) || 0,
    gid: num(f[8]),
    capital: flags.includes('c'),
    provincialCapital: flags.includes('a'),
    section: flags.includes('x'),
    commonWord: flags.includes('w'),
    countries: f[11] ? f[11].split(',') : [],
  };
}
