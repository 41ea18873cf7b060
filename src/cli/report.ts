// Output of the command line: the JSON shape other tools rely on, or a readable report.
import type { Analysis } from '../core/types';

/** Exactly the documented `--json` shape; nulls where unknown. */
export function toJsonReport(a: Analysis) {
  return {
    title: a.title,
    byline: a.byline,
    published: a.published,
    site: a.site,
    lang: a.lang,
    isArticle: a.isArticle,
    article: a.article,
    clutter: a.clutter.map(({ kind, text }) => ({ kind, text })),
    summary: a.summary,
    quotes: a.quotes.map(({ text, speaker }) => ({ text, speaker })),
    places: a.places.map((p) => ({
      name: p.name,
      kind: p.kind,
      country: p.country,
      lat: p.lat,
      lon: p.lon,
      // The GeoNames id of the entry, so that other tools can join on it (null: no GeoNames entry,
      // such as a curated region or a county from the Census outlines).
      geonameid: p.geonameid ?? null,
      mentions: p.mentions,
      count: p.count,
      description: p.description,
    })),
    timing: a.timing,
  };
}

export function toTextReport(a: Analysis): string {
  const out: string[] = [];
  const line = (s = '') => out.push(s);
  line(a.title ?? '(untitled)');
  line([a.site, a.byline, a.published].filter(Boolean).join(' · '));
  if (!a.isArticle || !a.article) {
    line('\nNo article found on this page.');
    return out.join('\n') + '\n';
  }
  line(`${a.article.words} words · ${a.readingMinutes} min read`);
  line('\nSummary');
  for (const s of a.summary) line(`  • ${s}`);
  line('\nKey quotes');
  for (const q of a.keyQuotes) line(`  “${q.text}” — ${q.speaker ?? 'unattributed'}`);
  if (!a.keyQuotes.length) line('  (none)');
  line('\nPlaces');
  for (const p of a.places) {
    const where = [p.kind, p.kind === 'country' ? null : p.country].filter(Boolean).join(', ');
    line(`  ${p.name} (${where}) ×${p.count}: ${p.description}`);
  }
  if (!a.places.length) line('  (none)');
  line(`\nClutter hidden: ${a.clutter.length}`);
  for (const c of a.clutter) line(`  [${c.kind}] ${c.text.slice(0, 100)}`);
  line(`\nTiming: extract ${a.timing.extract_ms} ms, analyse ${a.timing.analyze_ms} ms`);
  return out.join('\n') + '\n';
}
