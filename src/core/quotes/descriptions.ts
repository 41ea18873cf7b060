// Speakers given by description rather than by name: "a senior Cruz adviser", "Ryan’s office",
// "the former secretary of state", "the Florida senator".
import type { Cast, Person } from './names';

export interface Described {
  person: Person | null;
  label: string | null;
}

/** Capitalised words that describe a role or party, not whom the speaker belongs to. */
const ROLE_CAPITAL =
  /^(?:The|A|An|One|Another|Republican|Republicans|Democratic|Democrat|Democrats|GOP|Presidential|President|Senator|Sen\.|Rep\.|Gov\.|Governor|Mayor|Secretary|Chairman|Former|Vice|Speaker|Senate|House|Congress|Congressional)$/;
const ARTICLE = /^(?:the|a|an)\s+/i;
/** Words after which a description names what the role belongs to ("secretary of state"). */
const ROLE_END = /^(?:of|for|to|at|with|from|close|in|on|who|that)$/i;

/**
 * A description that names someone or something ("a Clinton campaign spokesman", "a person close
 * to the Clintons", "the Florida senator") is given as written, with people named by surname given
 * their full name: what it says is true, and it tells whose side the speaker speaks for. A bare
 * role ("the former secretary of state", "the spokesman") is the person the article introduced
 * with that role.
 */
export function describedSpeaker(phrase: string, cast: Cast, before: () => string = () => ''): Described {
  const text = phrase.replace(/[.,;:]+$/, '').replace(ARTICLE, '').trim();
  const toks = text.split(/\s+/).filter(Boolean);
  const proper = toks.some((t, k) => !(k === 0 && /^(?:One|Another)$/.test(t)) && /^\p{Lu}/u.test(t) && !ROLE_CAPITAL.test(t.replace(/[’']s$/, '')));
  if (proper) return { person: null, label: withFullNames(toks, cast) };
  const end = toks.findIndex((t, k) => k > 0 && ROLE_END.test(t));
  const roleToks = (end > 0 ? toks.slice(0, end) : toks).map((t) => t.toLowerCase().replace(/[^\p{L}-]/gu, ''));
  const person = cast.byRole(roleToks);
  if (person) return { person, label: null };
  const institution = toks.length === 1 && /^(?:the|its)\s/i.test(phrase.trim()) ? namedInstitution(toks[0].toLowerCase(), before()) : null;
  return { person: null, label: institution ?? (text || null) };
}

/** Nouns of institutions that news names once in full and then by the noun alone. */
const INSTITUTION = /^(?:board|committee|council|ministry|department|agency|commission|court|campaign|company|party|bureau|union|foundation|institute|association|organization|organisation|administration|office)$/;
const institutionPatterns = new Map<string, RegExp>();

/**
 * "The Illinois Board of Elections ruled … “…,” the board said": the institution the story
 * named with that noun, most recently, as it named it ("Illinois Board of Elections", "Clinton
 * campaign", "Ministry of Defence"). Null when the story named none.
 */
function namedInstitution(head: string, text: string): string | null {
  if (!INSTITUTION.test(head) || !text) return null;
  let re = institutionPatterns.get(head);
  if (!re) {
    const cap = head[0].toUpperCase() + head.slice(1);
    // Capitalised words, then the noun (capitalised or not), then "of the Xs" if it goes on.
    const word = "\\p{Lu}[\\p{L}.’'&-]*";
    re = new RegExp(`(?:${word}\\s+)*(?:${cap}|${head})\\b(?:\\s+(?:of|for|on)(?:\\s+the)?(?:\\s+${word})+)?`, 'gu');
    institutionPatterns.set(head, re);
  }
  let found: string | null = null;
  for (const m of text.matchAll(re)) {
    const name = m[0].replace(/^(?:The|A|An|Its|This)\s+/, '');
    // A name has more than the bare noun: "Board of Elections", "Illinois Board", "Clinton campaign".
    if (name.split(/\s+/).length > 1 && /^\p{Lu}/u.test(name)) found = name;
  }
  return found;
}

// "senior Cruz adviser" → "senior Ted Cruz adviser", when the article has named Ted Cruz.
function withFullNames(toks: string[], cast: Cast): string {
  return toks
    .map((t, k) => {
      if (k > 0 && /^\p{Lu}/u.test(toks[k - 1]) && !ROLE_CAPITAL.test(toks[k - 1])) return t; // "Bill Clinton" is already full
      const possessive = /[’']s?$/.exec(t)?.[0] ?? '';
      const bare = t.slice(0, t.length - possessive.length).replace(/[,;:]$/, '');
      if (!/^\p{Lu}\p{Ll}/u.test(bare) || ROLE_CAPITAL.test(bare)) return t;
      const person = cast.find(bare);
      return person && person.name.split(/\s+/).length > 1 && person.name.endsWith(bare) ? person.name + possessive : t;
    })
    .join(' ');
}
