// Small curated lists the open data sets lack: the names news writers use for countries and
// regions that ISO and GeoNames do not carry. Kept as code because each line is an editorial
// judgement, not data that could be regenerated.

/** Short forms and demonyms news uses beyond i18n-iso-countries / i18n-nationality. */
export const COUNTRY_EXTRAS = {
  US: { main: 'United States', names: ['America', 'the States', 'United States'], demonyms: ['American', 'U.S.'] },
  GB: { main: 'United Kingdom', names: ['Britain', 'U.K.', 'Great Britain', 'United Kingdom'], demonyms: ['British', 'Briton', 'Brit'] },
  KR: { names: ['South Korea', 'S. Korea'], demonyms: ['South Korean', 'Korean'] },
  KP: { names: ['North Korea', 'N. Korea'], demonyms: ['North Korean'] },
  RU: { names: ['Russia'], demonyms: ['Russian'] },
  CN: { names: ['China', "People's Republic of China", 'PRC', 'Mainland China'], demonyms: ['Chinese'] },
  TW: { names: ['Taiwan'], demonyms: ['Taiwanese'] },
  CD: { names: ['Congo', 'DRC', 'DR Congo', 'D.R. Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa'], demonyms: ['Congolese'] },
  CG: { names: ['Republic of the Congo', 'Congo-Brazzaville'], demonyms: [] },
  IR: { names: ['Iran', 'Islamic Republic'], demonyms: ['Iranian', 'Persian'] },
  GE: { main: 'Georgia', names: ['Georgia'], demonyms: ['Georgian'] },
  RS: { names: ['Serbia'], demonyms: ['Serbian', 'Serb'] },
  BA: { names: ['Bosnia', 'Bosnia and Herzegovina', 'Bosnia-Herzegovina'], demonyms: ['Bosnian'] },
  LK: { names: ['Sri Lanka'], demonyms: ['Sri Lankan', 'Sinhalese'] },
  SY: { names: ['Syria'], demonyms: ['Syrian'] },
  PS: { names: ['Palestine', 'Palestinian territories', 'Palestinian Territories'], demonyms: ['Palestinian'] },
  NL: { names: ['Holland', 'the Netherlands'], demonyms: ['Dutch'] },
  AE: { main: 'United Arab Emirates', names: ['UAE', 'U.A.E.', 'Emirates'], demonyms: ['Emirati'] },
  CZ: { names: ['Czech Republic', 'Czechia'], demonyms: ['Czech'] },
  VN: { names: ['Vietnam', 'Viet Nam'], demonyms: ['Vietnamese'] },
  LA: { names: ['Laos'], demonyms: ['Laotian'] },
  MM: { names: ['Myanmar', 'Burma'], demonyms: ['Burmese'] },
  CI: { names: ["Ivory Coast", "Côte d'Ivoire"], demonyms: ['Ivorian'] },
  PH: { names: ['Philippines', 'the Philippines'], demonyms: ['Filipino', 'Philippine'] },
  NZ: { names: ['New Zealand'], demonyms: ['New Zealander', 'Kiwi'] },
  AR: { names: ['Argentina'], demonyms: ['Argentine', 'Argentinian'] },
  VA: { names: ['Vatican', 'Vatican City', 'Holy See'], demonyms: [] },
  BO: { names: ['Bolivia'], demonyms: ['Bolivian'] },
  VE: { names: ['Venezuela'], demonyms: ['Venezuelan'] },
  TZ: { names: ['Tanzania'], demonyms: ['Tanzanian'] },
  MD: { names: ['Moldova'], demonyms: ['Moldovan'] },
  SA: { names: ['Saudi Arabia'], demonyms: ['Saudi'] },
  IL: { names: ['Israel'], demonyms: ['Israeli'] },
  TR: { names: ['Turkey', 'Türkiye', 'Turkiye'], demonyms: ['Turkish'] },
  MK: { names: ['North Macedonia', 'Macedonia'], demonyms: ['Macedonian'] },
  SZ: { names: ['Eswatini', 'Swaziland'], demonyms: [] },
  CV: { names: ['Cape Verde'], demonyms: [] },
  TL: { names: ['East Timor', 'Timor-Leste'], demonyms: [] },
  FM: { names: ['Micronesia'], demonyms: [] },
  BN: { names: ['Brunei'], demonyms: [] },
  SS: { names: ['South Sudan'], demonyms: ['South Sudanese'] },
  XK: { names: ['Kosovo'], demonyms: ['Kosovar'] },
};

/** Names of an ISO entry that, said alone, mean something else in news. */
export const COUNTRY_NAME_BLOCKLIST = new Set(['Congo', 'Korea', 'Georgia', 'Jersey', 'Guinea']);
// "Georgia" is re-added for the country (GE) below: dropping it from the blocklisted ISO
// alternatives only keeps "Georgia" off *other* codes.

/**
 * Continents, constituent countries and broad regions. Continents carry GeoNames' own points and
 * ids (CC BY 4.0); the other regions have no official outline, so their point is chosen by hand.
 * `cc` ties a region to one country.
 */
export const REGIONS = [
  { name: 'Africa', kind: 'K', lat: 7.1881, lon: 21.0938, gid: 6255146, demonyms: ['African'] },
  { name: 'Europe', kind: 'K', lat: 48.691, lon: 9.1406, gid: 6255148, demonyms: ['European'] },
  { name: 'Asia', kind: 'K', lat: 29.8406, lon: 89.2969, gid: 6255147, demonyms: ['Asian'] },
  { name: 'North America', kind: 'K', lat: 46.0732, lon: -100.5469, gid: 6255149, demonyms: ['North American'] },
  { name: 'South America', kind: 'K', lat: -14.6049, lon: -57.6563, gid: 6255150, demonyms: ['South American'] },
  { name: 'Oceania', kind: 'K', lat: -18.3128, lon: 138.5156, gid: 6255151, demonyms: [] },
  { name: 'Antarctica', kind: 'K', lat: -78.1586, lon: 16.4063, gid: 6255152, demonyms: ['Antarctic'] },
  { name: 'Middle East', kind: 'K', lat: 29, lon: 42, demonyms: ['Middle Eastern', 'Mideast'] },
  { name: 'Latin America', kind: 'K', lat: -8, lon: -60, demonyms: ['Latin American'] },
  { name: 'Central America', kind: 'K', lat: 14, lon: -87, demonyms: ['Central American'] },
  { name: 'Caribbean', kind: 'K', lat: 17, lon: -72, demonyms: [] },
  { name: 'Scandinavia', kind: 'K', lat: 63, lon: 14, demonyms: ['Scandinavian'] },
  { name: 'Balkans', kind: 'K', lat: 43, lon: 20, demonyms: ['Balkan'] },
  { name: 'Caucasus', kind: 'K', lat: 42.5, lon: 44, demonyms: [] },
  { name: 'Southeast Asia', kind: 'K', lat: 8, lon: 110, demonyms: ['Southeast Asian'] },
  { name: 'South Asia', kind: 'K', lat: 23, lon: 80, demonyms: ['South Asian'] },
  { name: 'East Asia', kind: 'K', lat: 35, lon: 120, demonyms: ['East Asian'] },
  { name: 'Central Asia', kind: 'K', lat: 43, lon: 65, demonyms: ['Central Asian'] },
  { name: 'West Africa', kind: 'K', lat: 11, lon: -3, demonyms: ['West African'] },
  { name: 'East Africa', kind: 'K', lat: 0, lon: 37, demonyms: ['East African'] },
  { name: 'North Africa', kind: 'K', lat: 28, lon: 10, demonyms: ['North African'] },
  { name: 'Sub-Saharan Africa', kind: 'K', lat: 0, lon: 20, demonyms: [] },
  { name: 'Horn of Africa', kind: 'K', lat: 8, lon: 45, demonyms: [] },
  { name: 'Sahel', kind: 'K', lat: 14, lon: 2, demonyms: [] },
  { name: 'Western Europe', kind: 'K', lat: 48, lon: 5, demonyms: [] },
  { name: 'Eastern Europe', kind: 'K', lat: 50, lon: 28, demonyms: ['Eastern European'] },
  { name: 'European Union', kind: 'K', lat: 50.8467, lon: 4.3525, demonyms: [], alts: ['EU', 'E.U.'] }, // at its seat, Brussels
  { name: 'Soviet Union', kind: 'K', lat: 60, lon: 100, demonyms: ['Soviet'], alts: ['USSR', 'U.S.S.R.'] },
  { name: 'Yugoslavia', kind: 'K', lat: 44, lon: 20, demonyms: ['Yugoslav'] },
  { name: 'Arctic', kind: 'K', lat: 78, lon: 0, demonyms: [] },
  { name: 'Persian Gulf', kind: 'S', lat: 27, lon: 51, demonyms: [] },
  { name: 'Gulf of Mexico', kind: 'S', lat: 25, lon: -90, demonyms: [] },
  { name: 'England', kind: 'A', cc: 'GB', region: 'GB.ENG', lat: 52.5, lon: -1.5, demonyms: ['English'] },
  { name: 'Scotland', kind: 'A', cc: 'GB', region: 'GB.SCT', lat: 56.8, lon: -4.2, demonyms: ['Scottish', 'Scots'] },
  { name: 'Wales', kind: 'A', cc: 'GB', region: 'GB.WLS', lat: 52.3, lon: -3.7, demonyms: ['Welsh'] },
  { name: 'Northern Ireland', kind: 'A', cc: 'GB', region: 'GB.NIR', lat: 54.6, lon: -6.7, demonyms: [] },
  { name: 'Gaza Strip', kind: 'A', cc: 'PS', lat: 31.42, lon: 34.36, demonyms: [] },
  { name: 'West Bank', kind: 'A', cc: 'PS', lat: 31.95, lon: 35.25, demonyms: [] },
  { name: 'Kurdistan', kind: 'A', cc: 'IQ', lat: 36.2, lon: 44.0, demonyms: ['Kurdish'], alts: ['Iraqi Kurdistan', 'Kurdistan Region'] },
  { name: 'Crimea', kind: 'A', cc: 'UA', lat: 45.3, lon: 34.4, demonyms: ['Crimean'] },
  { name: 'Donbas', kind: 'A', cc: 'UA', lat: 48.0, lon: 38.0, demonyms: [], alts: ['Donbass'] },
  { name: 'Golan Heights', kind: 'A', cc: 'SY', lat: 33.0, lon: 35.8, demonyms: [] },
  { name: 'Siberia', kind: 'A', cc: 'RU', lat: 60, lon: 100, demonyms: ['Siberian'] },
  { name: 'Tibet', kind: 'A', cc: 'CN', lat: 31.5, lon: 88, demonyms: ['Tibetan'] },
  { name: 'Kashmir', kind: 'A', cc: 'IN', lat: 34.1, lon: 74.8, demonyms: ['Kashmiri'] },
  { name: 'Darfur', kind: 'A', cc: 'SD', lat: 13.5, lon: 24, demonyms: [] },
  { name: 'Chechnya', kind: 'A', cc: 'RU', lat: 43.4, lon: 45.7, demonyms: ['Chechen'] },
  { name: 'South Ossetia', kind: 'A', cc: 'GE', lat: 42.3, lon: 44.0, demonyms: ['South Ossetian'] },
  { name: 'Abkhazia', kind: 'A', cc: 'GE', lat: 43.0, lon: 41.0, demonyms: ['Abkhaz', 'Abkhazian'] },
  { name: 'Catalonia', kind: 'A', cc: 'ES', lat: 41.8, lon: 1.5, demonyms: ['Catalan'] },
  { name: 'Bavaria', kind: 'A', cc: 'DE', lat: 48.9, lon: 11.4, demonyms: ['Bavarian'] },
  { name: 'Sicily', kind: 'A', cc: 'IT', lat: 37.6, lon: 14.0, demonyms: ['Sicilian'] },
  { name: 'Punjab', kind: 'A', cc: 'IN', lat: 31.0, lon: 75.3, demonyms: ['Punjabi'] },
  { name: 'Washington, D.C.', kind: 'P', cc: 'US', region: 'US.DC', lat: 38.895, lon: -77.0366, demonyms: [], alts: ['Washington', 'Washington D.C.', 'D.C.', 'Washington DC'], gid: 4140963, pop: 601723 },
];

/**
 * Buildings and streets that stand for their institutions in news ("the Kremlin said"): few,
 * famous, and otherwise mistaken for small towns of the same name ("White House, Tennessee").
 */
export const LANDMARKS = [
  { name: 'White House', cc: 'US', region: 'US.DC', lat: 38.8977, lon: -77.0365 },
  { name: 'Capitol Hill', cc: 'US', region: 'US.DC', lat: 38.8899, lon: -77.0091 },
  { name: 'Pentagon', cc: 'US', region: 'US.VA', lat: 38.8719, lon: -77.0563 },
  { name: 'Wall Street', cc: 'US', region: 'US.NY', lat: 40.7064, lon: -74.0094 },
  { name: 'Kremlin', cc: 'RU', lat: 55.752, lon: 37.6175 },
  { name: 'Downing Street', cc: 'GB', lat: 51.5034, lon: -0.1276, alts: ['No. 10', 'Number 10'] },
  { name: 'Westminster', cc: 'GB', lat: 51.4995, lon: -0.1248 },
  { name: 'Élysée Palace', cc: 'FR', lat: 48.8704, lon: 2.3167, alts: ['Elysee', 'Élysée', 'Elysee Palace'] },
];

/** Federations whose Natural Earth abbreviations ("Ky.", "Alta.") are the ones news writes. */
export const ADMIN1_ABBREV_COUNTRIES = new Set(['US', 'CA', 'AU']);

/** Extra names for states and provinces, keyed by Natural Earth's HASC code. */
export const ADMIN1_EXTRA_ALTS = {
  'US.DC': ['District of Columbia'],
  'US.NY': ['New York State'],
  'US.WA': ['Washington State'],
  'AU.NS': ['NSW', 'N.S.W.'],
  'AU.AC': ['ACT'],
  'CA.NF': ['Newfoundland'],
  'CA.QC': ['Quebec'],
  'CA.PE': ['PEI'],
};
