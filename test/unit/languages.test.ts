// Articles in German, French, Spanish, Arabic, Chinese and Japanese (short original texts written
// for these fixtures): detected, summarised with sentences of their own, quotes and places where the
// script supports them.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHtml } from '../../src/cli/dom';
import { analyze } from '../../src/core/analyze';
import { loadGazetteer } from '../../src/cli/gazetteer';

const gazetteer = loadGazetteer();
const read = (lang: string) =>
  analyze(parseHtml(readFileSync(new URL(`../fixtures/pages/languages/${lang}.html`, import.meta.url), 'utf8')), { gazetteer });

describe.each([
  { lang: 'de', dir: 'ltr', quote: 'Wir schließen damit eine Lücke', place: null, clutter: true },
  { lang: 'fr', dir: 'ltr', quote: 'Ce pont change la vie des habitants', place: 'Lyon', clutter: true },
  { lang: 'es', dir: 'ltr', quote: 'Es una inversión que los vecinos', place: 'Madrid', clutter: true },
  { lang: 'ar', dir: 'rtl', quote: null, place: null, clutter: false },
  { lang: 'zh', dir: 'ltr', quote: null, place: null, clutter: false },
  { lang: 'ja', dir: 'ltr', quote: '市民の生活路線と観光客の移動を分ける', place: null, clutter: false },
])('an article in $lang', ({ lang, dir, quote, place, clutter }) => {
  const a = read(lang);

  it('is detected, with its language and direction', () => {
    expect(a.isArticle).toBe(true);
    expect(a.lang).toBe(lang);
    expect(a.dir).toBe(dir);
    expect(a.article!.paragraphs.length).toBeGreaterThanOrEqual(4);
  });

  it('is summarised in sentences of its own', () => {
    expect(a.summary.length).toBeGreaterThanOrEqual(2);
    for (const s of a.summary) expect(a.article!.text).toContain(s);
    // Sentences, not whole paragraphs: the first summary sentence is shorter than the first paragraph.
    expect(a.summary[0].length).toBeLessThan(a.article!.paragraphs[0].length);
  });

  if (quote) it('has its quotation marks read', () => expect(a.quotes.some((q) => q.text.includes(quote))).toBe(true));
  if (place) it('names its city', () => expect(a.places.map((p) => p.name)).toContain(place));
  if (clutter) it('has its subscription prompt found', () => expect(a.clutter.map((c) => c.kind)).toContain('paywall'));
});
