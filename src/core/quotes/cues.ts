// Attribution cues: the words around a quotation that say who spoke ("he said", "said Dhia Thamir,
// a ministry spokesman", "According to the mayor,", "Abadi told reporters:").
import { HONORIFIC, isPersonLike, parseName } from './names';
import { genderOfFirstName } from './genders';
import { isStopWord } from '../text';

export type Cue =
  | { kind: 'name'; name: string; title: string | null; role: string | null }
  | { kind: 'pronoun'; pronoun: string }
  | { kind: 'nominal'; phrase: string; head: string };

const VERBS =
  'said|says|say|told|tells|added|adds|asked|asks|wrote|writes|explained|explains|noted|notes|stated|states|' +
  'continued|continues|recalled|recalls|insisted|insists|argued|argues|claimed|claims|declared|declares|' +
  'replied|replies|responded|responds|tweeted|tweets|posted|warned|warns|shouted|yelled|joked|quipped|' +
  'admitted|admits|acknowledged|acknowledges|conceded|concedes|remarked|observed|countered|predicted|' +
  'promised|vowed|urged|urges|cautioned|complained|complains|boasted|announced|announces|suggested|' +
  'suggests|wondered|recounted|emphasized|emphasised|stressed|agreed|agrees|disagreed|disagrees|concluded|testified|maintained|' +
  'contended|lamented|mused|chanted|whispered|pleaded|demanded|reported|reports|adding|saying|telling|' +
  'exclaimed|retorted|repeated|reporting|confessed|interjected|snapped|cried|screamed|answered|reiterated|proclaimed|' +
  'called|calling|described|describing|labeled|labelled|dubbed|texted|emailed|counters|continues|' +
  'pointed out|points out|went on|goes on|chimed in|shot back|fired back|writing|tweeting|explaining|noting|warning|arguing|declaring|insisting';
const VERB = `(?:${VERBS})`;
const VERB_ONLY = new RegExp(`^${VERB}$`);
/** Adverbs and auxiliaries between a subject and its verb ("Smith later said", "he has said"). */
const ADVERB = /(?:\s+(?:\p{Ll}+ly|also|later|then|once|often|again|has|had|have|would|will|is|was|were|are|earlier|further|even|just|never|not|first|famously|once))+$/u;
const APPOSITIVE_START = /^(?:\p{Ll}|the\s|a\s|an\s|\d|\p{Lu}[\p{L}.]*[’']s\s)/u;
/** After these verbs the name is whom the speaker addressed ("told POLITICO"), not the speaker. */
const LISTENER_VERB = /^(?:told|tells|telling|asked|asks)$/;
const ROLE_NOUN = /^(?:spokesman|spokeswoman|spokesperson|minister|official|officer|commander|chief|director|adviser|advisor|aide|secretary|analyst|professor|economist|strategist|pollster|lawyer|attorney|manager|chairman|chairwoman|president|leader|governor|mayor|senator|lawmaker|candidate|nominee|founder|executive|editor|reporter|correspondent|columnist|commentator|writer|historian|scholar|researcher|expert|activist|organizer|member|host|anchor|coach|captain|forces|hopeful|contender|challenger|frontrunner|front-runner|rival|incumbent)$/i;
// Whole-phrase tests, written so that every token needs a space before the next one: with
// optional separators a long capitalised string could be split in exponentially many ways.
const NAME_TOKEN = "(?:\\p{Lu}[\\p{L}.’'-]*|(?:al|el|bin|de|van|von|da|di|del)(?:-[\\p{L}.’'-]+)?)";
const ALL_NAME = new RegExp(`^${NAME_TOKEN}(?:\\s+${NAME_TOKEN})*$`, 'u');
const NAMES_AND = new RegExp(`^(?:${NAME_TOKEN}|and|&)(?:\\s+(?:${NAME_TOKEN}|and|&))*$`, 'u');
const PRONOUN = /^(?:he|she|they|i|we|it|you)(?:[’'](?:s|d|ll|ve|re))?$/i;
const DETERMINER = /^(?:the|a|an|another|one|his|her|its|their|our|this|that|two|three|several|many|some|[\p{L}.]+[’']s?)$/iu;
/** Words that open an adverbial phrase or clause before the subject. */
const ADVERBIAL_OPENER = /^(?:With|After|Before|In|On|At|As|While|When|Since|Although|Though|Despite|During|For|From|Under|Amid|Without|If|Because|Unlike|Like|Following|Once|Until|Upon|Over|Through|Throughout|Across|Among|By)$/;
/** "(D-Calif.)", "(R-N.H.)", "(D)": a party, and often the state, after a name. */
const PARTY_TAG = /\s*\([RDI](?:-[A-Z][A-Za-z. ]{0,14})?\)/g;
/** Titles before a name, to tell a chunk that is only a name. */
const TITLE_LEAD = /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.\s+)+/;
const VERB_FIRST = new RegExp(`\\b${VERB}\\b`, 'u');
const VERB_ALL = new RegExp(`\\b${VERB}\\b`, 'gu');
/** Whether a stretch of narration holds a speech verb ("said", "says", "told" …). */
export const hasSpeechVerb = (text: string): boolean => VERB_FIRST.test(text);

/** A subject phrase: pronoun, a name (with titles and appositive role), or a nominal. */
export function subjectOf(rawPre: string): Cue | null {
  // "Sarandon, 69, told …", "Gov. John Kasich (R-OH), said": ages and party tags are not the subject.
  const pre = rawPre
    .replace(/\s*\([^()]{1,40}\)/g, '')
    .replace(/,\s*\d{1,3},/g, ',')
    .replace(/,\s*[RDI]-[A-Z][A-Za-z.]{1,12}\s*(?=,)/g, '');
  // Only the last words can be adverbs before the verb; a bounded tail keeps the test linear.
  const trimmed = pre.trimEnd();
  const cut = Math.max(0, trimmed.length - 120);
  const unadorned = trimmed.slice(0, cut) + trimmed.slice(cut).replace(ADVERB, '');
  const endsComma = /,\s*$/.test(unadorned);
  const text = unadorned.replace(/[\s,—–-]+$/, '');
  if (!text.trim()) return null;
  const chunks = text.split(/\s*,\s*/).filter((c) => c.trim());
  const last = chunks[chunks.length - 1]?.trim() ?? '';
  // "a White House official who spoke anonymously to discuss strategy said": the relative clause
  // describes the subject before it.
  // (Not after a name: "Wayne Barrett, the reporter who uncovered …" is Barrett's appositive.)
  const prev = chunks.length > 1 ? chunks[chunks.length - 2].trim() : '';
  const prevCue = prev ? phraseCue(prev, true) : null;
  const relative = /^((?:[Tt]he|[Aa]n?|[Oo]ne)\s.*?\S)\s+who\s+\p{Ll}[^,]*$/u.exec(last);
  const described = relative && prevCue?.kind !== 'name' ? phraseCue(relative[1], true) : null;
  const lastCue = described ?? phraseCue(last, true);
  // "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": a name
  // followed only by appositives is the subject.
  if (endsComma && chunks.length > 2) {
    for (let k = 0; k < chunks.length - 1; k++) {
      const chunk = chunks[k].trim().replace(/^\d+-year-old\s+/, '');
      // Only a chunk that is all name (with titles) heads an appositive chain.
      if (!ALL_NAME.test(chunk)) continue;
      const cue = phraseCue(chunk, true);
      if (cue?.kind !== 'name') continue;
      const rest = chunks.slice(k + 1).map((c) => c.trim());
      // ", a salesman from Sumter, South Carolina," — a place may follow an appositive that ends in one.
      const placeAfter = (j: number): boolean =>
        j > 0 && /(?:\b(?:from|in|of|near|outside)\s+\p{Lu}[\p{L}.]*|\b(?:capital|city|town|state|county))$/u.test(rest[j - 1]) && /^\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}$/u.test(rest[j]);
      const appositives = rest.every((c, j) => APPOSITIVE_START.test(c) || placeAfter(j));
      if (APPOSITIVE_START.test(rest[0] ?? '') && appositives) {
        return { ...cue, role: cue.role ?? roleText(chunks[k + 1].trim()) };
      }
    }
  }
  // "Smith, the mayor, said" / "the city's mayor, Smith, said": the name and its appositive.
  if (endsComma || chunks.length > 1) {
    // "Jenna Golden, Twitter’s director of political advertising, said" too.
    // ("Orlando, Florida, which Will claims affirmed": a name right after "which" is its subject.)
    if (!endsComma && /^(?:who|which|that)\s+\p{Lu}/u.test(last) && lastCue?.kind === 'name') return lastCue;
    const appositive = endsComma ? APPOSITIVE_START.test(last) : /^(?:who|which)\s/.test(last);
    if (appositive && prevCue?.kind === 'name') return { ...prevCue, role: prevCue.role ?? roleText(last) };
    // "Anthony Anton, president and CEO of the association stated", "Nate Silver, the polling guru
    // who founded fivethirtyeight.com tweeted": the closing comma left out, after a chunk that is
    // a whole name (a known person's, or a full name before "the …").
    const fullName = prevCue?.kind === 'name' && prevCue.name.includes(' ') && /^(?:the|a|an)\s/.test(last);
    if (!endsComma && chunks.length === 2 && prevCue?.kind === 'name' && /^\p{Ll}/u.test(last) && prevCue.name === prev.replace(TITLE_LEAD, '') && (surelyPerson(prevCue) || fullName)) {
      return { ...prevCue, role: prevCue.role ?? roleText(last) };
    }
    if (lastCue?.kind === 'nominal' && prevCue?.kind === 'name' && endsComma) {
      return { ...prevCue, role: prevCue.role ?? roleText(lastCue.phrase) };
    }
    // (Only a noun phrase is an appositive: not "Asked by Stephanopoulos to respond to Trump’s
    // criticism, Carson said".)
    if (lastCue?.kind === 'name' && prevCue?.kind === 'nominal' && !lastCue.role && /^(?:the|a|an|\p{Lu}[\p{L}.]*[’']s)\s/iu.test(prev)) {
      return { ...lastCue, role: roleText(prevCue.phrase) };
    }
  }
  return lastCue;
}

const capital = (t: string | undefined): boolean =>
  !!t && /^(?:\p{Lu}|(?:al|el|bin|ibn|abu|de|da|di|del|van|von|la|le|der)\b)/u.test(t);
const ORG_LEAD = /^(?:of|at|for|from|with|the|in|on|to|by)$/i;

// The capitalised run that names the speaker: "Jeffrey Lewis of the James Martin Center" gives
// "Jeffrey Lewis", not the institution; "Sirius XM vice president Dave Gorab" gives the person.
// Runs after "of", "at", "the"… belong to an institution; runs after "and" share the previous status.
function nameRun(toks: string[], atEnd: boolean): [number, number] | null {
  const runs: { s: number; e: number; org: boolean }[] = [];
  for (let k = 0; k < toks.length; ) {
    if (!capital(toks[k]) || /^(?:al|el|bin|ibn|abu|de|da|di|del|van|von|la|le|der)$/.test(toks[k])) {
      k++;
      continue;
    }
    const s = k;
    while (k < toks.length && capital(toks[k])) k++;
    const prev = toks[s - 1] ?? '';
    const org = ORG_LEAD.test(prev) || (/^(?:and|&)$/.test(prev) && runs.length > 0 && runs[runs.length - 1].org);
    runs.push({ s, e: k, org });
  }
  if (!runs.length) return null;
  for (let r = runs.length - 1; r >= 0; r--) {
    const run = runs[r];
    if (run.org) continue;
    const rest = toks.slice(run.e);
    if (atEnd && rest.length && !ORG_LEAD.test(rest[0]) && !/^(?:and|&)$/.test(rest[0])) break;
    if (atEnd && rest.length > 10) break;
    return [run.s, run.e];
  }
  const last = runs[runs.length - 1];
  return !atEnd || last.e === toks.length ? [last.s, last.e] : null;
}

const OWNER_PREPOSITION = /^(?:of|for|to|at|with|from)$/i;

// "a person close to the Clintons", "a spokeswoman for the House Rules Committee": the name is
// whom the speaker belongs to, and the description is the speaker.
function ownerDescription(toks: string[], nameAt: number): Cue | null {
  let det = -1;
  for (let k = nameAt - 2; k >= Math.max(0, nameAt - 8); k--) {
    if (/^(?:the|a|an|one|another)$/i.test(toks[k])) {
      det = k;
      if (k === 0 || !OWNER_PREPOSITION.test(toks[k - 1])) break;
    }
  }
  if (det < 0) return null;
  const between = toks.slice(det + 1, nameAt);
  const prep = between.findIndex((t) => OWNER_PREPOSITION.test(t));
  if (prep <= 0 || between.slice(0, prep).some((t) => !/^\p{Ll}/u.test(t) || isStopWord(t))) return null;
  return { kind: 'nominal', phrase: toks.slice(det).join(' '), head: between[prep - 1].toLowerCase() };
}

/** The cue in a short phrase; `atEnd` takes the phrase's last words (a subject before a verb). */
function phraseCue(phrase: string, atEnd: boolean): Cue | null {
  const toks = phrase.split(/\s+/).filter(Boolean);
  if (!toks.length) return null;
  const lastTok = toks[toks.length - 1];
  if (atEnd && PRONOUN.test(lastTok)) {
    // ("Trump said he responded: “…”": the pronoun of reported speech is its own subject.)
    return toks.length <= 3 || /^(?:and|but|so|then|when|as)$/i.test(toks[toks.length - 2]) || VERB_ONLY.test(toks[toks.length - 2])
      ? { kind: 'pronoun', pronoun: lastTok.toLowerCase().replace(/[’'].*$/, '') }
      : null;
  }
  // A run of capitalised words (with titles and particles) is a name.
  const named = nameRun(toks, atEnd);
  if (named) {
    const [i, end] = named;
    const parsed = parseName(toks.slice(i, end).join(' '));
    const owner = ownerDescription(toks, i);
    if (owner) return owner;
    if (parsed && !PRONOUN.test(parsed.name)) {
      const lead = toks.slice(Math.max(0, i - 6), i);
      let role = i > 0 && /^(?:the|a|an|[\p{L}]+[’']s)$/iu.test(lead[0] ?? '') ? lead.join(' ') : null;
      // "U.S.-led coalition spokesman Col. Ryan Dillon": a job noun right before the name.
      if (!role && lead.length && ROLE_NOUN.test(lead[lead.length - 1])) {
        const from = lead.findIndex((w, k) => k >= lead.length - 4 && !/^(?:and|of|the|by|to|in|on|at|for|with|that|said|told)$/i.test(w));
        const words = lead.slice(from >= 0 ? from : lead.length - 1);
        role = [...words, parsed.title ?? ''].join(' ').trim();
      } else if (!role) {
        role = unitBeforeRank(toks.slice(0, i).join(' '), parsed.title);
      }
      return { kind: 'name', name: parsed.name, title: parsed.title, role };
    }
  }
  // A nominal: words back to a determiner ("the spokesman", "a ministry spokesman", "Iraq’s prime minister").
  const from = Math.max(0, toks.length - 6);
  for (let j = toks.length - 1; j >= from; j--) {
    if (DETERMINER.test(toks[j]) && j < toks.length - 1) {
      const words = toks.slice(j);
      const head = words[words.length - 1].toLowerCase().replace(/[^\p{L}-]/gu, '');
      // "the former secretary of state": a preposition may join its nouns, no other function word.
      // ("New" in "the New York businessman" is a name's word, not the stop word.)
      if (!head || isStopWord(head) || words.slice(1).some((t) => /^\p{Ll}/u.test(t) && isStopWord(t) && !OWNER_PREPOSITION.test(t))) return null;
      return { kind: 'nominal', phrase: words.join(' '), head };
    }
  }
  if (toks.length <= 3 && /^\p{Ll}/u.test(lastTok) && !toks.some((t) => isStopWord(t) && !DETERMINER.test(t))) {
    return { kind: 'nominal', phrase: toks.join(' '), head: lastTok.toLowerCase() };
  }
  return null;
}

/**
 * "special forces Maj. Dhia Thamir", "Special forces Maj. Gen. …" opening a sentence: two
 * lowercase words right before a rank name the unit or service, and make the role (with the rank,
 * so that a later "the major" finds the person). Two words and no function word keep verbs and
 * prepositions out ("said Maj. …", "with Gen. …").
 */
export function unitBeforeRank(before: string, title: string | null): string | null {
  if (!title || HONORIFIC.test(title)) return null;
  const m = /([\p{L}][\p{L}-]*)\s+(\p{Ll}[\p{L}-]*)\s*$/u.exec(before);
  if (!m) return null;
  const opensSentence = /(?:^|[.!?;:])\s*[“"‘]?\s*$/.test(before.slice(0, m.index));
  if (!/^\p{Ll}/u.test(m[1]) && !opensSentence) return null;
  const words = [m[1].toLowerCase(), m[2]];
  if (words.some((w) => isStopWord(w) || VERB_ONLY.test(w))) return null;
  return `${words.join(' ')} ${title}`;
}

function roleText(nominal: string): string {
  return nominal.replace(/^(?:the|a|an)\s+/i, '').trim();
}

/** A name with a title or a known first name: not a place or an institution. */
function surelyPerson(cue: { name: string; title: string | null }): boolean {
  return isPersonLike(cue.name) && (!!cue.title || (cue.name.includes(' ') && genderOfFirstName(cue.name) !== null));
}

/** Cue in the words right after a quotation: ", said Smith", ", he said", ", according to X". */
export function cueAfter(rawAfter: string, quoteEndsSentence: boolean, quoteAsks: boolean): Cue | null {
  // "said former Rep. George Miller (D-Calif.), one of …": the party tag's dots end no sentence.
  const after = rawAfter.replace(PARTY_TAG, '');
  const lead = /^[\s,;—–-]*/.exec(after)?.[0] ?? '';
  let rest = after.slice(lead.length);
  if (!rest) return null;
  if (quoteEndsSentence && !quoteAsks && /^\p{Lu}/u.test(rest) && !lead.includes(',') && !shortAttribution(rest)) return null;
  // “…” ― Pamela Padilla (reader comments, epigraphs): a dash and a name.
  const dashed = /^[―—–]\s*(\p{Lu}[\p{L}.’'\- ]{1,60})$/u.exec(after.trim());
  if (dashed) {
    const parsed = parseName(dashed[1]);
    if (parsed) return { kind: 'name', name: parsed.name, title: parsed.title, role: null };
  }
  rest = firstClause(rest);
  // "…,” claiming that he is responsible for …: a participle goes on with the sentence's own
  // subject, named before the quote; any verb-like word later in the clause ("states") is not
  // this quote's attribution.
  if (/^\p{Ll}+ing\b/u.test(rest) && !/^according\b/.test(rest)) return null;
  const acc = /^according\s+to\s+(.+)$/i.exec(rest);
  if (acc) return objectCue(acc[1]);
  // "accuses Obama of “leading from behind” and Donald Trump says he is “losing …”": a clause
  // joined after the quote has a subject of its own, who speaks the next quote.
  if (/^(?:and|but|while|whereas)\s+(?:\p{Lu}|(?:he|she|they)\s)/u.test(rest)) return null;
  const m = VERB_FIRST.exec(rest);
  // “This is fantastic!” beamed Donald Hartley — any verb, then the name.
  const beamed = /^(\p{Ll}+ed)\s+(?=\p{Lu})/u.exec(rest);
  if (beamed && (!quoteEndsSentence || quoteAsks) && (!m || m.index > 0)) {
    const cue = objectCue(rest.slice(beamed[0].length));
    if (cue?.kind === 'name') return cue;
  }
  if (!m) {
    // “Go back to Univision,” Trump barked. — any verb right after a quote that ends mid-sentence.
    // “…,” Blige sings to Clinton: a named subject in the present tense too.
    const g = /^((?:he|she|[\p{Lu}][\p{L}.’'-]*(?:\s+(?:al-|el-|de\s|van\s|von\s)?[\p{Lu}][\p{L}.’'-]*){0,3}))\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\b/u.exec(rest) ??
      /^([\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,3})\s+\p{Ll}{3,}[^s\W]s\b/u.exec(rest);
    return g && (!quoteEndsSentence || quoteAsks) ? subjectOf(g[1]) : null;
  }
  const pre = rest.slice(0, m.index);
  // A subject with an appositive ("Melanne Verveer, who served as …, told") may run long.
  const limit = /^[^,]{1,60},[^“”"]*,\s*$/.test(pre) ? 30 : 12;
  if (pre.split(/\s+/).filter(Boolean).length > limit) return null;
  // After a question or an exclamation the words that follow may open a sentence of their own
  // ("Why? Many residents said they would sue."): a long subject is taken only when it is a name
  // ("… fly?" former Obama adviser David Axelrod asked).
  const longAfterQuestion = quoteAsks && quoteEndsSentence && pre.split(/\s+/).filter(Boolean).length > 4;
  // "… in the 2008 primary, said Paul Beck": an adverbial before an inverted attribution.
  if (!pre.trim() || /^(?:in|at|on|during|for|from|after|before|with|to)\b[^,]*,\s*$/i.test(pre)) {
    // "…,” adding that Trump …: a participle continues the sentence's own subject.
    // But after a question, "asked Bennett" names who asked it.
    const asker = quoteAsks && /^ask(?:ed|s)$/.test(m[0]);
    if ((LISTENER_VERB.test(m[0]) && !asker) || /ing$/.test(m[0])) return null;
    return objectCue(rest.slice(m.index + m[0].length));
  }
  const cue = subjectOf(pre);
  if (longAfterQuestion) return cue?.kind === 'name' ? cue : null;
  if (cue) return cue;
  // "Scott Pruitt, …, one of the states suing, said": a noun that looks like a verb came first;
  // the verb that closes the subject's appositives follows a comma.
  for (const x of rest.slice(m.index + m[0].length).matchAll(VERB_ALL)) {
    const at = m.index + m[0].length + (x.index ?? 0);
    const before = rest.slice(0, at);
    if (!/,\s*$/.test(before) || before.split(/\s+/).length > 30) break;
    const named = subjectOf(before);
    if (named?.kind === 'name') return named;
  }
  return null;
}

// “… for years.” Mr. King added. / “…” Scott Pruitt, the attorney general, said in a statement.
// A sentence after a finished quote that is only a name and a speech verb attributes it; one that
// goes on ("Smith said the plan would fail") is a sentence of its own.
function shortAttribution(rest: string): boolean {
  return attributionSentence(firstClause(rest)) !== null;
}

/** The speaker of a sentence that only attributes: "Sam Lau, the party's spokesman, said in a
 *  statement." before a paragraph's quote, or "Mr. King added." after one. */
export function attributionSentence(clause: string): Cue | null {
  // The last speech verb: "one of the states suing, said" has a noun that looks like a verb.
  let m: RegExpMatchArray | null = null;
  for (const x of clause.matchAll(VERB_ALL)) m = x;
  if (!m || /ing$/.test(m[0]) || LISTENER_VERB.test(m[0])) return null;
  const tail = clause.slice((m.index ?? 0) + m[0].length).split(/\s+/).filter(Boolean);
  if (tail.length > 6 || tail.some((w) => /^(?:that|if|whether|how|why|he|she|they|it|the)$/i.test(w))) return null;
  const cue = subjectOf(clause.slice(0, m.index));
  return cue?.kind === 'name' ? cue : null;
}

/** "Sam Lau, the party's spokesman, said in a statement. “…”": the sentence just before. */
export function attributionBefore(before: string): Cue | null {
  if (!/[^.]\.\s*$/.test(before)) return null;
  const sentence = lastClause(before.replace(/\.\s*$/, ''));
  return sentence.length < 240 ? attributionSentence(sentence) : null;
}

/** Cue in the words before a quotation, within its sentence: "Smith said:", "According to X,". */
export function cueBefore(before: string): Cue | null {
  const frag = lastClause(before);
  if (!frag.trim() || /[.!?]["”’]?\s*$/.test(frag) && !/:\s*$/.test(frag)) return null;
  // "According to the ministry, “…”", "According to HuffPo: “…”", "in the words of X, “…”"
  const acc = /(?:according\s+to|in\s+the\s+words\s+of)\s+([^,:]+)[,:]\s*$/i.exec(frag);
  if (acc) return objectCue(acc[1]);
  // "in Forbes’ words, “…”", "in Smith's own words: “…”"
  const words = /\b[Ii]n\s+(\p{Lu}[\p{L}.’' -]{1,60}?)[’']s?\s+(?:own\s+)?words[,:]\s*$/u.exec(frag);
  if (words) {
    const parsed = parseName(words[1]);
    if (parsed) return { kind: 'name', name: parsed.name, title: parsed.title, role: null };
  }
  // "As Vulture put it, “…”"
  // ("As John Cornyn, the No. 2 in the GOP leadership, put it: “…”")
  const putIt = /\b[Aa]s\s+(\p{Lu}[\p{L}.’' -]{1,60}?)(?:,[^,“”"]{1,80},)?\s+(?:put|puts|has put)\s+it[,:]?\s*$/u.exec(frag);
  if (putIt) {
    const parsed = parseName(putIt[1]);
    if (parsed) return { kind: 'name', name: parsed.name, title: parsed.title, role: null };
  }
  // ("Asked by Stephanopoulos to respond, Carson said": a passive participle, not inverted.)
  const inverted = /(?:^|\s)(?:Said|Says|Added|Asked|Wrote)\s+(?!(?:by|about|if|whether|why|how|what|when|to|for|on|in|at|during|after)\b)(.+?)[,:]?\s*$/u.exec(frag);
  if (inverted) return objectCue(inverted[1]);
  let m: RegExpExecArray | null = null;
  for (const x of frag.matchAll(VERB_ALL)) m = x as RegExpExecArray;
  if (!m) return null;
  const pre = frag.slice(0, m.index);
  if (!pre.trim()) return objectCue(frag.slice(m.index + m[0].length));
  // "Albright urged women to vote, saying, …": the speaker is the subject of the main clause.
  if (/ing$/i.test(m[0]) || /\b(?:is|was|are|were)\s*$/i.test(pre)) {
    // "…, with Donald Trump tweeting that it was a disaster and asking, …": the participle's own
    // subject.
    const withing = /\bwith\s+((?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}.’'-]*)\s+(?:\p{Ll}+ly\s+)?$/u.exec(pre.slice(-120));
    const actor = withing ? personCue(withing[1]) : null;
    if (actor) return actor;
    // "…, Spicer said, adding, …", "The former candidate continued, saying, …": the participle
    // goes on from a speech verb just before it, whose subject speaks.
    const spoken = subjectBeforeVerb(pre.replace(/[\s,]+$/, ''));
    if (spoken) {
      const cue = subjectOf(spoken);
      if (cue) return cue;
    }
    const main = clauseSubject(pre);
    if (main) return main;
  }
  // "De Blasio said the move was made by Bill Bratton and said, …": a second verb of the same
  // subject.
  if (/\b(?:and|but)\s*$/.test(pre)) {
    const main = clauseSubject(frag);
    if (main) return main;
  }
  // "said" inside a relative clause ("the man who said") does not introduce the quote.
  const relative = /\s(?:who|that|which)\s*$/i.exec(pre);
  if (relative) return relative[0].trim().toLowerCase() === 'who' ? nominalOrName(pre.slice(0, relative.index)) : null;
  // "Because of the schedule, explained Rosenberg, “…": inverted after a comma.
  const cue = subjectOf(pre);
  if (cue?.kind === 'name' || cue?.kind === 'pronoun') return cue;
  if (/,\s*$/.test(pre) && !LISTENER_VERB.test(m[0])) {
    const inverted = objectCue(frag.slice(m.index + m[0].length));
    if (inverted?.kind === 'name') return inverted;
  }
  if (cue) return cue;
  // "Reed said he had not read it, but called it a “starting point”": the clause's subject.
  if (/\b(?:and|but)\s*$/.test(pre)) return clauseSubject(frag);
  return null;
}

/** The person a capitalised run names ("Donald Trump"), as a cue; null for an institution. */
function personCue(run: string): Cue | null {
  const p = parseName(run);
  return p && isPersonLike(p.name) ? { kind: 'name', name: p.name, title: p.title, role: null } : null;
}

/** The clause before a finite speech verb that ends the text ("…, Spicer said" gives "Spicer"). */
const VERB_AT_END = new RegExp(`(?:^|,)\\s*([^,]{1,80}?)\\s+(${VERB})$`, 'u');
function subjectBeforeVerb(text: string): string | null {
  const m = VERB_AT_END.exec(text);
  return m && !/ing$/.test(m[2]) ? m[1] : null;
}

/** "Politico reveals a few facts:" — a colon after a clause whose subject is named. */
export function colonIntro(before: string): Cue | null {
  const frag = lastClause(before);
  if (!/:\s*$/.test(frag)) return null;
  // "… with Trump reportedly yelling: “…”"
  const acting = /(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}ing\s*:\s*$/u.exec(frag.slice(-80));
  const actor = acting ? personCue(acting[1]) : null;
  if (actor) return actor;
  // "Pollsters agree - Carl Bialik: “…”": a name alone before the colon labels the quote.
  // "Rep. Trey Gowdy (R-S.C.):" — the party tag is not part of the label.
  // ("Clinton: “…” Bush: “…”": after a quote the next label follows a space.)
  const label = /(?:^|[-–—―]\s+)(\p{Lu}[^:,]{1,50}):\s*$/u.exec(frag.trimStart().replace(/\s*\([^()]{1,20}\)(?=:\s*$)/, ''));
  if (label && NAMES_AND.test(label[1].trim())) {
    const parsed = parseName(label[1].split(/\s+(?:and|&)\s+/)[0]);
    if (parsed) return { kind: 'name', name: parsed.name, title: parsed.title, role: null };
  }
  if (label) {
    const parsed = parseName(label[1]);
    if (parsed && parsed.name.split(/\s+/).length === label[1].trim().split(/\s+/).length - (parsed.title ? parsed.title.split(/\s+/).length : 0)) {
      return { kind: 'name', name: parsed.name, title: parsed.title, role: null };
    }
  }
  return clauseSubject(frag);
}

/** "Cruz blamed the law on “knuckleheaded politicians.”" — a quote inside a sentence whose
 *  subject is named: that subject is the one quoted. */
export function sentenceSubject(before: string): Cue | null {
  const frag = lastClause(before);
  if (!frag.trim() || /[.!?]["”’]?\s*$/.test(frag)) return null;
  // "Jindal signed an order, while Mike Huckabee, the former governor, proposed we “…”": the
  // nearest clause's subject.
  const joined = /^(.*)(?:\b(?:while|whereas)|,\s*(?:and|but))\s+(?=\p{Lu}\p{Ll})/su.exec(frag);
  if (joined) {
    const near = clauseSubject(frag.slice(joined[0].length));
    if (near?.kind === 'name' && surelyPerson(near)) return near;
  }
  const cue = clauseSubject(frag);
  return cue?.kind === 'name' && /^(?:The\s)?\p{Lu}/u.test(frag.trim()) ? cue : cue?.kind === 'pronoun' ? cue : null;
}

// The name or pronoun that opens a clause (after any leading adverbial phrase and comma).
function clauseSubject(rawFrag: string): Cue | null {
  const parts = rawFrag
    .replace(/\s*\([^()]{1,40}\)/g, '')
    .replace(/,\s*[RDI]-[A-Z][A-Za-z.]{1,12}\s*(?=,)/g, '') // "Paul Ryan, R-Wis., despite …"
    .replace(/(^|\s)\d+-year-old\s+/g, '$1')
    .split(/,\s+/);
  for (const part of parts.slice(0, 3)) {
    const toks = part.trim().split(/\s+/);
    // "With Democratic leaders worried, President Obama …": an adverbial phrase, not the subject.
    if (ADVERBIAL_OPENER.test(toks[0] ?? '')) continue;
    if (PRONOUN.test(toks[0] ?? '') && !/^(?:it|you|i)$/i.test(toks[0])) return { kind: 'pronoun', pronoun: toks[0].toLowerCase() };
    let k = 0;
    // "Continuing to explain, Carson said" / "Asserting Clinton was wrong": a participle, not a name.
    // "Preceded at the lectern by Joe Arpaio, Trump …", "Informed of the poll, Early said": a participle.
    // (Carly, Kelly, Mohammed and Alfred only look like one.)
    const participle = /^\p{Lu}\p{Ll}+(?:ing|ly)$/u.test(toks[0] ?? '') || (/^\p{Lu}\p{Ll}{3,}ed$/u.test(toks[0] ?? '') && /^\p{Ll}/u.test(toks[1] ?? ''));
    if (participle && !genderOfFirstName(toks[0])) continue;
    // "Hours later, Trump returned …": a time phrase, not a name.
    if (toks.length <= 3 && /^(?:later|earlier|ago|afterwards?)$/.test(toks[toks.length - 1])) continue;
    while (k < toks.length && (/^\p{Lu}/u.test(toks[k]) || (k > 0 && /^(?:al|el|bin|de|van|von|da|di|del|la|le)\b/.test(toks[k])) || titleOf(toks, k))) k++;
    // "Washington Post columnist Michael Gerson calls …", "Former Republican presidential
    // candidate Jeb Bush", "Former US secretary of state Madeleine Albright": an institution or
    // place, a job, then the person.
    const job = k > 0 ? jobEnd(toks, k) : -1;
    if (job > 0) {
      let e = job;
      while (e < toks.length && /^\p{Lu}/u.test(toks[e])) e++;
      // "… candidate Gary Johnson’s doctor is calling": the name only owns the subject.
      if (/[’']s$/.test(toks[e - 1]) && /^\p{Ll}+$/u.test(toks[e] ?? '')) {
        return { kind: 'nominal', phrase: toks.slice(job, e + 1).join(' '), head: toks[e] };
      }
      const person = parseName(toks.slice(job, e).join(' '));
      if (person) return { kind: 'name', name: person.name, title: person.title, role: toks.slice(0, job).join(' ') };
    }
    if (k > 0) {
      const parsed = parseName(toks.slice(0, k).join(' '));
      // "… Smith likened" or "Another critic, Laurence H. Tribe, likened": the name, then its verb.
      const verbNext = k < toks.length ? /^\p{Ll}/u.test(toks[k]) : /^\p{Ll}/u.test(parts[parts.indexOf(part) + 1] ?? '');
      if (parsed && verbNext) return { kind: 'name', name: parsed.name, title: parsed.title, role: null };
    }
  }
  return null;
}

// "Secretary of State Madeleine Albright": an office's "of" joins the capitalised run.
const titleOf = (toks: string[], k: number): boolean =>
  k > 0 && toks[k] === 'of' && ROLE_NOUN.test(toks[k - 1]) && /^\p{Lu}/u.test(toks[k + 1] ?? '');

/** Where the name starts after a job written in lower case at toks[k] ("presidential candidate",
 *  "secretary of state", "columnist"), or -1. */
function jobEnd(toks: string[], k: number): number {
  const plain = (t: string | undefined): boolean => !!t && /^\p{Ll}[\p{L}-]*$/u.test(t) && !isStopWord(t);
  let r = k;
  while (r < k + 2 && plain(toks[r]) && !ROLE_NOUN.test(toks[r])) r++;
  if (!ROLE_NOUN.test(toks[r]?.replace(/[^\p{L}]/gu, '') ?? '')) return -1;
  let e = r + 1;
  if (toks[e] === 'of' && plain(toks[e + 1])) e += plain(toks[e + 2]) && /^\p{Lu}/u.test(toks[e + 3] ?? '') ? 3 : 2;
  return /^\p{Lu}/u.test(toks[e] ?? '') ? e : -1;
}

// "a spokesman for the U.S.-led coalition who said": the noun phrase the relative clause hangs on.
function nominalOrName(text: string): Cue | null {
  const toks = text.trim().split(/\s+/);
  let j = toks.length - 1;
  const floor = Math.max(0, toks.length - 10);
  for (; j >= floor; j--) {
    if (!DETERMINER.test(toks[j])) continue;
    if (j > floor && /^(?:for|of|at|with|from)$/i.test(toks[j - 1] ?? '')) continue;
    break;
  }
  if (j < floor) return phraseCue(text, true);
  const words = toks.slice(j);
  const named = phraseCue(words.join(' '), true);
  if (named?.kind === 'name' && !/^(?:for|of|at|with|from)$/i.test(words[words.length - 2] ?? '')) return named;
  const head = (words.find((_w, k) => k > 0 && /^(?:for|of|at|with|from)$/i.test(words[k + 1] ?? '')) ?? words[words.length - 1]).toLowerCase();
  return { kind: 'nominal', phrase: words.join(' '), head };
}

/** The speaker named after a verb or "according to": "Sami al-Aridi, a police officer." */
function objectCue(text: string): Cue | null {
  const clause = text.replace(/^\s+/, '');
  if (/^(?:that|how|why|whether|if)\b/i.test(clause)) return null;
  const chunks = clause.split(/\s*,\s*/);
  const first = cutAdverbial(chunks[0]);
  if (/^(?:reporters|journalists|the\s+(?:newspaper|paper|station|network|crowd|audience))\b/i.test(first)) return null;
  const firstToks = first.split(/\s+/).filter(Boolean);
  if (firstToks.length === 1 && PRONOUN.test(firstToks[0])) return { kind: 'pronoun', pronoun: firstToks[0].toLowerCase() };
  // "exhorted Clinton’s introducer, actress Jamie Lee Curtis": a possessive description, then
  // the person it describes.
  if (/^\p{Lu}[\p{L}.-]*[’']s?\s+\p{Ll}+$/u.test(first) && chunks[1]) {
    const named = phraseCue(chunks[1].replace(/[.;:]+$/, ''), true);
    if (named?.kind === 'name') return { ...named, role: named.role ?? first };
  }
  let parsed: { name: string; title: string | null } | null = null;
  const run = phraseCue(first, true);
  if (run?.kind === 'name') parsed = { name: run.name, title: run.title };
  else if (/^\p{Lu}/u.test(first)) parsed = parseName(first);
  const apposition = chunks[1] && /^(?:the|a|an|[\p{L}]+[’']s)\s/iu.test(chunks[1]) ? roleText(chunks[1].replace(/[.;:]+$/, '')) : null;
  if (parsed && !/^(?:the|a|an)$/i.test(parsed.name)) {
    return { kind: 'name', name: parsed.name, title: parsed.title, role: apposition ?? (run?.kind === 'name' ? run.role : null) };
  }
  // "said the senior Cruz adviser": a description, even with a name inside it.
  const nominal = run?.kind === 'nominal' ? run : phraseCue(first, false);
  if (nominal?.kind === 'nominal') {
    // "said the city's mayor, Jane Roe"
    const named = chunks[1] ? parseName(chunks[1]) : null;
    if (named && /^\p{Lu}/u.test(chunks[1])) return { kind: 'name', name: named.name, title: named.title, role: roleText(nominal.phrase) };
    return nominal;
  }
  return null;
}

// "said Smith in a statement" → "Smith"; but a description keeps whom it belongs to: "a person
// close to the Clintons", "a spokeswoman for the House Armed Services Committee".
function cutAdverbial(phrase: string): string {
  const description = /^(?:the|a|an|one|another)\s/i.test(phrase);
  for (const m of phrase.matchAll(/\s+(in|on|at|during|after|before|to|from|who|when|while|as|about|of|that|because|with|told|said|late|last|this|earlier)\b/gi)) {
    const at = m.index ?? 0;
    const owner = /^(?:to|from|of|at|with)$/i.test(m[1]) || (/^for$/i.test(m[1]));
    if (description && owner && /^\s+(?:the\s+|both\s+)?\p{Lu}/u.test(phrase.slice(at + m[0].length))) continue;
    // "said master of ceremonies Asab Al-Tabchi": an office's "of", then the name.
    if (/^of$/i.test(m[1]) && /^\s+\p{Ll}+\s+\p{Lu}/u.test(phrase.slice(at + m[0].length))) continue;
    return phrase.slice(0, at);
  }
  return phrase;
}

// The clause after a quote runs to the first sentence end (not an abbreviation's dot) or dash.
function firstClause(text: string): string {
  const m = /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Maj|Lt|Col|Capt|Sgt|Adm|Rev|St|Jr|Sr|Prof|Del|Ret|Brig|Cmdr|No|[A-Z]))[.!?;:](?=\s|$)|\s[—–]\s|[“"«„]/.exec(text);
  return m ? text.slice(0, m.index) : text;
}

// The part of the sentence right before a quote (after the last sentence end).
function lastClause(text: string): string {
  const re = /(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Maj|Lt|Col|Capt|Sgt|Adm|Rev|St|Jr|Sr|Prof|Del|Ret|Brig|Cmdr|No|[A-Z]))[.!?]["”’]?\s+(?=\S)/g;
  let start = 0;
  for (const m of text.matchAll(re)) start = (m.index ?? 0) + m[0].length;
  return text.slice(start);
}

/** A signature line closing an epigraph-style quote: `S.C. Rep. Jim Clyburn.”` or
 *  `Dean Baker, Center for Economic and Policy Research."` */
export function signatureCue(line: string): Cue | null {
  const m = /^(\p{Lu}[^“”"]{1,100}?)[.]?["”]\s*$/u.exec(line.trim());
  if (!m || m[1].split(/\s+/).length > 12) return null;
  const cue = objectCue(m[1]);
  return cue?.kind === 'name' ? cue : null;
}

/** "PENCE: Well, ..." — speaker labels of transcripts, at the start of a quote. */
export function transcriptLabel(quoteText: string): string | null {
  const m = /^([A-Z][A-Z'’.\- ]{1,30}):\s/.exec(quoteText);
  return m ? m[1].trim() : null;
}
