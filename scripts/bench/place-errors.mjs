// Wrong resolutions by kind, for bench:places. A resolution is wrong when the gold point is more
// than 161 km from Lede's; the kind comes from what Lede resolved the name to and how the article
// wrote it: the point of a large area (the right country, state, river or sea, whose gazetteer
// point and the annotator's lie under 1,000 km apart: Japan's centre against Tokyo), another large
// area (the country Lebanon for Lebanon, Pennsylvania), a street, building or quarter, a name written as a demonym or abbreviation ("Iraqi", "U.S."), and
// otherwise a namesake: far away (over 1,000 km: Paris, Texas) or nearby (a county or town near the
// story's place, the usual confusion in local US news). A namesake in an article that names no other
// place ("The Athens City Council…" and nothing else) is counted apart: the text holds no evidence
// for either reading; only knowing where the paper is published would settle it.

export const KINDS = ['point of a large area', 'other large area', 'street or building', 'demonym or alias', 'namesake, sole place', 'namesake far away', 'namesake nearby'];

const LARGE = new Set(['country', 'region', 'continent', 'sea', 'river', 'lake', 'mountain', 'desert']);
const norm = (s) => String(s).toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, ' ').trim();

/** `wrong` is an entry of the geo metrics' `wrong` list, `place` the Lede place that claimed it,
 *  `places` all the places Lede found in the article. */
export function errorKind(wrong, place, places) {
  if (LARGE.has(place.kind)) return wrong.km < 1000 ? 'point of a large area' : 'other large area';
  if (place.kind === 'landmark' || place.kind === 'neighbourhood') return 'street or building';
  const written = norm(wrong.name);
  const name = norm(place.name);
  if (written !== name && !name.startsWith(written)) return 'demonym or alias';
  if (places.length === 1) return 'namesake, sole place';
  return wrong.km > 1000 ? 'namesake far away' : 'namesake nearby';
}
