// Turning resolved mentions into the popup's glossary entries: one per place, described in a
// line, ordered by how much the story is about it.
import type { Place, PlaceKind, PlaceReading } from '../types';
import type { GazEntry, Gazetteer } from './gazetteer';
import type { Resolved } from './resolve';

const CONTINENTS = new Set(['Africa', 'Europe', 'Asia', 'North America', 'South America', 'Oceania', 'Antarctica']);

export function placeKind(e: GazEntry): PlaceKind {
  switch (e.kind) {
    case 'C':
      return 'country';
    case 'A':
    case 'N':
      return 'region';
    case 'P':
      return e.section ? 'neighbourhood' : 'city';
    case 'K':
      return CONTINENTS.has(e.name) ? 'continent' : 'region';
    case 'R':
      return 'river';
    case 'L':
      return 'lake';
    case 'S':
      return 'sea';
    case 'M':
      return 'mountain';
    case 'D':
      return 'desert';
    case 'B':
      return 'landmark';
    default:
      return 'other';
  }
}

/** "1.7 M", "24,800": how a reader says a population. */
export function formatPopulation(n: number): string {
  if (n >= 1e6) return `${(n / 1e6).toFixed(n >= 1e7 ? 0 : 1)} M`;
  return n.toLocaleString('en-US');
}

/** "State of the United States", "Region of the Philippines", but "State of Brazil". */
export function withArticle(country: string): string {
  return /^(?:United|Republic|Democratic|Central African|Czech Republic|Dominican Republic)\b|s$/.test(country) && !/^(?:Laos|Belarus|Cyprus|Mauritius|Honduras|Barbados|Paraguay)$/.test(country)
    ? `the ${country}`
    : country;
}

const ADMIN_WORD: Record<string, string> = { US: 'State', AU: 'State', BR: 'State', CA: 'Province' };

export function describe(e: GazEntry, gaz: Gazetteer): string {
  const country = e.cc ? gaz.country(e.cc)?.name ?? null : null;
  const region = e.kind !== 'A' && e.kind !== 'C' && e.region ? gaz.region(e.region)?.name ?? null : null;
  const where = [region, country].filter(Boolean).join(', ');
  const inWhere = where ? ` in ${where}` : '';
  switch (e.kind) {
    case 'C':
      return `Country${e.region ? ` in ${e.region}` : ''}${e.pop ? ` · pop. ${formatPopulation(e.pop)}` : ''}`;
    case 'K':
      return CONTINENTS.has(e.name) ? 'Continent' : 'Region';
    case 'A':
      return `${ADMIN_WORD[e.cc] ?? 'Region'}${country ? ` of ${withArticle(country)}` : ''}`;
    case 'N':
      return `County${inWhere}`;
    case 'P': {
      const what = e.capital ? 'Capital city' : e.section ? 'Neighbourhood' : e.pop >= 50000 ? 'City' : 'Town';
      return `${what}${inWhere}${e.pop ? ` · pop. ${formatPopulation(e.pop)}` : ''}`;
    }
    case 'R':
      return `River${lyingIn(e, gaz)}`;
    case 'L':
      return `Lake${lyingIn(e, gaz)}`;
    case 'S':
      return 'Sea or gulf';
    case 'M':
      return `Mountain${lyingIn(e, gaz)}`;
    case 'I':
      return `Island${lyingIn(e, gaz)}`;
    case 'B':
      return `Landmark${inWhere}`;
    default:
      return 'Place';
  }
}

/** Rivers cross many countries: name the three that hold most of it, and count the rest. */
const NAMED_COUNTRIES = 3;

/** " in Turkey, Syria and Iraq", " in Germany, Austria, Hungary and 7 more countries", or "". */
function lyingIn(e: GazEntry, gaz: Gazetteer): string {
  const names = e.countries.map((cc) => gaz.country(cc)?.name).filter((n): n is string => !!n);
  if (!names.length) return '';
  if (names.length > NAMED_COUNTRIES) {
    const more = names.length - NAMED_COUNTRIES;
    return ` in ${names.slice(0, NAMED_COUNTRIES).join(', ')} and ${more} more ${more === 1 ? 'country' : 'countries'}`;
  }
  return ` in ${names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0]}`;
}

/** The country a place lies in: its own, or the only one a river or lake lies in. */
function countryOf(e: GazEntry, gaz: Gazetteer): string | null {
  const cc = e.cc || (e.countries.length === 1 ? e.countries[0] : '');
  return cc ? gaz.country(cc)?.name ?? null : null;
}

export function toPlace(entry: GazEntry, uses: Resolved[], gaz: Gazetteer): Place {
  const forms: string[] = [];
  for (const { mention } of uses) if (!forms.includes(mention.surface)) forms.push(mention.surface);
  const first = uses[0].mention;
  return {
    ...readingOf(entry, gaz),
    population: entry.pop || null,
    description: describe(entry, gaz),
    mentions: forms,
    count: uses.length,
    firstParagraph: first.paragraph,
    firstSentence: first.sentence,
    ...(entry.gid ? { geonameid: entry.gid } : {}),
    ...(uses[0].alternative ? { alternative: readingOf(uses[0].alternative, gaz) } : {}),
  };
}

/** What and where a gazetteer entry is, for the glossary and for an alternative reading. */
function readingOf(e: GazEntry, gaz: Gazetteer): PlaceReading {
  return {
    name: e.name,
    kind: placeKind(e),
    country: countryOf(e, gaz),
    region: e.kind !== 'A' && e.kind !== 'C' && e.region ? gaz.region(e.region)?.name ?? null : null,
    lat: e.lat,
    lon: e.lon,
  };
}

/** Countries and cities first, then by mentions, earlier first mention breaking ties. */
export function byImportance(a: Place, b: Place): number {
  const tier = (p: Place) => (p.kind === 'country' || p.kind === 'city' ? 0 : 1);
  const weight = (p: Place) => p.count + 2 / (1 + (p.firstParagraph ?? 99));
  return tier(a) - tier(b) || weight(b) - weight(a);
}
