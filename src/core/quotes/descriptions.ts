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
export function describedSpeaker(phrase: string, cast: Cast): Described {
  const text = phrase.replace(/[.,;:]+$/, '').replace(ARTICLE, '').trim();
  const toks = text.split(/\s+/).filter(Boolean);
  const proper = toks.some((t, k) => !(k === 0 && /^(?:One|Another)$/.test(t)) && /^\p{Lu}/u.test(t) && !ROLE_CAPITAL.test(t.replace(/[’']s$/, '')));
  if (proper) return { person: null, label: withFullNames(toks, cast) };
  const end = toks.findIndex((t, k) => k > 0 && ROLE_END.test(t));
  const roleToks = (end > 0 ? toks.slice(0, end) : toks).map((t) => t.toLowerCase().replace(/[^\p{L}-]/gu, ''));
  const person = cast.byRole(roleToks);
  return person ? { person, label: null } : { person: null, label: text || null };
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
