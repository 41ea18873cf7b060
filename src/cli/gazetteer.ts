// Loads the committed gazetteer asset for the command line.
import type { Gazetteer } from '../core/places';

// FIRST CUT (to be replaced when the asset exists).
export function loadGazetteer(): Gazetteer | null {
  return null;
}
