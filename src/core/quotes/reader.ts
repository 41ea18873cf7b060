// Reads the article's narration (the text outside quote marks) in order, noting who is named
// where, so that "he said" and unattributed follow-up quotes find their speaker.
import type { Quotation } from './marks';
import { unitBeforeRank } from './cues';
import { Cast, couldBeSurname, isPersonLike, namesIn, type Mention, type Person } from './names';

const SPEECH_AFTER = /^(?:\s*,[^,“”"]{1,80},)?\s+(?:\p{Ll}+ly\s+|also\s+|later\s+|then\s+|has\s+|had\s+)?(?:said|says|told|tells|added|adds|asked|wrote|writes|explained|noted|stated|argued|claimed|declared|insisted|warned|tweeted|announced|recalled|replied|responded|continued)\b/u;
const APPOSITIVE_AFTER = /^,\s+((?:the|a|an)\s[^,.;:“”"]{2,60}?|\p{Lu}[\p{L}.]*[’']s\s[^,.;:“”"]{2,60}?)(?=,|\.|;|$)/u;
const APPOSITIVE_BEFORE = /(?:^|[\s,])((?:the|a|an|\p{Lu}[\p{L}.]*[’']s)\s[^,.;:“”"]{2,50}),\s*$/u;
/** Auxiliaries and adverbs between a subject and its verb ("Trump has blasted", "Obama also addressed"). */
const AUX = '(?:(?:\\p{Ll}+ly|also|later|then|has|had|have|once|again|still|now|even|never|would|will)\\s+){0,3}';
const VERB_AFTER = new RegExp(`^(?:,\\s[^,]{1,80},)?\\s+${AUX}(?:\\p{Ll}{2,}ed|says|said|told|wrote|adds|notes|argues|insists|claims|warns)\\b`, 'u');
const LONE_SUBJECT = new RegExp(`^(?:,\\s(?:who|a|an|the)\\s[^,]{1,80},)?\\s+${AUX}(?:\\p{Ll}+ed|said|says|told|tells|wrote|writes|adds|notes|argues|insists|claims|warns)\\b`, 'u');
/** "…, said Christine Link, executive director …": a name right after a speech verb that opens its
 *  clause is the subject (inverted); in "he said Ryan" the name is an object. */
const SPEECH_BEFORE = /(?:^|[,:—–]\s*)(?:said|says|added|adds|asked|wrote|writes|explained|noted|argued|insisted|warned|continued|according to)\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;
/** "Robby Mook, Clinton’s campaign manager": a possessive name in an appositive qualifies the
 *  subject, it is not the subject (but "Tuttle’s article attacked …" keeps Tuttle as the topic). */
const POSSESSIVE = /^[’']s?\b/;
const OBJECT_BEFORE = /\b(?:a|an|of|in|on|at|for|with|by|from|to|into|about|against)\s+$/i;
const PRONOUN_SUBJECT = /(?:^|[.!?;]\s+|,\s+)(He|She|he|she)\s+(?=\p{Ll})/gu;
const KIN = /\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(wife|husband|son|daughter|father|mother|brother|sister),\s+(\p{Lu}\p{Ll}+),/gu;
const CAPITAL_WORD = /\b\p{Lu}[\p{L}’'-]+/gu;
/** "touched down in California", "travels around Iowa": a word the article puts things in is a
 *  place, so "But California offered …" is not a person called California. ("from" and "at"
 *  are left out: "a call from Carson", "aimed at Carson" name people; and a word followed by a
 *  possessive or another name, "in Clinton’s camp", "in Bernie Sanders", is not taken.) */
const LOCATIVE_WORD = /\b(?:in|around|across|throughout|near|outside)\s+(\p{Lu}[\p{L}-]+)\b(?![’'\s]\p{Lu})/gu;

export class Reader {
  private para = 0;
  private offset = 0;
  private skip = 0;
  private readonly skips = new Map<number, [number, number][]>();
  private readonly places = new Set<string>();

  constructor(
    private readonly paragraphs: string[],
    quotations: Quotation[],
    private readonly cast: Cast,
  ) {
    for (const q of quotations) {
      for (const s of q) {
        const list = this.skips.get(s.paragraph) ?? [];
        list.push([s.outerStart, s.outerEnd]);
        this.skips.set(s.paragraph, list);
      }
    }
    for (const p of paragraphs) for (const m of p.matchAll(LOCATIVE_WORD)) this.places.add(m[1]);
  }

  /** Reads the narration up to (paragraph, offset). */
  readTo(paragraph: number, offset: number): void {
    while (this.para < paragraph || (this.para === paragraph && this.offset < offset)) {
      const p = this.paragraphs[this.para] ?? '';
      const stop = this.para === paragraph ? offset : p.length;
      let from = this.offset;
      const skips = this.skips.get(this.para) ?? [];
      // Quotes are met in order, so a cursor over them keeps reading linear in their number.
      while (this.skip < skips.length && skips[this.skip][1] <= from) this.skip++;
      for (let k = this.skip; k < skips.length; k++) {
        const [a, b] = skips[k];
        if (a >= stop) break;
        if (a > from) this.readRegion(this.para, from, a);
        from = Math.max(from, b);
      }
      if (from < stop) this.readRegion(this.para, from, stop);
      if (this.para === paragraph) this.offset = Math.max(this.offset, offset);
      else {
        this.para++;
        this.offset = 0;
        this.skip = 0;
      }
    }
  }

  private readRegion(paragraph: number, from: number, to: number): void {
    const text = this.paragraphs[paragraph].slice(from, to);
    const events: { at: number; end: number; run: () => void }[] = [];
    const covered: [number, number][] = [];
    for (const n of namesIn(text)) {
      const lastToken = n.name.split(' ').pop() ?? '';
      const end = text.indexOf(lastToken, n.index) + lastToken.length;
      covered.push([n.index, end]);
      events.push({
        at: n.index,
        end,
        run: () => {
          const tail = around(text, end, end + WINDOW);
          const head = around(text, n.index - WINDOW, n.index);
          const role =
            APPOSITIVE_AFTER.exec(tail)?.[1] ?? (/^,/.test(tail) ? APPOSITIVE_BEFORE.exec(head)?.[1] : undefined) ?? unitBeforeRank(head, n.title);
          const person = this.cast.meet(n.name, n.title, role ? role.replace(/^(?:the|a|an)\s+/i, '') : null);
          this.note(person, paragraph, from + n.index, head, tail);
        },
      });
    }
    // Later mentions by surname alone ("Abadi said") of people already met.
    for (const m of text.matchAll(CAPITAL_WORD)) {
      const at = m.index ?? 0;
      if (covered.some(([a, b]) => at >= a && at < b)) continue;
      events.push({
        at,
        end: at + m[0].length,
        run: () => {
          const token = m[0].replace(/[’']s$/, '');
          const head = around(text, at - WINDOW, at);
          const tail = around(text, at + token.length, at + token.length + WINDOW);
          let person = this.cast.find(token);
          // "Carson defied the question": a lone surname as the subject of a verb is a person.
          if (!person && opensClause(head) && couldBeSurname(token) && !this.places.has(token) && LONE_SUBJECT.test(tail)) person = this.cast.meet(token);
          if (person) this.note(person, paragraph, from + at, head, tail);
        },
      });
    }
    // "Her father, Brad, 39, worried …": relatives are often named by first name only.
    for (const m of text.matchAll(KIN)) {
      const at = (m.index ?? 0) + m[0].indexOf(m[2], m[1].length);
      events.push({
        at,
        end: at + m[2].length,
        run: () => {
          const person = this.cast.meet(m[2]);
          person.gender ??= /^(?:wife|mother|daughter|sister)$/.test(m[1]) ? 'f' : 'm';
          this.cast.mention(person, paragraph, from + at, true, SPEECH_AFTER.test(around(text, at + m[2].length, at + m[2].length + WINDOW)));
        },
      });
    }
    // "He currently serves as ambassador": a pronoun subject keeps its antecedent current.
    for (const m of text.matchAll(PRONOUN_SUBJECT)) {
      const at = (m.index ?? 0) + m[0].length - m[1].length;
      events.push({
        at,
        end: at + m[1].length,
        run: () => {
          const person = this.antecedent(m[1].toLowerCase(), paragraph, null);
          if (person) this.cast.mention(person, paragraph, from + at, true, SPEECH_AFTER.test(around(text, at + m[1].length, at + m[1].length + WINDOW)));
        },
      });
    }
    events.sort((x, y) => x.at - y.at);
    for (const e of events) e.run();
  }

  private note(person: Person, paragraph: number, offset: number, head: string, tail: string): void {
    // A subject opens its clause ("Gen. Smith said …") or governs a verb ("special forces
    // Maj. Sami al-Aridi acknowledged …").
    // Only when the name ends the clause: in "Cruz said Obama knows" the name starts a new one.
    const inverted = SPEECH_BEFORE.test(head.slice(-80)) && /^(?:\s*[,.;:(]|\s*$|\s+of\s)/.test(tail);
    // After an article or a preposition the name is an object, whatever verb follows ("wearing a
    // Canova T-Shirt covered in buttons").
    const governed = !OBJECT_BEFORE.test(head.slice(-12)) && VERB_AFTER.test(tail);
    const subject = !(POSSESSIVE.test(tail) && /,\s*$/.test(head)) && (opensClause(head) || governed || inverted);
    this.cast.mention(person, paragraph, offset, subject, SPEECH_AFTER.test(tail) || inverted);
    // "Bradley said she anticipated": the pronoun that follows a subject gives its gender.
    if (subject && !person.gender) {
      const clause = /^[^.!?;]*/.exec(tail.slice(0, 120))?.[0] ?? '';
      const clauseTillName = clause.split(/\s\p{Lu}\p{Ll}/u)[0];
      const f = /\b(?:she|her|herself)\b/i.test(clauseTillName);
      const m = /\b(?:he|his|him|himself)\b/i.test(clauseTillName);
      if (f !== m) person.gender = f ? 'f' : 'm';
    }
  }

  /** Records the speaker of a quote as the current topic of the narration. */
  spoke(person: Person, paragraph: number, offset: number): void {
    this.cast.mention(person, paragraph, offset, true, true);
  }

  /** Whom "he" or "she" refers to at this point: the latest person in subject position, within
   *  the last few paragraphs, whose known gender fits. */
  antecedent(
    pronoun: string,
    paragraph: number,
    lastSpeaker: { person: Person; paragraph: number } | null,
  ): Person | null {
    if (pronoun !== 'he' && pronoun !== 'she') return null;
    const gender = pronoun === 'he' ? 'm' : 'f';
    // Institutions ("Peabody Energy", "the Security Council") are "it", never "he" or "she".
    const fits = (p: Person): boolean => (p.gender === null || p.gender === gender) && isPersonLike(p.name);
    let any: Person | null = null;
    const mentions = this.cast.mentions;
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i];
      if (m.paragraph < paragraph - 3) break;
      if (!fits(m.person)) continue;
      if (m.subject || m.speech) return m.person;
      any ??= m.person;
    }
    if (lastSpeaker && fits(lastSpeaker.person)) return lastSpeaker.person;
    return any;
  }

  /** The latest "Name said …" in this paragraph before the offset. */
  lastSubjectSpeakerIn(paragraph: number, offset: number): Person | null {
    return this.latestIn(paragraph, offset, (m) => m.speech);
  }

  /** The latest person in subject position in this paragraph before the offset. */
  lastSubjectIn(paragraph: number, offset: number): Person | null {
    // (A headline in capitals, "UN: PEACEKEEPERS PAYING …", names nobody.)
    return this.latestIn(paragraph, offset, (m) => m.subject && isPersonLike(m.person.name) && /\p{Ll}/u.test(m.person.name));
  }

  private latestIn(paragraph: number, offset: number, test: (m: Mention) => boolean): Person | null {
    const mentions = this.cast.mentions;
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i];
      if (m.paragraph < paragraph) break;
      if (m.paragraph === paragraph && m.offset < offset && test(m)) return m.person;
    }
    return null;
  }
}

/** How far around a name the narration is read: enough for a clause, and a paragraph of many
 *  names stays linear. */
const WINDOW = 240;
const around = (text: string, from: number, to: number): string => text.slice(Math.max(0, from), to);

// A name opens its clause when only a few words (a title, "the", a dateline) come before it.
function opensClause(head: string): boolean {
  const clause = head.split(/[.;:!?]\s+|,\s+|\s[—–]\s/).pop() ?? '';
  const lowerWords = clause.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w) && !/^(?:and|but|then|so|yet|still|now|also)$/.test(w)).length;
  return lowerWords === 0;
}
