import { describe, expect, it } from 'vitest';
import { findQuotes, pickKeyQuotes } from './index';

const speakers = (paragraphs: string[]) => findQuotes(paragraphs).map((q) => [q.text, q.speaker]);

describe('findQuotes: who said it', () => {
  it('"X said" and "said X" after the quote', () => {
    expect(
      speakers([
        '“There are hundreds of bodies under the rubble,” said special forces Maj. Dhia Thamir, deployed inside the Old City.',
        '“We will rebuild every house,” Nineveh Governor Nawfal Hammadi said on Friday.',
      ]),
    ).toEqual([
      ['There are hundreds of bodies under the rubble', 'Dhia Thamir'],
      ['We will rebuild every house', 'Nawfal Hammadi'],
    ]);
  });

  it('a job written before the name becomes the role, and the rank is shown before the name', () => {
    const [a, b] = findQuotes([
      '“There are hundreds of bodies under the rubble,” said special forces Maj. Dhia Thamir, deployed inside the Old City.',
      'U.S.-led coalition spokesman Col. Ryan Dillon told reporters: “The city will fall within days.”',
    ]);
    expect([a.title, a.speaker, a.role]).toEqual(['Maj.', 'Dhia Thamir', 'special forces']);
    expect([b.title, b.speaker, b.role]).toEqual(['Col.', 'Ryan Dillon', 'U.S.-led coalition spokesman']);
  });

  it('a unit before the rank, also opening the sentence, is the role of a later "he said"', () => {
    const [q] = findQuotes(['Special forces Maj. Gen. Sami al-Aridi acknowledged some civilians had been killed. “Of course there is collateral damage,” he said.']);
    expect([q.title, q.speaker, q.role]).toEqual(['Maj. Gen.', 'Sami al-Aridi', 'special forces']);
  });

  it('a verb before the rank is no unit, and a courtesy title is not shown as a rank', () => {
    const [a, b] = findQuotes([
      'The general told reporters Maj. Gen. Ali Karim was wrong. “The bridge is open,” Karim said.',
      '“We will appeal,” said Mr. John Reed.',
    ]);
    expect([a.speaker, a.role]).toEqual(['Ali Karim', null]);
    expect([b.title, b.speaker]).toEqual([null, 'John Reed']);
  });

  it('an appositive role, kept as the role and not in the name', () => {
    const [q] = findQuotes(['“The water is back in most districts,” Ali Hassan, the city’s mayor, said on Tuesday.']);
    expect(q.speaker).toBe('Ali Hassan');
    expect(q.role).toBe('city’s mayor');
  });

  it('shows as the role the noun phrase, never a relative clause or an adverb', () => {
    const roles = findQuotes([
      '“We will win this,” said Marty Small, who attended the rally on Wednesday.',
      '“Polls lie all the time,” said Allan Lichtman, a distinguished professor of history at American University who has predicted every election since 1984.',
      '“It is over for him,” Bernie Sanders, meanwhile, said.',
    ]).map((q) => q.role);
    expect(roles).toEqual([null, 'distinguished professor of history at American University', null]);
  });

  it('"according to X" and "X told reporters"', () => {
    expect(
      speakers([
        '“The offensive will resume within days,” according to Col. Ryan Dillon, a coalition spokesman.',
        'Defense Secretary Jim Mattis told reporters: “We are not changing our strategy.”',
      ]),
    ).toEqual([
      ['The offensive will resume within days', 'Ryan Dillon'],
      ['We are not changing our strategy.', 'Jim Mattis'],
    ]);
  });

  it('"has said", and "told" naming the listener rather than the speaker', () => {
    expect(
      speakers([
        '“She has kept the friends she had in grade school,” Bill Clinton has said while campaigning.',
        'Dick Dever, who was listed on the Cruz slate, told POLITICO, “Of the three, I like John Kasich the best.”',
      ]),
    ).toEqual([
      ['She has kept the friends she had in grade school', 'Bill Clinton'],
      ['Of the three, I like John Kasich the best.', 'Dick Dever'],
    ]);
  });

  it('a long appositive ending in a place, and a participle that keeps the sentence subject', () => {
    expect(
      speakers([
        'Dean Johnson, a 55-year-old salesman from Sumter, South Carolina, says Cruz will “leave here with a lot of momentum.”',
        'Speaking to supporters, Cruz said there is “only one strong conservative in a position to win,” adding that Donald Trump “relentlessly attacks us and ignores the others.”',
      ]),
    ).toEqual([
      ['leave here with a lot of momentum.', 'Dean Johnson'],
      ['only one strong conservative in a position to win', 'Cruz'],
      ['relentlessly attacks us and ignores the others.', 'Cruz'],
    ]);
  });

  it('a colon introduction at the end of the previous paragraph', () => {
    expect(
      speakers(['Prime Minister Haider al-Abadi wrote on Twitter:', '“We will not relent, our brave forces will bring victory.”']),
    ).toEqual([['We will not relent, our brave forces will bring victory.', 'Haider al-Abadi']]);
  });

  it('resolves "he said" to the person named just before, not to another man in the story', () => {
    expect(
      speakers([
        'Dhia Thamir led the first unit into the Old City on Monday.',
        'Maj. Gen. Sami al-Aridi acknowledged that some civilians have been killed by airstrikes. “Of course there is collateral damage, it is always this way in war,” he said.',
      ]),
    ).toEqual([['Of course there is collateral damage, it is always this way in war', 'Sami al-Aridi']]);
  });

  it('resolves "he said" to the subject of the sentence before, even behind a unit name', () => {
    expect(
      speakers([
        '“There are hundreds of bodies under the rubble,” said Maj. Dhia Thamir. He said all of the dead were fighters.',
        'Special forces Maj. Gen. Sami al-Aridi acknowledged that some civilians have been killed. “Of course there is collateral damage,” he said.',
      ]),
    ).toEqual([
      ['There are hundreds of bodies under the rubble', 'Dhia Thamir'],
      ['Of course there is collateral damage', 'Sami al-Aridi'],
    ]);
  });

  it('resolves "she said" past a man named in between', () => {
    expect(
      speakers([
        'Mayor Karen Bass visited the shelter on Sunday with Fire Chief Kristin Crowley and Police Chief Michel Moore.',
        '“Nobody will be turned away tonight,” she said.',
      ]),
    ).toEqual([['Nobody will be turned away tonight', 'Karen Bass']]);
  });

  it('resolves a title ("the spokesman said") to the person who holds it', () => {
    expect(
      speakers([
        'Ned Price, the State Department spokesman, took questions on Monday.',
        '“We have seen the reports and are looking into them,” the spokesman said.',
      ]),
    ).toEqual([['We have seen the reports and are looking into them', 'Ned Price']]);
  });

  it('a later mention by surname gives the full name as first introduced', () => {
    expect(
      speakers(['Haider al-Abadi arrived in Mosul on Thursday.', '“The liberation of Mosul proves that,” Abadi said.']),
    ).toEqual([['The liberation of Mosul proves that', 'Haider al-Abadi']]);
  });

  it('joins a quote split by its attribution into one item', () => {
    expect(speakers(['“The houses are very old,” he said, referring to the Old City, “so any bombardment causes them to collapse completely.”'])).toEqual([
      ['The houses are very old, so any bombardment causes them to collapse completely.', null],
    ]);
  });

  it('a quote running over paragraphs, open at the end of the first', () => {
    const qs = findQuotes([
      'Senator Maria Lopez said in her statement: “The vote was never about one bridge.',
      '“It was about whether this state keeps its word.”',
      'The bill now goes to the governor.',
    ]);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({
      text: 'The vote was never about one bridge. It was about whether this state keeps its word.',
      speaker: 'Maria Lopez',
      paragraph: 0,
    });
  });

  it('a quote that opens the next paragraph continues its speaker', () => {
    expect(
      speakers([
        '“We are seeing the end of the fake Daesh state,” Haider al-Abadi said.',
        '“Our forces will bring victory to the whole country.”',
      ]),
    ).toEqual([
      ['We are seeing the end of the fake Daesh state', 'Haider al-Abadi'],
      ['Our forces will bring victory to the whole country.', 'Haider al-Abadi'],
    ]);
  });
});

describe('findQuotes: quote marks', () => {
  it('straight, British single, guillemet and German low-high marks', () => {
    expect(speakers(['"We have no more room for patients," said Dr. Amal Yousef.'])[0]).toEqual([
      'We have no more room for patients',
      'Amal Yousef',
    ]);
    expect(speakers(['‘I’d be over the moon to get the job,’ said Gary Locke on Thursday.'])[0]).toEqual([
      'I’d be over the moon to get the job',
      'Gary Locke',
    ]);
    expect(speakers(['« Nous ne céderons pas sur ce point », said Marine Tondelier.'])[0]?.[1]).toBe('Marine Tondelier');
    expect(speakers(['„Wir schaffen das noch in diesem Jahr“, said Olaf Scholz.'])[0]?.[1]).toBe('Olaf Scholz');
  });

  it('an apostrophe in a possessive does not end a British quote', () => {
    expect(speakers(['‘The players’ union has not agreed to any of it,’ said Tom Hart.'])[0]?.[0]).toBe(
      'The players’ union has not agreed to any of it',
    );
  });

  it('skips one- and two-word scare quotes inside paraphrase', () => {
    expect(findQuotes(['Critics called the plan a “giveaway” and a “done deal” long before the vote.'])).toEqual([]);
  });

  it('keeps a one-word quote attributed by a speech verb in the same sentence', () => {
    expect(
      speakers(['Coalition spokesman Col. Ryan Dillon told reporters at the Pentagon that victory in Mosul was “imminent.”']),
    ).toEqual([['imminent.', 'Ryan Dillon']]);
  });

  it('skips titles of shows and books, and headlines in capitals', () => {
    expect(
      findQuotes([
        'She told “Fox and Friends” on Monday that she had read “The Art of the Deal” twice.',
        '“SENATE PASSES BUDGET AFTER LONG NIGHT”',
      ]),
    ).toEqual([]);
  });

  it('starts a new quote at each speaker line of a transcript', () => {
    const qs = findQuotes([
      'The exchange went like this:',
      '"WALLACE: Do you really see those two as equivalent?',
      '"PENCE: Well, look, the question really should be about the campaign.',
    ]);
    expect(qs.map((q) => q.speaker)).toEqual(['WALLACE', 'PENCE']);
  });

  it('survives hostile input', () => {
    expect(findQuotes([])).toEqual([]);
    expect(findQuotes([''])).toEqual([]);
    expect(Array.isArray(findQuotes(['“'.repeat(100_000)]))).toBe(true);
    expect(Array.isArray(findQuotes(['"a" '.repeat(20_000)]))).toBe(true);
  });
});

describe('pickKeyQuotes', () => {
  const q = (text: string, speaker: string | null, paragraph = 0) => ({ text, speaker, role: null, paragraph });
  it('prefers substantive quotes and one per speaker first', () => {
    const picked = pickKeyQuotes(
      [
        q('imminent.', 'Ryan Dillon', 0),
        q('We are seeing the end of the fake Daesh state. The liberation of Mosul proves that', 'Haider al-Abadi', 1),
        q('We will not relent, our brave forces will bring victory.', 'Haider al-Abadi', 2),
        q('There are hundreds of bodies under the rubble', 'Dhia Thamir', 3),
      ],
      2,
    );
    expect(picked.map((p) => p.speaker)).toEqual(['Haider al-Abadi', 'Dhia Thamir']);
  });

  it('returns nothing when asked for nothing', () => {
    expect(pickKeyQuotes([q('A full sentence of quoted words here.', 'X')], 0)).toEqual([]);
  });
});
