// What the locator map frames: the story's main place and the places near it. A place far from
// the story (the Pentagon in a story set in Mosul) goes to a small world inset instead of pulling
// the whole map out to a world view, where the story's own places would sit a few pixels apart.
import type { Place } from '../../core/types';

export interface MapPoint {
  name: string;
  lat: number;
  lon: number;
}

/** Places farther than this from the main place are outliers, shown in the inset. */
export const NEAR_KM = 2500;

/** Kinds that name a setting too large to be where a story happens. */
const BROAD = new Set<Place['kind']>(['country', 'continent', 'sea']);

/**
 * Where the story happens: the place it comes back to most. A country is named more often than
 * the town the story is set in ("Iraq" 11 times, "Mosul" 6), so a town, region or landmark that
 * recurs (at least twice) wins over the broad places; without one, the most mentioned place.
 * Ties go to the place mentioned first.
 */
export function mainPlace(places: Place[]): string | null {
  const located = places.filter((p) => typeof p.lat === 'number' && typeof p.lon === 'number');
  const order = (a: Place, b: Place) => b.count - a.count || (a.firstParagraph ?? 0) - (b.firstParagraph ?? 0);
  const specific = located.filter((p) => !BROAD.has(p.kind) && p.count >= 2).sort(order);
  return (specific[0] ?? [...located].sort(order)[0])?.name ?? null;
}

/** Great-circle distance in km. */
export function distanceKm(a: MapPoint, b: MapPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The places framed around the main one, and the far ones for the inset. When the far places are
 * as many as the near ones, the story is not set in one region (a summit, a world tour) and every
 * place is framed together.
 */
export function splitFrame(points: MapPoint[], main: string | null): { framed: MapPoint[]; outliers: MapPoint[] } {
  const centre = points.find((p) => p.name === main);
  if (!centre) return { framed: points, outliers: [] };
  const framed = points.filter((p) => distanceKm(p, centre) <= NEAR_KM);
  const outliers = points.filter((p) => distanceKm(p, centre) > NEAR_KM);
  return outliers.length >= framed.length ? { framed: points, outliers: [] } : { framed, outliers };
}
