// The place glossary: names found in the article, resolved against the offline gazetteer.
import type { Place } from '../types';
import type { Gazetteer } from './gazetteer';
import { findMentions, placedByPreposition, type Mention } from './mentions';
import { personNameParts } from './people';
import { resolveMentions, type Resolved } from './resolve';
import { byImportance, toPlace } from './glossary';
import { findLocalPlaces } from './local';

export type { Gazetteer } from './gazetteer';
export { parseGazetteer } from './gazetteer';

/** A one-word name that the article also uses as a person's name is that person. */
function withoutPeople(mentions: Mention[], nameParts: Set<string>): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.surface.includes(' ') || !nameParts.has(m.surface.toLowerCase())) {
      out.push(m);
      continue;
    }
    // "Michael Jordan … Jordan scored": even a country's name is the person's, unless this very
    // mention is placed ("in Jordan", "Amman, Jordan").
    const placed = m.qualifier || m.isQualifier || placedByPreposition(m);
    if (placed) {
      out.push(m);
      continue;
    }
    const aliases = m.aliases.filter((a) => a.type === 'demonym' || (a.entry.kind === 'P' && (a.entry.capital || a.entry.pop >= 500000)));
    if (aliases.length) out.push({ ...m, aliases });
  }
  return out;
}

/** Never throws: an empty or unusable gazetteer gives an empty glossary. */
export function findPlaces(paragraphs: string[], gazetteer: Gazetteer): Place[] {
  if (!gazetteer || !gazetteer.size || !Array.isArray(paragraphs)) return [];
  const texts = paragraphs.filter((p): p is string => typeof p === 'string');
  const { mentions, sentences } = findMentions(texts, gazetteer);
  const resolved = resolveMentions(withoutPeople(mentions, personNameParts(sentences, gazetteer)));
  const byEntry = new Map<string, Resolved[]>();
  for (const r of resolved) byEntry.set(r.entry.id, [...(byEntry.get(r.entry.id) ?? []), r]);
  const places: Place[] = [];
  for (const uses of byEntry.values()) {
    uses.sort((a, b) => a.mention.paragraph - b.mention.paragraph || a.mention.start - b.mention.start);
    places.push(toPlace(uses[0].entry, uses, gazetteer));
  }
  places.push(...findLocalPlaces(sentences, resolved, gazetteer));
  return places.sort(byImportance);
}
