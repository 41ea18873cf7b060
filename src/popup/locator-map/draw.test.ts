import { describe, expect, it } from 'vitest';
import { drawMap } from './draw';

const inside = (m: { x: number; y: number }, w: number, h: number) => m.x > 0 && m.x < w && m.y > 0 && m.y < h;

describe('locator map geometry', () => {
  it('zooms to the region of a story in Iraq and Syria, with every place on the map', () => {
    const map = drawMap(
      [
        { name: 'Mosul', lat: 36.34, lon: 43.12 },
        { name: 'Syria', lat: 35.0, lon: 38.5 },
      ],
      320,
      180,
    );
    expect(map.markers).toHaveLength(2);
    for (const m of map.markers) expect(inside(m, 320, 180)).toBe(true);
    // A regional view: the two places, 400 km apart, are far apart on screen (a world map at this
    // size would put them 4 px apart).
    const [a, b] = map.markers;
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(25);
    expect(map.land.length).toBeGreaterThan(5);
  });

  it('shows the whole world when the places span it', () => {
    const map = drawMap(
      [
        { name: 'Sydney', lat: -33.87, lon: 151.21 },
        { name: 'Toronto', lat: 43.7, lon: -79.4 },
      ],
      320,
      180,
    );
    for (const m of map.markers) expect(inside(m, 320, 180)).toBe(true);
    expect(map.markers[0].x).toBeGreaterThan(map.markers[1].x);
    expect(map.land.length).toBeGreaterThan(150);
  });

  it('frames a single town with its surroundings', () => {
    const map = drawMap([{ name: 'London, Ky.', lat: 37.13, lon: -84.08 }], 320, 180);
    expect(inside(map.markers[0], 320, 180)).toBe(true);
    expect(Math.abs(map.markers[0].x - 160)).toBeLessThan(20);
  });
});

describe('the inset for far places', () => {
  const story = [
    { name: 'Mosul', lat: 36.34, lon: 43.13 },
    { name: 'Syria', lat: 35.0, lon: 38.0 },
    { name: 'Pentagon', lat: 38.87, lon: -77.06 },
  ];

  it('keeps the story’s region on the main map and puts the far place in a corner inset', () => {
    const map = drawMap(story, 320, 180, 'Mosul');
    expect(map.markers.map((m) => m.name)).toEqual(['Mosul', 'Syria']);
    const [a, b] = map.markers;
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(25); // a regional view, not the world
    expect(map.inset?.markers.map((m) => m.name)).toEqual(['Pentagon']);
    const inset = map.inset!;
    expect(inset.width).toBeLessThan(320 / 2);
    // In a corner, and over none of the main map's markers.
    expect([0, 320 - inset.width]).toContain(inset.x);
    expect([0, 180 - inset.height]).toContain(inset.y);
    for (const m of map.markers) expect(inside({ x: m.x - inset.x, y: m.y - inset.y }, inset.width, inset.height)).toBe(false);
    for (const m of inset.markers) expect(inside(m, inset.width, inset.height)).toBe(true);
    expect(inset.frame).toMatch(/^M/); // the main map's extent drawn on the world
    expect(map.main).toBe('Mosul');
  });

  it('has no inset without a main place, as before', () => {
    expect(drawMap(story, 320, 180).inset).toBeNull();
  });
});
