import { describe, expect, it } from 'vitest';
import { contentStems, isStopWord, stem, words } from './index';

describe('words', () => {
  it('keeps apostrophes and hyphens inside words', () => {
    expect(words('Iraq’s second-largest city, al-Nuri mosque')).toEqual(['Iraq’s', 'second-largest', 'city', 'al-Nuri', 'mosque']);
  });

  it('segments Chinese into words', () => {
    expect(words('北京是中国的首都').length).toBeGreaterThan(2);
  });

  it('stems inflections to one form and drops function words from content stems', () => {
    expect(stem('fighters')).toBe(stem('fighter'));
    expect(stem('Bombardment’s')).toBe(stem('bombardment'));
    expect(contentStems('The forces were retaking the city')).toEqual(['forc', 'retak', 'citi']);
    expect(isStopWord('The')).toBe(true);
    expect(isStopWord('mosque')).toBe(false);
  });

  it('returns nothing for text without words', () => {
    expect(words('— … “ ”')).toEqual([]);
  });
});
