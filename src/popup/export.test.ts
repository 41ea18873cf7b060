import { describe, expect, it } from 'vitest';
import type { Analysis } from '../core/types';
import { escapeMarkdown, toMarkdown, toPlainText } from './export';

const analysis: Analysis = {
  url: 'https://news.example/2017/06/29/mosul',
  title: 'Iraq declares end to *caliphate*',
  byline: 'Sarah Tanner',
  published: '2017-06-29T18:42:00Z',
  site: 'The Capital Courier',
  lang: 'en',
  dir: 'ltr',
  isArticle: true,
  article: { text: '', paragraphs: [], words: 900 },
  readingMinutes: 4,
  clutter: [],
  summary: ['Iraqi forces retook the mosque.', 'The battle lasted eight months.'],
  quotes: [],
  keyQuotes: [
    { text: 'We are seeing the end of the fake Daesh state', speaker: 'Haider al-Abadi', role: 'prime minister', paragraph: 2 },
    { text: 'It is over', speaker: null, paragraph: 5 },
    { text: 'There are hundreds of bodies under the rubble', speaker: 'Dhia Thamir', title: 'Maj.', role: 'special forces', paragraph: 6 },
  ],
  places: [
    { name: 'Mosul', kind: 'city', country: 'Iraq', lat: 36.3, lon: 43.1, description: 'City on the Tigris', mentions: ['Mosul'], count: 7 },
    { name: 'Syria', kind: 'country', country: 'Syria', lat: 35, lon: 38, description: 'Country in Western Asia', mentions: ['Syria'], count: 1 },
    {
      name: 'Springfield', kind: 'city', country: 'United States', region: 'Illinois', lat: 39.8, lon: -89.6, description: 'City in Illinois', mentions: ['Springfield'], count: 1,
      alternative: { name: 'Springfield', kind: 'city', country: 'United States', region: 'Missouri', lat: 37.2, lon: -93.3 },
    },
  ],
  timing: { extract_ms: 0, analyze_ms: 0 },
};

describe('Markdown export', () => {
  it('heads the whole analysis with the linked title and keeps every section', () => {
    expect(toMarkdown(analysis)).toBe(
      [
        '# [Iraq declares end to \\*caliphate\\*](<https://news.example/2017/06/29/mosul>)',
        '## Summary',
        '- Iraqi forces retook the mosque.\n- The battle lasted eight months.',
        '## Key quotes',
        '> “We are seeing the end of the fake Daesh state”\n> — Haider al-Abadi, prime minister\n\n> “It is over”\n> — Unattributed\n\n> “There are hundreds of bodies under the rubble”\n> — Maj. Dhia Thamir, special forces',
        '## Places',
        '- **Mosul** — city, Iraq (7 mentions): City on the Tigris\n- **Syria** — country: Country in Western Asia\n' +
          '- **Springfield** — city, United States: City in Illinois — Not sure which: Springfield, Illinois, United States, or Springfield, Missouri, United States?',
      ].join('\n\n') + '\n',
    );
  });

  it('exports one section with the title and URL', () => {
    const md = toMarkdown(analysis, 'quotes');
    expect(md).toMatch(/^# \[Iraq declares/);
    expect(md).toContain('https://news.example/2017/06/29/mosul');
    expect(md).toContain('## Key quotes');
    expect(md).not.toContain('## Summary');
    expect(md).not.toContain('## Places');
  });

  it('leaves out empty sections and copes with a missing title and URL', () => {
    const md = toMarkdown({ ...analysis, title: null, url: null, summary: [] }, 'summary');
    expect(md).toBe('# Untitled article\n');
  });

  it('escapes characters that Markdown would take for formatting', () => {
    expect(escapeMarkdown('a *b* [c](d) `e` <f>')).toBe('a \\*b\\* \\[c\\](d) \\`e\\` \\<f\\>');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('AT&amp;T')).toBe('AT\\&amp;T');
  });
});

/** An article whose words attack whoever pastes them: markup, a script, a javascript: link, line
 * breaks that would open a heading, bidi overrides, a zero-width space, prototype names. */
const hostile: Analysis = {
  ...analysis,
  title: 'Council debates <img src=x onerror=alert(1)>\n# Owned',
  summary: ['Typing <script>alert(document.cookie)</script> ran it.', 'Hidden \u202egnp.exe\u202c and \u2067isolated\u2069 and zero\u200bwidth.'],
  keyQuotes: [{ text: 'Click [here](javascript:alert(1)) now\n\n## Injected', speaker: '__proto__', role: 'constructor', paragraph: 0 }],
  places: [],
};

describe('hostile text in exports', () => {
  it('stays text in Markdown: no tags, links, headings or reordering controls', () => {
    const md = toMarkdown(hostile);
    expect(md).toContain('Council debates \\<img src=x onerror=alert(1)\\> # Owned');
    expect(md).toContain('- Typing \\<script\\>alert(document.cookie)\\</script\\> ran it.');
    expect(md).toContain('Click \\[here\\](javascript:alert(1)) now ## Injected');
    expect(md).toContain('> — \\_\\_proto\\_\\_, constructor');
    // Every line is one the export wrote: headings only its own, no raw tag anywhere.
    expect(md.split('\n').filter((l) => l.startsWith('#'))).toEqual([expect.stringMatching(/^# \[Council/), '## Summary', '## Key quotes']);
    // The only unescaped angle brackets are the export's own around the article's address.
    expect(md.replace('(<https://news.example/2017/06/29/mosul>)', '')).not.toMatch(/(?<!\\)</);
    expect(md).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(md).toContain('zero\u200bwidth');
  });

  it('stays text in plain text: one line per item and no reordering controls', () => {
    const text = toPlainText(hostile);
    expect(text.split('\n')[0]).toBe('Council debates <img src=x onerror=alert(1)> # Owned');
    expect(text).toContain('“Click [here](javascript:alert(1)) now ## Injected”\n  — __proto__, constructor');
    expect(text).toContain('• Hidden gnp.exe and isolated and zero\u200bwidth.');
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('plain-text export', () => {
  it('has the title and URL on top and no Markdown marks', () => {
    const text = toPlainText(analysis);
    expect(text.split('\n').slice(0, 2)).toEqual(['Iraq declares end to *caliphate*', 'https://news.example/2017/06/29/mosul']);
    expect(text).toContain('SUMMARY\n• Iraqi forces retook the mosque.');
    expect(text).toContain('“We are seeing the end of the fake Daesh state”\n  — Haider al-Abadi, prime minister');
    expect(text).toContain('• Mosul (city, Iraq, 7 mentions): City on the Tigris');
    expect(text).not.toMatch(/^#|\*\*/m);
  });

  it('exports only the places when asked', () => {
    const text = toPlainText(analysis, 'places');
    expect(text).toContain('PLACES');
    expect(text).not.toContain('SUMMARY');
  });

  it('uses the labels of the reader’s language', () => {
    const text = toPlainText(analysis, 'summary', {
      untitled: 'Ohne Titel', summary: 'Zusammenfassung', quotes: 'Zitate', places: 'Orte', unattributed: 'Ohne Quelle',
      mentions: (n) => `${n}-mal erwähnt`, kind: (k) => k, unsure: (a, b) => `Unsicher: ${a} oder ${b}?`,
    });
    expect(text).toContain('ZUSAMMENFASSUNG');
  });
});
