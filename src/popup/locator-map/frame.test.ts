import { describe, expect, it } from 'vitest';
import type { Place } from '../../core/types';
import { distanceKm, mainPlace, splitFrame } from './frame';

const place = (name: string, kind: Place['kind'], count: number, lat: number, lon: number, firstParagraph = 0): Place => ({
  name, kind, count, lat, lon, firstParagraph, country: null, description: '', mentions: [name],
});

// The sample article's places (assets/sample/mosul.html), as the glossary gives them.
const mosulStory = [
  place('Iraq', 'country', 11, 33.0, 44.0),
  place('Mosul', 'city', 6, 36.34, 43.13),
  place('United States', 'country', 3, 39.8, -98.6, 3),
  place('Syria', 'country', 1, 35.0, 38.0, 4),
  place('Old City', 'neighbourhood', 5, 36.34, 43.13, 2),
  place('Tigris River', 'river', 1, 36.0, 43.3, 5),
  place('Pentagon', 'landmark', 1, 38.87, -77.06, 9),
];

describe('the story’s main place', () => {
  it('is the town the story keeps returning to, not its more often named country', () => {
    expect(mainPlace(mosulStory)).toBe('Mosul');
  });

  it('is the most named place when no town recurs', () => {
    expect(mainPlace([place('France', 'country', 4, 46, 2), place('Lyon', 'city', 1, 45.76, 4.84)])).toBe('France');
    expect(mainPlace([])).toBeNull();
  });
});

describe('what the map frames', () => {
  const points = mosulStory.map(({ name, lat, lon }) => ({ name, lat: lat!, lon: lon! }));

  it('frames the places near the main one and sends the far ones to the inset', () => {
    const { framed, outliers } = splitFrame(points, 'Mosul');
    expect(framed.map((p) => p.name).sort()).toEqual(['Iraq', 'Mosul', 'Old City', 'Syria', 'Tigris River']);
    expect(outliers.map((p) => p.name).sort()).toEqual(['Pentagon', 'United States']);
  });

  it('frames everything together when the story is not set in one region', () => {
    const tour = [
      { name: 'Tokyo', lat: 35.68, lon: 139.69 },
      { name: 'Paris', lat: 48.86, lon: 2.35 },
      { name: 'Lima', lat: -12.05, lon: -77.04 },
    ];
    expect(splitFrame(tour, 'Tokyo')).toEqual({ framed: tour, outliers: [] });
  });

  it('measures great-circle distances', () => {
    expect(distanceKm({ name: 'a', lat: 48.86, lon: 2.35 }, { name: 'b', lat: 51.51, lon: -0.13 })).toBeCloseTo(344, -1);
  });
});
