// The place glossary: names found in the article, resolved against the offline gazetteer.
import type { Place } from '../types';
import type { Gazetteer } from './gazetteer';
import { findMentions } from './mentions';
import { resolveMentions, type Resolved } from './resolve';
import { byImportance, toPlace } from './glossary';

export type { Gazetteer } from './gazetteer';
export { parseGazetteer } from './gazetteer';

/** Never throws: an empty or unusable gazetteer gives an empty glossary. */
export function findPlaces(paragraphs: string[], gazetteer: Gazetteer): Place[] {
  if (!gazetteer || !gazetteer.size || !Array.isArray(paragraphs)) return [];
  const texts = paragraphs.filter((p): p is string => typeof p === 'string');
  const { mentions } = findMentions(texts, gazetteer);
  const resolved = resolveMentions(mentions);
  const byEntry = new Map<string, Resolved[]>();
  for (const r of resolved) byEntry.set(r.entry.id, [...(byEntry.get(r.entry.id) ?? []), r]);
  const places: Place[] = [];
  for (const uses of byEntry.values()) {
    uses.sort((a, b) => a.mention.paragraph - b.mention.paragraph || a.mention.start - b.mention.start);
    places.push(toPlace(uses[0].entry, uses, gazetteer));
  }
  return places.sort(byImportance);
}
