import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHtml } from './dom';
import { loadGazetteer } from './gazetteer';
import { analyze } from '../core/analyze';
import { toJsonReport } from './report';

describe('the --json report', () => {
  it('has exactly the documented shape, which other tools rely on', () => {
    const html = readFileSync(new URL('../../assets/sample/mosul.html', import.meta.url), 'utf8');
    const report = toJsonReport(analyze(parseHtml(html), { gazetteer: loadGazetteer() }));
    expect(Object.keys(report)).toEqual(['title', 'byline', 'published', 'site', 'lang', 'isArticle', 'article', 'clutter', 'summary', 'quotes', 'places', 'timing']);
    expect(Object.keys(report.article!)).toEqual(['text', 'paragraphs', 'words']);
    expect(report.article!.text).toBe(report.article!.paragraphs.join('\n\n'));
    for (const c of report.clutter) expect(Object.keys(c)).toEqual(['kind', 'text']);
    for (const q of report.quotes) expect(Object.keys(q)).toEqual(['text', 'speaker']);
    expect(report.places.length).toBeGreaterThan(0);
    // Countries carry their GeoNames id like towns do (Iraq is 99237 in GeoNames).
    expect(report.places.find((p) => p.name === 'Iraq')?.geonameid).toBe(99237);
    for (const p of report.places) {
      expect(Object.keys(p)).toEqual(['name', 'kind', 'country', 'lat', 'lon', 'geonameid', 'mentions', 'count', 'description']);
      for (const m of p.mentions) expect(typeof m).toBe('string');
      expect(p.geonameid === null || Number.isInteger(p.geonameid)).toBe(true);
    }
    expect(Object.keys(report.timing)).toEqual(['extract_ms', 'analyze_ms']);
    expect(report.summary.length).toBeGreaterThan(0);
    expect(report.quotes.length).toBeGreaterThan(0);
  });
});
