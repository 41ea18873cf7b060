// The offline gazetteer: the committed asset's text in, a name index out.
// Format (written by scripts/build-gazetteer.mjs): one place per line, tab-separated
//   kind name alts country region lat lon population geonameid flags
// Parsing is deliberately lazy about everything but the names: a line is only split into its
// fields when one of its names is met in an article, so loading stays within a few tens of ms.

export type EntryKind = 'C' | 'A' | 'N' | 'P' | 'K' | 'R' | 'L' | 'S' | 'M' | 'I' | 'D';

export interface GazEntry {
  id: number;
  kind: EntryKind;
  name: string;
  /** ISO 3166-1 alpha-2, '' for places that span countries. */
  cc: string;
  /** State/province key ("US.KY") for entries inside one, or the key of an admin-1 entry itself. */
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
}

/** How a name refers to its place; postal codes ("KY") count only after "City,". */
export type AliasType = 'name' | 'demonym' | 'code';

export interface Alias {
  line: number;
  type: AliasType;
}

export interface Gazetteer {
  size: number;
  /** Longest name in words, bounds the recogniser's look-ahead. */
  maxWords: number;
  lookup(key: string): readonly Alias[] | undefined;
  entry(line: number): GazEntry;
  /** Admin-1 entry by key ("US.KY"), country entry by ISO code ("IQ"). */
  region(key: string): GazEntry | undefined;
  country(cc: string): GazEntry | undefined;
}

/** Lookup key: case, spacing and apostrophe style do not matter. */
export function nameKey(s: string): string {
  return s.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

const EMPTY: Gazetteer = {
  size: 0,
  maxWords: 0,
  lookup: () => undefined,
  entry: () => {
    throw new RangeError('empty gazetteer');
  },
  region: () => undefined,
  country: () => undefined,
};

/** Demonyms name people in the plural: "Iraqis", "Americans", "Palestinians". */
function demonymPlural(d: string): string | null {
  if (/(an|i|on|ite)$/.test(d)) return d + 's';
  return null;
}

export function parseGazetteer(raw: unknown): Gazetteer {
  if (typeof raw !== 'string' || !raw.startsWith('#lede-gazetteer')) return EMPTY;
  const lines = raw.split('\n');
  const index = new Map<string, Alias[]>();
  const regions = new Map<string, number>();
  const countries = new Map<string, number>();
  let maxWords = 1;
  const add = (name: string, line: number, type: AliasType) => {
    const key = nameKey(name);
    if (!key) return;
    const list = index.get(key);
    if (list) {
      if (!list.some((a) => a.line === line)) list.push({ line, type });
    } else index.set(key, [{ line, type }]);
    if (type !== 'code') {
      let words = 1;
      for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 32) words++;
      if (words > maxWords) maxWords = words;
    }
  };
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const t1 = line.indexOf('\t');
    const t2 = line.indexOf('\t', t1 + 1);
    const t3 = line.indexOf('\t', t2 + 1);
    add(line.slice(t1 + 1, t2), i, 'name');
    if (t3 > t2 + 1) {
      for (const alt of line.slice(t2 + 1, t3).split('|')) {
        const c = alt.charCodeAt(0);
        if (c === 126 /* ~ */) {
          add(alt.slice(1), i, 'demonym');
          const plural = demonymPlural(alt.slice(1));
          if (plural) add(plural, i, 'demonym');
        } else if (c === 64 /* @ */) add(alt.slice(1), i, 'code');
        else add(alt, i, 'name');
      }
    }
    const kind = line.charCodeAt(0);
    if (kind === 67 /* C */ || kind === 65 /* A */) {
      const t4 = line.indexOf('\t', t3 + 1);
      const t5 = line.indexOf('\t', t4 + 1);
      if (kind === 67) countries.set(line.slice(t3 + 1, t4), i);
      else if (t5 > t4 + 1) regions.set(line.slice(t4 + 1, t5), i);
    }
  }
  const cache = new Map<number, GazEntry>();
  const entry = (n: number): GazEntry => {
    let e = cache.get(n);
    if (!e) {
      e = decode(n, lines[n] ?? '');
      cache.set(n, e);
    }
    return e;
  };
  return {
    size: lines.length - 1,
    maxWords,
    lookup: (key) => index.get(key),
    entry,
    region: (key) => {
      const n = regions.get(key);
      return n === undefined ? undefined : entry(n);
    },
    country: (cc) => {
      const n = countries.get(cc);
      return n === undefined ? undefined : entry(n);
    },
  };
}

function decode(id: number, line: string): GazEntry {
  const f = line.split('\t');
  const num = (s: string | undefined) => (s ? Number(s) : null);
  const flags = f[9] ?? '';
  return {
    id,
    kind: (f[0] || 'P') as EntryKind,
    name: f[1] ?? '',
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
  };
}
