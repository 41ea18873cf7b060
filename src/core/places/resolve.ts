// Choosing which "Paris" an article means. Each name's candidates are scored on a log scale:
// a prior (countries over states over cities, then population) plus the article's own evidence
// (a "City, State" qualifier, the countries and states it names, other places nearby).
import type { Alias, GazEntry } from './gazetteer';
import { placedByPreposition, type Mention } from './mentions';
import { CALENDAR } from './cues';

export interface Resolved {
  mention: Mention;
  entry: GazEntry;
  /** Another reading, far from this one, that scored nearly as well: the popup says it may be either. */
  alternative?: GazEntry;
}

/**
 * Two readings whose scores differ by less than this (on the log scale of the scores: about a
 * tenfold difference in population with nothing else to tell them apart) are both believable, and
 * Lede says so rather than pin one. Readings within 161 km of each other are the same place for a
 * reader (and for the benchmark's accuracy), so they are never offered as alternatives.
 */
const UNSURE_MARGIN = 1;
const SAME_PLACE_KM = 161;

/** What the article says about where it is: which keys (names) point to each country/state. */
interface Evidence {
  countries: Map<string, Set<string>>;
  regions: Map<string, Set<string>>;
  points: PointIndex;
  /** States that some reading of a name would put the article in: "Georgia" and "Gainesville"
   *  both have a reading in the US state of Georgia, which makes those readings likelier. */
  maybeStates: Map<string, Set<string>>;
  maybeTowns: Map<string, Set<string>>;
  maybePoints: PointIndex;
}

/** Support from names other than the one being resolved: a name cannot vouch for itself. */
function others(map: Map<string, Set<string>>, k: string, self: string): number {
  const keys = map.get(k);
  if (!keys) return 0;
  return keys.size - (keys.has(self) ? 1 : 0);
}

/** Towns smaller than this are believed only when the article places them (state, neighbours). */
const SMALL_TOWN = 20000;
/** Common-word towns ("Reading", "Mobile") need the article's support unless this large. */
const BIG_CITY = 150000;
const NEAR_KM = 250;
const CC_BONUS = 3.5;
const MAYBE_BONUS = 1;
const MAYBE_NEAR = 1;
/** A name with more readings than this ("Kent", "Franklin") hints at nothing. */
const MAYBE_LIMIT = 12;

function prior(e: GazEntry): number {
  switch (e.kind) {
    case 'C':
      return 10;
    case 'K':
      return 9;
    case 'A':
      return 6.8;
    case 'N':
      // A county weighs as a town of a million people (a town's prior is the log of its
      // population): a British county named bare ("Kent", "Norfolk") is bigger than its American
      // namesake towns, which still win where the article names their state.
      return 6;
    case 'P': {
      // Capitals stand for their governments ("Washington", "Moscow"): they beat same-named states.
      const boost = e.capital ? 2 : e.provincialCapital ? 0.3 : 0;
      return Math.log10(Math.max(e.pop, 100)) + boost - (e.section ? 1 : 0);
    }
    case 'B':
      return 7;
    case 'S':
    case 'R':
    case 'L':
      return 6;
    default:
      return 5;
  }
}

export function kmBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Points in 3-degree cells, so "is any other name's place within 250 km?" stays cheap on long pages. */
class PointIndex {
  private cells = new Map<string, { lat: number; lon: number; key: string }[]>();
  private static cell = (lat: number, lon: number) => `${Math.floor(lat / 3)},${Math.floor(lon / 3)}`;

  add(lat: number, lon: number, key: string): void {
    const c = PointIndex.cell(lat, lon);
    const list = this.cells.get(c);
    if (!list) this.cells.set(c, [{ lat, lon, key }]);
    else if (!list.some((p) => p.key === key && p.lat === lat && p.lon === lon)) list.push({ lat, lon, key });
  }

  /** Whether a point of another name lies within `km` (at most 250 km: the cells' reach). */
  near(lat: number, lon: number, km: number, exceptKey: string): boolean {
    const ci = Math.floor(lat / 3);
    const cj = Math.floor(lon / 3);
    // A 3-degree cell is 333 km tall but narrows towards the poles: look further east and west there.
    const span = Math.min(60, Math.ceil(km / (333 * Math.max(0.01, Math.cos((lat * Math.PI) / 180)))));
    for (let i = ci - 1; i <= ci + 1; i++) {
      for (let j = cj - span; j <= cj + span; j++) {
        for (const p of this.cells.get(`${i},${j}`) ?? []) if (p.key !== exceptKey && kmBetween(lat, lon, p.lat, p.lon) < km) return true;
      }
    }
    return false;
  }
}

function candidates(m: Mention): GazEntry[] {
  const seen = new Set<string>();
  const out: GazEntry[] = [];
  for (const a of m.aliases) {
    if (seen.has(a.entry.id)) continue;
    seen.add(a.entry.id);
    out.push(a.entry);
  }
  return out;
}

function qualifies(e: GazEntry, m: Mention): boolean {
  if (!m.qualifier) return false;
  return m.qualifier.some((q) => {
    const r = q.entry;
    return r.kind === 'C' ? r.cc === e.cc : r.region === e.region;
  });
}

interface Scored {
  entry: GazEntry;
  score: number;
  strong: boolean;
  weak: boolean;
  /** The article names some country or state (other than through this name). */
  anchored: boolean;
  /** The article names this place's state or province. */
  regional: boolean;
}

function score(e: GazEntry, m: Mention, ev: Evidence | null): Scored {
  let s = prior(e);
  const qual = qualifies(e, m);
  let strong = qual;
  let weak = false;
  let regional = false;
  if (qual) s += 9;
  if (ev && e.kind !== 'C' && e.kind !== 'K') {
    if (e.cc && others(ev.countries, e.cc, m.key) > 0) (s += CC_BONUS), (weak = true);
    // A town of the article in this state supports the state too: "Toronto" makes "Ontario" the province.
    if (e.region && others(ev.regions, e.region, m.key) > 0) (s += 3), (strong = true), (regional = true);
    if (e.lat !== null && e.lon !== null && e.kind !== 'A') {
      if (ev.points.near(e.lat, e.lon, NEAR_KM, m.key)) (s += 1.5), (strong = true);
    }
  }
  if (ev && e.kind === 'C' && others(ev.countries, e.cc, m.key) > 0) s += 1;
  if (ev && e.region && (e.kind === 'P' || e.kind === 'N') && others(ev.maybeStates, e.region, m.key) > 0) s += 1.5;
  if (ev && e.region && e.kind === 'A' && others(ev.maybeTowns, e.region, m.key) > 0) s += 1.5;
  // Readings of different names that fall in the same state or within reach of each other
  // ("Palestine", "Anderson County", "Elkhart": all in East Texas) support each other.
  // Only inside a country the article is already known to be about: America has a namesake for
  // every English town, and "Manchester" and "Colchester" are neighbours in Connecticut too.
  if (ev && weak && e.region && (e.kind === 'P' || e.kind === 'N') && others(ev.maybeTowns, e.region, m.key) > 0) s += MAYBE_BONUS;
  if (ev && weak && (e.kind === 'P' || e.kind === 'N') && e.lat !== null && e.lon !== null && MAYBE_NEAR) {
    if (ev.maybePoints.near(e.lat, e.lon, 100, m.key)) s += MAYBE_NEAR;
  }
  let anchored = false;
  if (ev) for (const keys of ev.countries.values()) if (keys.size > (keys.has(m.key) ? 1 : 0)) anchored = true;
  return { entry: e, score: s, strong, weak, anchored, regional };
}

/** Whether a resolved candidate is believable at all for this mention. */
function believable(best: Scored, m: Mention): boolean {
  const e = best.entry;
  // "Center", "Spring", "University": only a "City, State" qualifier or a big city makes these
  // towns; the article naming their state is not enough ("Florida Atlantic University").
  if (e.commonWord && e.kind === 'P' && !qualifies(e, m)) return (e.pop >= BIG_CITY && !m.sentenceInitial) || goneToTownOfState(best, m);
  if (best.strong) return true;
  // City sections ("Old City", "Downtown") exist in many cities: only the article can say which.
  if (e.section) return false;
  // "Laurel County" is specific enough on its own; which Laurel County is the resolver's job.
  if (e.kind !== 'P') return !(e.commonWord && m.sentenceInitial);
  if (e.commonWord) return e.pop >= BIG_CITY && !m.sentenceInitial;
  if (m.sentenceInitial && !m.surface.includes(' ') && e.pop < BIG_CITY) return best.weak && e.pop >= SMALL_TOWN;
  if (e.capital) return true;
  // An article set elsewhere rarely names a mid-sized foreign town without saying where it is.
  if (!best.weak) return e.pop >= (best.anchored ? BIG_CITY / 2 : SMALL_TOWN);
  return e.pop >= SMALL_TOWN || e.pop >= SMALL_TOWN / 4;
}

/** "rerouted to Butte", "a house in Concord" in an article about the town's state: the town,
 *  though its name is an English word (but "in August", "in Spring" are times). */
function goneToTownOfState(best: Scored, m: Mention): boolean {
  return best.regional && placedByPreposition(m, 'motion') && !CALENDAR.test(m.surface) && !SEASON.test(m.surface);
}

function pick(m: Mention, ev: Evidence | null): (Scored & { rival: Scored | null }) | null {
  const all = candidates(m);
  // A small town named after a state or country ("Florida, N.Y.") is meant only when qualified.
  const shadowed = all.some((e) => e.kind === 'A' || e.kind === 'C');
  const scored = all.map((e) => {
    const s = score(e, m, ev);
    if (shadowed && e.kind === 'P' && e.pop < BIG_CITY && !qualifies(e, m)) s.score -= 3;
    return s;
  });
  let best: Scored | null = null;
  for (const s of scored) if (!best || s.score > best.score) best = s;
  if (!best) return null;
  // The best reading that is somewhere else: the one a reader could have meant instead.
  let rival: Scored | null = null;
  for (const s of scored) if (s !== best && farApart(s.entry, best.entry) && (!rival || s.score > rival.score)) rival = s;
  return { ...best, rival };
}

function farApart(a: GazEntry, b: GazEntry): boolean {
  if (a.lat === null || a.lon === null || b.lat === null || b.lon === null) return false;
  return kmBetween(a.lat, a.lon, b.lat, b.lon) > SAME_PLACE_KM;
}

const note = (map: Map<string, Set<string>>, k: string, key: string) => {
  if (!k) return;
  const set = map.get(k) ?? new Set<string>();
  set.add(key);
  map.set(k, set);
};

function gather(resolved: Resolved[], mentions: Mention[]): Evidence {
  const ev: Evidence = { countries: new Map(), regions: new Map(), points: new PointIndex(), maybeStates: new Map(), maybeTowns: new Map(), maybePoints: new PointIndex() };
  for (const { entry: e, mention } of resolved) {
    note(ev.countries, e.cc, mention.key);
    if (e.kind === 'A' || e.kind === 'N' || e.kind === 'P') note(ev.regions, e.region, mention.key);
    if ((e.kind === 'P' || e.kind === 'N') && e.lat !== null && e.lon !== null) ev.points.add(e.lat, e.lon, mention.key);
  }
  for (const m of mentions) {
    const all = candidates(m);
    // Every reading of "Gainesville" is in the US: whichever it is, the story is American.
    if (all.length > 1 && all.every((e) => e.cc && e.cc === all[0].cc)) note(ev.countries, all[0].cc, m.key);
    if (all.length > MAYBE_LIMIT) continue;
    // Counties, and towns whose every reading is in one country, are the local cues; a name like
    // "Liverpool" with a namesake in New York says nothing about New York.
    const oneCountry = all.every((e) => e.cc === all[0].cc);
    for (const e of all) {
      if (e.kind === 'A') note(ev.maybeStates, e.region, m.key);
      const local = e.kind === 'N' || (e.kind === 'P' && oneCountry);
      if (!local) continue;
      if (e.region) note(ev.maybeTowns, e.region, m.key);
      if (e.lat !== null && e.lon !== null) ev.maybePoints.add(e.lat, e.lon, m.key);
    }
  }
  return ev;
}

/**
 * Three rounds: names that are clear on their own (countries, states, big cities, qualified
 * towns) become the evidence that settles the ambiguous ones.
 */
export function resolveMentions(mentions: Mention[]): Resolved[] {
  const byKey = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = byKey.get(m.key);
    if (list) list.push(m);
    else byKey.set(m.key, [m]);
  }
  const groups = [...byKey.values()].map((all) => ({ all, reps: representatives(all) }));
  const confident: Resolved[] = [];
  for (const { reps } of groups) {
    for (const m of reps) {
      const all = candidates(m).map((e) => score(e, m, null)).sort((a, b) => b.score - a.score);
      if (!all.length) continue;
      const margin = all.length > 1 ? all[0].score - all[1].score : 9;
      if (margin >= 1.5 && believable(all[0], m) && (all[0].entry.kind !== 'P' || all[0].entry.pop >= SMALL_TOWN || all[0].strong))
        confident.push({ mention: m, entry: all[0].entry });
    }
  }
  const keyMentions = groups.map((g) => g.reps[0]);
  // Settling one name changes the evidence for the others ("Georgia" turns out to be the state
  // once "Gainesville" counts as American), so resolve again with the first round's readings.
  const first = resolveWith(gather(confident, keyMentions), groups);
  const second = resolveWith(gather(first.map((g) => g[0]), keyMentions), groups);
  return second.flat();
}

/** The mentions of one name that can be read differently; scoring only these keeps long pages fast. */
function representatives(group: Mention[]): Mention[] {
  const seen = new Map<string, Mention>();
  for (const m of group) {
    // Mentions differ by position, qualifier and the readings left to them ("in Jordan" keeps the
    // country that a "Jordan said" loses).
    const q = m.qualifier ? m.qualifier.map((a) => a.entry.id).join(',') : '';
    const sig = `${m.sentenceInitial}|${q}|${m.aliases.length}`;
    if (!seen.has(sig)) seen.set(sig, m);
    if (seen.size >= 8) break;
  }
  return [...seen.values()];
}

/** How often a story must name a town for the repetition alone to say it is about that town. */
const RECURRING = 3;
/** "in Spring", "in Fall": seasons, whatever town shares the name. */
const SEASON = /^(?:Spring|Summer|Fall|Autumn|Winter)$/;
/** How much larger than its namesakes a repeated town must be for the repetition to settle it. */
const DOMINANT = 10;

/**
 * "A Nenagh councillor … in the Nenagh district … houses in Nenagh": a local story names its
 * town again and again without saying where it is. A name the story repeats, whose only reading
 * is one town (no namesake of any size near its own, not a common word, not a person's name in
 * the story), is that town however small.
 */
function recurring(all: Mention[], entry: GazEntry): boolean {
  if (entry.kind !== 'P' || entry.commonWord || entry.section || all.length < RECURRING) return false;
  // Namesakes a tenth its size or less do not compete: "Rock Hill" (71,000, South Carolina)
  // against villages of that name in Missouri and New York.
  const outweighs = (a: Alias) => a.entry.id === entry.id || (a.entry.kind === 'P' && a.entry.pop * DOMINANT <= entry.pop);
  return all.every((m) => m.aliases.some((a) => a.entry.id === entry.id) && m.aliases.every(outweighs));
}

function resolveWith(ev: Evidence, groups: { all: Mention[]; reps: Mention[] }[]): Resolved[][] {
  const out: Resolved[][] = [];
  // One name, one place per article: the best-supported reading of its mentions wins for all.
  for (const { all, reps } of groups) {
    let best: ReturnType<typeof pick> = null;
    let bestMention: Mention | null = null;
    for (const m of reps) {
      const s = pick(m, ev);
      if (s && (!best || s.score > best.score || (s.score === best.score && believable(s, m) && !believable(best, bestMention!)))) {
        best = s;
        bestMention = m;
      }
    }
    if (!best || !bestMention) continue;
    const entry = best.entry;
    if (!reps.some((m) => believable(score(entry, m, ev), m)) && !recurring(all, entry)) continue;
    const rival = best.rival;
    // A national capital stands for its government in news ("Washington said", "talks in Rome"):
    // the capital reading is not a guess, whatever namesakes it has.
    const unsure =
      rival && !entry.capital && best.score - rival.score < UNSURE_MARGIN && believable(rival, bestMention) ? rival.entry : undefined;
    out.push(all.map((m) => (unsure ? { mention: m, entry, alternative: unsure } : { mention: m, entry })));
  }
  return out;
}
