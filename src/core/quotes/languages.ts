// Attributions in German, French and Spanish: „…“, sagte Petra Lang; « … », a déclaré le maire;
// «…», dijo Carlos Ruiz. These languages put the verb first after a quote, and German writes job
// titles with a capital ("Verkehrssenatorin Petra Lang"), so the English rules miss them.
import type { Cue } from './cues';

const GERMAN = 'sagte|sagt|sagten|erklärte|erklärt|betonte|betont|meinte|meint|ergänzte|ergänzt|warnte|warnt|kritisierte|schrieb|schreibt|fragte|antwortete|versicherte';
const FRENCH_PAST = '(?:a|avait|ont)\\s+(?:déclaré|dit|expliqué|affirmé|ajouté|souligné|estimé|indiqué|précisé|assuré|confié|lancé|répondu|reconnu|annoncé|insisté|rappelé|prévenu)';
const FRENCH_PRESENT = 'déclare|dit|explique|affirme|ajoute|souligne|estime|indique|précise|assure|confie|lance|répond|reconnaît|annonce|insiste|rappelle|prévient';
const SPANISH = 'dijo|afirmó|declaró|explicó|aseguró|señaló|añadió|agregó|indicó|comentó|destacó|sostuvo|advirtió|apuntó|subrayó|insistió|dice|afirma|explica|asegura|señala|añade';
const VERB = `(?:${GERMAN}|${FRENCH_PAST}|${FRENCH_PRESENT}|${SPANISH}|fügte\\s+\\S+\\s+hinzu|teilte\\s+\\S+\\s+mit)`;
/** "so" (German) and "selon"/"según" name the source right after the quote. */
const SOURCE = '(?:so|selon|según)';
const AFTER = new RegExp(`^[\\s,]*(?:${VERB}|(${SOURCE}))\\s+(.{1,160})`, 'u');
/** "Petra Lang sagte:", "Sophie Bernard a déclaré :", "Marta Gil dijo:" before a quote. */
const BEFORE = new RegExp(`(\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){0,2})\\s+${VERB}\\s*[:,]?\\s*$`, 'u');
const ARTICLE = /^(?:der|die|das|dessen|deren|ein|eine|le|la|les|un|une|el|los|las|una|l[’'])$/i;
/** Words that end the speaker's phrase: time and place adverbials. */
const ADVERBIAL = /^(?:nach|bei|während|vor|am|im|in|auf|lors|pendant|après|avant|devant|dans|en|à|au|durante|tras|ante|antes)$/i;
/** Prepositions after which a capitalised word names an institution, not the speaker. */
const OF = /^(?:de|del|des|du|von|vom|der|des|la)$/i;

/** The speaker named right after a quote in German, French or Spanish. */
export function foreignCueAfter(after: string): Cue | null {
  const m = AFTER.exec(after);
  if (!m) return null;
  const clause = m[2].split(/[.;!?]\s|[.;!?]$|\s[—–]\s/u)[0];
  // "so Petra Lang." — "so" only as the whole attribution, English "so" starts a clause.
  if (m[1] === 'so' && !/^\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}\s*[.,]?\s*$/u.test(clause)) return null;
  return speakerPhrase(clause);
}

/** "Petra Lang sagte: „…“" */
export function foreignCueBefore(before: string): Cue | null {
  const m = BEFORE.exec(before.slice(-120));
  return m ? { kind: 'name', name: m[1], title: null, role: null } : null;
}

// "Verkehrssenatorin Petra Lang nach der Sitzung", "l’architecte Sophie Bernard", "le maire lors
// de la cérémonie", "el consejero de Transportes, Carlos Ruiz, durante …", "Marta Gil, presidenta …".
function speakerPhrase(clause: string): Cue | null {
  const chunks = clause.split(/\s*,\s*/);
  const toks = chunks[0].replace(/\b([lL])[’']/u, '$1’ ').split(/\s+/).filter(Boolean);
  const role: string[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (ADVERBIAL.test(t) && k > 0) break;
    if (/^\p{Lu}/u.test(t) && !(k > 0 && OF.test(toks[k - 1]))) {
      const run: string[] = [];
      while (k < toks.length && /^\p{Lu}/u.test(toks[k])) run.push(toks[k++]);
      // German writes the job before the name with a capital: keep first name and surname.
      const name = run.length >= 3 ? run.slice(-2) : run;
      // "Marta Gil, presidenta de una asociación": an appositive after the name is the job too.
      const appositive = run.length === toks.length - role.length && /^\p{Ll}/u.test(chunks[1] ?? '') ? [chunks[1].trim()] : [];
      const job = [...role, ...run.slice(0, run.length - name.length), ...appositive].filter((w) => !ARTICLE.test(w)).join(' ');
      return { kind: 'name', name: name.join(' '), title: null, role: job || null };
    }
    role.push(t);
  }
  // "el consejero de Transportes, Carlos Ruiz,": the name follows its description.
  const named = chunks[1]?.trim() ?? '';
  const words = role.filter((w) => !ARTICLE.test(w));
  if (/^\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}$/u.test(named)) {
    return { kind: 'name', name: named, title: null, role: words.join(' ') || null };
  }
  if (!words.length || words.length > 5) return null;
  return { kind: 'nominal', phrase: words.join(' '), head: words[0].toLowerCase() };
}
