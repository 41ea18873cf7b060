// Place recognition and resolution against the gazetteer.
import type { Place } from '../types';
import type { Gazetteer } from './gazetteer';

export type { Gazetteer } from './gazetteer';
export { parseGazetteer } from './gazetteer';

// FIRST CUT (to be replaced).
export function findPlaces(_paragraphs: string[], _gazetteer: Gazetteer): Place[] {
  return [];
}
