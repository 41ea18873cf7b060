// The benchmark's kinds of wrong place resolutions (scripts/bench/place-errors.mjs).
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript benchmark module, no types
import { errorKind } from '../../scripts/bench/place-errors.mjs';

describe('kinds of wrong resolutions', () => {
  it('tells a large area’s own point from another large area', () => {
    expect(errorKind({ name: 'Japan', km: 174 }, { name: 'Japan', kind: 'country' }, [])).toBe('point of a large area');
    expect(errorKind({ name: 'Lebanon', km: 9235 }, { name: 'Lebanon', kind: 'country' }, [])).toBe('other large area');
  });

  it('sets apart streets and buildings, and names written as demonyms', () => {
    expect(errorKind({ name: 'Main Street', km: 800 }, { name: 'Main Street', kind: 'landmark' }, [])).toBe('street or building');
    expect(errorKind({ name: 'Iraqi', km: 300 }, { name: 'Iraq', kind: 'city' }, [])).toBe('demonym or alias');
  });

  it('splits namesakes into far away and nearby', () => {
    const paris = { name: 'Paris', kind: 'city' };
    const london = { name: 'London', kind: 'city' };
    expect(errorKind({ name: 'Paris', km: 7000 }, paris, [paris, london])).toBe('namesake far away');
    expect(errorKind({ name: 'London', km: 300 }, london, [paris, london])).toBe('namesake nearby');
  });

  it('sets apart a namesake in an article that names no other place', () => {
    const athens = { name: 'Athens', kind: 'city' };
    expect(errorKind({ name: 'Athens', km: 1178 }, athens, [athens])).toBe('namesake, sole place');
  });
});
