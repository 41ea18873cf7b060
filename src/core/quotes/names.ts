// People in an article: names as first introduced, the titles and roles the article gives them,
// and the short forms used later ("Abadi", "the spokesman"), so that quotes name the right person.

import { genderOfFirstName } from './genders';

/** Titles written before a name. Stripped from the speaker, kept as the role. Longest first. */
const TITLE_WORDS = [
  'Prime Minister', 'Deputy Prime Minister', 'Foreign Minister', 'Defense Minister', 'Defence Minister',
  'Interior Minister', 'Finance Minister', 'Secretary of Defense', 'Secretary of Homeland Security',
  'Secretary of the Treasury', 'Chief of Staff', 'Director of National Intelligence', 'Vice President', 'President-elect', 'President',
  'Secretary of State', 'Defense Secretary', 'Press Secretary', 'Secretary', 'Attorney General',
  'Speaker', 'Senate Majority Leader', 'Senate Minority Leader', 'Majority Leader', 'Minority Leader',
  'House Speaker', 'Senator', 'Sen.', 'Rep.', 'Representative', 'Congressman', 'Congresswoman',
  'Governor', 'Gov.', 'Lt. Gov.', 'Mayor', 'Judge', 'Justice', 'Chief Justice', 'Chief', 'Police Chief',
  'Commissioner', 'Director', 'Chairman', 'Chairwoman', 'Chancellor', 'King', 'Queen', 'Prince',
  'Princess', 'Pope', 'Ambassador', 'Minister', 'General', 'Gen.', 'Lt. Gen.', 'Maj. Gen.', 'Brig. Gen.',
  'Lieutenant General', 'Major General', 'Brigadier General', 'Col.', 'Lt. Col.', 'Colonel',
  'Lt.', 'Lieutenant', 'Maj.', 'Major', 'Capt.', 'Captain', 'Sgt.', 'Sergeant', 'Adm.', 'Admiral', 'Cmdr.',
  'Commander', 'Gov', 'Sen', 'Rep', 'Dr.', 'Dr', 'Prof.', 'Professor', 'Mr.', 'Mrs.', 'Ms.', 'Mr', 'Mrs', 'Ms',
  'Miss', 'Del.', 'Rev.', 'Reverend', 'Father', 'Sister', 'Rabbi', 'Imam', 'Sheikh', 'Sir', 'Dame', 'Lord', 'Lady',
  'Coach', 'Officer', 'Detective', 'Sheriff', 'Deputy', 'Trooper', 'Agent', 'Spokesman', 'Spokeswoman',
  'Democratic', 'Republican', 'Democrat', 'GOP', 'Presidential', 'Former', 'former', 'Acting', 'U.S.',
  'Iraqi', 'Senior', 'Candidate', 'Nominee', 'Ret.', 'Retired', 'U.S. Army', 'U.S. Navy', 'U.S. Air Force', 'Army', 'Navy',
];
/** Title words that qualify a name but could never be one. */
const ADJECTIVE_TITLE = /^(?:Democratic|Republican|Presidential|Former|former|Acting|Senior|Retired|GOP|U\.S\.|Iraqi)$/;
const TITLE_RE = new RegExp(
  `^(?:${TITLE_WORDS.sort((a, b) => b.length - a.length).map((t) => t.replace(/[.]/g, '\\.')).join('|')})(?=\\s|$)\\s*`,
);
const TITLE_ABBR = /^(?:Del|Gov|Sen|Rep|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Cmdr|Dr|Prof|Rev|Mr|Mrs|Ms)\.$/;
const TITLE_NOUN = /^(?:Governor|Mayor|President|Senator|Minister|Secretary|Chairman|Chairwoman|Director|Commissioner|Chief|Spokesman|Spokeswoman|Ambassador|Judge|Sheriff|Coach|Professor|Representative|Congressman|Congresswoman|Leader|Speaker|Attorney|Prosecutor|Councilman|Councilwoman|Executive|Officer|Adviser|Advisor|Editor|Analyst|Pollster|Strategist)$/;
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?$/;
const FEMALE_TITLE = /^(?:Mrs|Ms|Miss|Dame|Lady|Queen|Princess|Sister|Congresswoman|Chairwoman|Spokeswoman)\.?$/;
const MALE_TITLE = /^(?:Mr|Sir|Lord|King|Prince|Father|Congressman|Chairman|Spokesman)\.?$/;

/** Name particles written in lower case inside names ("Haider al-Abadi", "Ursula von der Leyen"). */
const PARTICLE = /^(?:al|el|bin|ibn|bint|abu|de|da|di|del|della|der|den|du|van|von|la|le|dos|das|y)$/;
/** Capitalised words that are not names even when they open a capitalised run. */
const NOT_NAME = new Set(
  `The A An And But Or So If In On At As Of For From To By With It Its This That These Those There Then When
   While After Before Since Though Although Yet We I You He She They His Her Their Our My Your Who What Why How
   Where Still Also Now Later Earlier Meanwhile However Today Yesterday Monday Tuesday Wednesday Thursday Friday
   Saturday Sunday January February March April May June July August September October November December
   According Asked Speaking Another Last Next One Two Three Many Some All Both Each Several Most No Not Even Only
   Instead Nor Here Just Like Such Once Yes Wait More Much Former Staff Delegates Officials Voters Critics Protesters Supporters Analysts
   Experts Lawmakers Residents Observers Aides Advisers Investigators Prosecutors Authorities Leaders Members
   Activists Sources Others Nobody Everybody Was Is Were Are Did Does Do Has Have Had Across Along Among Mrs Mr Ms Dr Sen Rep Gov Gen Maj Lt Col Capt Sgt President Senator Secretary
   Despite During Amid Without Unlike Following Including Regarding Under Over Through Toward Towards
   Likewise Similarly Indeed Moreover Furthermore Otherwise Nevertheless Nonetheless Besides Overall Thus Hence
   Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Dozens Hundreds Thousands Millions`.split(/\s+/),
);
const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
/** Adverbs that open sentences; no name ends this way. */
const SENTENCE_ADVERB = /^\p{Lu}\p{Ll}+(?:ally|ingly|edly|ously|ively|ately|ently|antly)$/u;
/** Words that make a capitalised run an organisation or place rather than a person. */
const NON_PERSON = new Set(
  `House Senate Congress Party Committee Council Ministry Department Agency Office Court University College
   School Times Post News Journal Press Network Foundation Institute Center Centre Association Union Group
   Company Corporation Inc Corp Ltd Bank Fund Campaign Administration Government Army Navy Force Forces Police
   Service Services Commission Board Organization Organisation Republic Kingdom States State City County
   Street Avenue Road River Island Islands Mountains Airport Hospital Church Mosque Square Park Media
   Television Radio Magazine Club League Team FC Reuters AP CNN Fox BBC NBC ABC CBS MSNBC Twitter Facebook
   Google Inc. Co. Democrats Republicans Americans Iraqis Monday Tuesday Wednesday Thursday Friday Saturday
   Sunday January February March April June July August September October November December Day Week
   Coalition Energy Review Debates Alliance Partnership Project Initiative Bureau Society Industries Holdings
   Partners Capital Trust Labs Systems Airlines Motors Technologies Pharmaceuticals Health Insurance Security
   Defense Defence Affairs Relations Studies Research Watch Rights Action Policy Justice Reform Enterprise
   Commission Authority Council Cabinet Parliament Assembly Legislature Congress Caucus Federation Movement
   Foundation Academy Museum Library Festival Awards Olympics Games Cup Championship Act Plan Program
   Programme Report Survey Poll Index Exchange Market Markets Square Center Tower Bridge
   Valley Beach Lake County Province Region District Coast Border`.split(/\s+/),
);

export interface Person {
  name: string;
  role: string | null;
  /** A rank or office written before the name ("Maj. Gen.", "Sen."), shown before it; never a
   *  courtesy title (Mr., Dr.). */
  title: string | null;
  /** Every title and appositive the article gave them, for descriptions that refer back. */
  described: string[];
  gender: 'm' | 'f' | null;
}

export interface Mention {
  person: Person;
  paragraph: number;
  offset: number;
  /** The name opens its sentence or clause: the likely antecedent of a later "he" or "she". */
  subject: boolean;
  /** The name is the subject of a speech verb ("Smith said"). */
  speech: boolean;
}

export interface NamePhrase {
  name: string;
  title: string | null;
}

const NAME_TOKEN = /^(?:\p{Lu}[\p{L}\p{M}’'\-.]*|(?:al|el|bin|ibn|abu|de|da|di|del|van|von|la|le|der|den|du)-\p{Lu}[\p{L}’'\-]*)$/u;

/** The name in a short phrase ("Maj. Gen. Joseph Martin", "Iraq’s prime minister, Haider al-Abadi"),
 *  without its titles. Null when the phrase names nobody. */
export function parseName(phrase: string): NamePhrase | null {
  let s = phrase.trim().replace(/^[,;:—–\-\s]+|[,;:—–\-\s]+$/g, '');
  const titles: string[] = [];
  for (let m = TITLE_RE.exec(s); m && m[0]; m = TITLE_RE.exec(s)) {
    // "Mr. King": after a title, a title word that ends the phrase is the name (but "Republican"
    // alone names nobody).
    // ("Republican Presidential" names nobody either: an adjective is never the name.)
    if (titles.length && !/[\p{L}]/u.test(s.slice(m[0].length)) && !ADJECTIVE_TITLE.test(m[0].trim())) break;
    titles.push(m[0].trim());
    s = s.slice(m[0].length);
  }
  const tokens = s.split(/\s+/).filter(Boolean);
  if (tokens.length > 1 && /^the$/i.test(tokens[0])) tokens.shift(); // "The New York Times"
  const name: string[] = [];
  let titleOf = false;
  for (const raw of tokens) {
    const t = raw.replace(/[,;:!?)"“”]+$/, '');
    if (!t) break;
    // "RNC Chief of Staff Katie Walsh": the words after a title's "of" belong to the title.
    if (t === 'of' && name.length === 0 && titles.length) {
      titleOf = true;
      continue;
    }
    if (titleOf) {
      titles[titles.length - 1] += ` of ${t}`;
      titleOf = false;
      continue;
    }
    if (name.length === 0 && NOT_NAME.has(t.replace(/\.$/, '').replace(/[’']s$/, ''))) continue; // "Meanwhile Rihanna"
    if (name.length === 0 && SENTENCE_ADVERB.test(t)) continue; // "Interestingly Blocher"
    // "Sen. Ted Cruz (R-Texas) Wednesday, saying": a weekday after a name dates the clause.
    if (name.length && WEEKDAY.test(t)) break;
    if (NAME_TOKEN.test(t)) name.push(t);
    else if (name.length && PARTICLE.test(t)) name.push(t);
    else break;
    if (t !== raw) break;
    // A full stop after anything but an initial or a suffix ends the sentence, hence the name.
    // "South Carolina Gov. Jim Hodges": what came before the title only qualified it.
    if ((TITLE_ABBR.test(t) || TITLE_NOUN.test(t)) && name.length) {
      titles.push(name.join(' '));
      name.length = 0;
      continue;
    }
    // ("Assistant U.S. Attorney Maya D. Song": an initialism's dots end nothing.)
    if (t.endsWith('.') && !/^\p{Lu}\.$/u.test(t) && !/^(?:\p{Lu}\.){2,}$/u.test(t) && !/^(?:Jr|Sr|St)\.$/.test(t)) {
      name[name.length - 1] = t.slice(0, -1);
      break;
    }
  }
  while (name.length && PARTICLE.test(name[name.length - 1])) name.pop();
  if (!name.length) return null;
  // "Senate Intelligence Ranking Democrat Dianne Feinstein", "CNN's Gloria Borger": a known first
  // name after words that name an institution starts the person; those words qualify them.
  // ("Mary Kay Henry" and "Christine Todd Whitman" hold no institution's word.)
  const first = name.findIndex((t, i) => i > 0 && i < name.length - 1 && genderOfFirstName(t) !== null);
  if (first > 0 && name.length - first <= 3 && name.slice(0, first).some(qualifiesName) && !name.slice(first).some((t) => NON_PERSON.has(t.replace(/\.$/, '')))) {
    titles.push(name.splice(0, first).join(' '));
  }
  let joined = name.join(' ').replace(/[’']s$/, '').replace(/\.$/, (d) => (/\b\p{Lu}\.$/u.test(name.join(' ')) ? d : ''));
  // All-capital tokens are transcript labels ("PENCE") or acronyms; keep them as written.
  joined = joined.trim();
  if (!joined || NON_PERSON.has(name[name.length - 1].replace(/\.$/, ''))) return joined ? { name: joined, title: titles.join(' ') || null } : null;
  return { name: joined, title: titles.join(' ') || null };
}

/** An institution's word before a name: "Senate", "CNN", "Breitbart’s". */
const qualifiesName = (t: string): boolean => NON_PERSON.has(t.replace(/\.$/, '')) || /^\p{Lu}{2,}$/u.test(t) || /\p{L}[’']s?$/u.test(t);

/** A lone capitalised word that may be someone's surname (not a function word or an institution). */
export const couldBeSurname = (token: string): boolean =>
  token.length > 1 && !NOT_NAME.has(token) && !NON_PERSON.has(token) && !/^\p{Lu}+$/u.test(token);

export const isPersonLike = (name: string): boolean => {
  const toks = name.split(/\s+/);
  return !toks.some((t) => NON_PERSON.has(t.replace(/\.$/, ''))) && toks.length <= 5;
};

const keyOf = (token: string): string =>
  token.replace(/^(?:al|el|bin|ibn|abu)-/i, '').replace(/[’']s$/, '').replace(/\.$/, '').toLowerCase();

/** The people an article has named so far, in order of introduction. */
export class Cast {
  private readonly bySurname = new Map<string, Person>();
  private readonly people: Person[] = [];
  /** People per surname key (a person keeps the last word of the name they were met with). */
  private readonly surnameCount = new Map<string, number>();
  /** Most recent mentions, newest last (for pronoun resolution). */
  readonly mentions: Mention[] = [];

  /** The person a name refers to, introducing them when new. Titles become the role. */
  meet(name: string, title: string | null = null, role: string | null = null): Person {
    const toks = name.split(/\s+/);
    const surname = keyOf(toks[toks.length - 1]);
    let person = this.bySurname.get(surname);
    const firstKey = toks.length === 1 ? keyOf(toks[0]) : null;
    if (!person && firstKey) person = this.people.find((p) => keyOf(p.name.split(/\s+/)[0]) === firstKey);
    if (person && toks.length >= 2 && person.name.split(/\s+/).length >= 2 && !sameFirst(person.name, name)) {
      person = undefined; // "Bill Clinton" after "Hillary Clinton" is someone else
    }
    if (!person) {
      person = { name, role: null, title: null, described: [], gender: toks.length >= 2 ? genderOfFirstName(name) : null };
      this.people.push(person);
      this.surnameCount.set(surname, (this.surnameCount.get(surname) ?? 0) + 1);
    } else if (toks.length > person.name.split(/\s+/).length && person.name.split(/\s+/).length === 1) {
      person.name = name; // a bare surname first, the full name later: keep the full one
      person.gender ??= genderOfFirstName(name);
    }
    // A bare surname keeps meaning the first person introduced with it ("Cruz" is the candidate
    // even after "Heidi Cruz" appears); a new full name still finds its own person above.
    if (!this.bySurname.has(surname) || toks.length === 1) this.bySurname.set(surname, person);
    const roleText = role ?? (title && !HONORIFIC.test(title) ? title : null);
    if (roleText && !person.role) person.role = roleText;
    if (title && !HONORIFIC.test(title) && !person.title) person.title = title;
    if (roleText && !person.described.includes(roleText)) person.described.push(roleText);
    if (title) {
      const last = title.split(/\s+/).pop() ?? '';
      if (FEMALE_TITLE.test(last)) person.gender = 'f';
      else if (MALE_TITLE.test(last)) person.gender = 'm';
    }
    return person;
  }

  /** Whether more than one person of the article has this surname. */
  shareSurname(surname: string): boolean {
    return (this.surnameCount.get(keyOf(surname)) ?? 0) > 1;
  }

  /** Looks a name up without introducing anyone. */
  find(name: string): Person | undefined {
    const toks = name.split(/\s+/);
    const p = this.bySurname.get(keyOf(toks[toks.length - 1]));
    if (p && toks.length >= 2 && p.name.split(/\s+/).length >= 2 && !sameFirst(p.name, name)) return undefined;
    return p;
  }

  /** The person a role description refers to ("the former secretary", "the spokesman"): someone
   *  whose titles and appositives include its last noun, best matching its other words, most
   *  recently mentioned first. */
  byRole(description: string[]): Person | undefined {
    const words = description.filter(Boolean);
    const head = words[words.length - 1];
    if (!head) return undefined;
    const score = (p: Person): number => {
      const known = new Set(p.described.flatMap(roleWords));
      return known.has(head) ? 1 + words.filter((w) => w !== head && known.has(w)).length : 0;
    };
    let best: Person | undefined;
    let bestScore = 0;
    const seen = new Set<Person>();
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const p = this.mentions[i].person;
      if (seen.has(p)) continue;
      seen.add(p);
      const s = score(p);
      if (s > bestScore) [best, bestScore] = [p, s];
    }
    for (const p of this.people) {
      if (seen.has(p)) continue;
      const s = score(p);
      if (s > bestScore) [best, bestScore] = [p, s];
    }
    return best;
  }

  mention(person: Person, paragraph: number, offset: number, subject: boolean, speech: boolean): void {
    this.mentions.push({ person, paragraph, offset, subject, speech });
  }
}

// A Map, not an object: a page's word "constructor" must not find Object.prototype's.
const ABBREVIATED_ROLE = new Map<string, string>(Object.entries({
  sen: 'senator', rep: 'representative congressman congresswoman lawmaker', gov: 'governor', gen: 'general',
  lt: 'lieutenant', col: 'colonel', maj: 'major', capt: 'captain', sgt: 'sergeant', adm: 'admiral',
  dr: 'doctor', prof: 'professor', rev: 'reverend', president: 'president leader', senator: 'senator lawmaker',
  spokesman: 'spokesman spokesperson', spokeswoman: 'spokeswoman spokesperson', minister: 'minister',
}));

// The nouns a role answers to: "Sen." is "the senator", "Prime Minister" is "the minister".
function roleWords(role: string): string[] {
  const out: string[] = [];
  for (const w of role.toLowerCase().split(/[\s.,]+/)) {
    if (!w) continue;
    out.push(w);
    const more = ABBREVIATED_ROLE.get(w);
    if (more) out.push(...more.split(' '));
  }
  return out;
}

function sameFirst(a: string, b: string): boolean {
  const fa = a.split(/\s+/)[0].toLowerCase();
  const fb = b.split(/\s+/)[0].toLowerCase();
  return fa === fb || fa.startsWith(fb.replace(/\.$/, '')) || fb.startsWith(fa.replace(/\.$/, ''));
}

// A particle starts a word of its own: the "le" of "while" is not "le Pen".
const TOK = "(?:\\p{Lu}[\\p{L}\\p{M}’'\\-.]*|(?<![\\p{L}’'])(?:al|el|bin|ibn|abu|de|da|di|del|van|von|la|le|der)(?:-\\p{Lu}[\\p{L}’'\\-]*|(?=\\s\\p{Lu})))";
// "Secretary of State John Kerry", "Chief of Staff Reince Priebus": a title may hold an "of".
const TITLE_OF = "(?<=(?:Secretary|Chief|Director)\\s)of(?=\\s\\p{Lu})";
const RUN = new RegExp(`${TOK}(?:[ \\t]+(?:${TOK}|${TITLE_OF}))*`, 'gu');

/** Capitalised runs in text that look like people's names, with their offsets and titles. */
export function namesIn(text: string): { name: string; title: string | null; index: number }[] {
  const out: { name: string; title: string | null; index: number }[] = [];
  for (const m of text.matchAll(RUN)) {
    const parsed = parseName(m[0]);
    if (!parsed) continue;
    // "in New Hampshire", "Rep. Lee Zeldin of New York": places, not people; but "a post from
    // Arianna Huffington" names someone, as a title or a known first name shows.
    const lead = text.slice(Math.max(0, (m.index ?? 0) - 12), m.index);
    const locative = /\b(?:in|at|near|from|outside|across|into|throughout)\s+$/i.test(lead) || /\p{Lu}[\p{L}.]*\s+of\s+$/u.test(lead);
    if (locative && !parsed.title && !genderOfFirstName(parsed.name)) continue;
    const toks = parsed.name.split(/\s+/);
    if (toks.length < 2 && !parsed.title) continue;
    if (!isPersonLike(parsed.name) || toks.length > 4) continue;
    out.push({ name: parsed.name, title: parsed.title, index: m.index ?? 0 });
  }
  return out;
}

export { HONORIFIC };
