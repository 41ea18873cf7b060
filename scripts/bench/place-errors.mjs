// Wrong resolutions by kind, for bench:places. A resolution is wrong when the gold point is more
// than 161 km from Lede's; the kind comes from what Lede resolved the name to and how the article
// wrote it: the point of a large area (the right country, state, river or sea, whose gazetteer
// point and the annotator's lie under 1,000 km apart: Japan's centre against Tokyo), another large
// area (the country Lebanon for Lebanon, Pennsylvania), a street, building or quarter, a name written as a demonym or abbreviation ("Iraqi", "U.S."), and
// otherwise a namesake: far away (over 1,000 km: Paris, Texas) or nearby (a county or town near the
// story's place, the usual confusion in local US news).

export const KINDS = ['point of a large area', 'other large area', 'street or building', 'demonym or alias', 'namesake far away', 'namesake nearby'];

const LARGE = new Set(['country', 'region', 'continent', 'sea', 'river', 'lake', 'mountain', 'desert']);
const norm = (s) => String(s).toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, ' ').trim();

/** `wrong` is an entry of the geo metrics' `wrong` list, `place` the Lede place that claimed it. */
export function errorKind(wrong, place) {
  if (LARGE.has(place.kind)) return wrong.km < 1000 ? 'point of a large area' : 'other large area';
  if (place.kind === 'landmark' || place.kind === 'neighbourhood') return 'street or building';
  const written = norm(wrong.name);
  const name = norm(place.name);
  if (written !== name && !name.startsWith(written)) return 'demonym or alias';
  return wrong.km > 1000 ? 'namesake far away' : 'namesake nearby';
}
