// Loads the committed gazetteer asset for the command line (the extension fetches the same file).
import { readFileSync } from 'node:fs';
import { parseGazetteer, type Gazetteer } from '../core/places';

/** From dist/cli/lede.mjs and from src/cli alike, the repo root is two folders up. */
export const GAZETTEER_FILE = new URL('../../assets/gazetteer/places.tsv', import.meta.url);

/** The parsed gazetteer, or null (no place glossary) when the asset is missing or unreadable. */
export function loadGazetteer(file: URL | string = GAZETTEER_FILE): Gazetteer | null {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  const gaz = parseGazetteer(raw);
  return gaz.size ? gaz : null;
}
