import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHtml } from '../../src/cli/dom';
import { extractArticle } from '../../src/core/extract';

const sample = readFileSync(new URL('../../assets/sample/mosul.html', import.meta.url), 'utf8');

describe('extractArticle on the sample news page', () => {
  const a = extractArticle(parseHtml(sample), { url: 'https://courier.example/world/mosul' });

  it('returns exactly the 12 story paragraphs, in order', () => {
    expect(a.isArticle).toBe(true);
    expect(a.paragraphs).toHaveLength(12);
    expect(a.paragraphs[0]).toMatch(/^MOSUL, Iraq — Iraq’s prime minister declared/);
    expect(a.paragraphs[11]).toMatch(/victory in Mosul was “imminent\.”$/);
    expect(a.blocks).toHaveLength(12);
    a.blocks.forEach((b, i) => expect(b.textContent!.replace(/\s+/g, ' ').trim()).toBe(a.paragraphs[i]));
  });

  it('leaves out the kicker, byline, share bar, newsletter box and comment section', () => {
    const text = a.paragraphs.join('\n');
    for (const furniture of ['Middle East', 'Share on Facebook', 'World Brief', 'By signing up', 'Only subscribers', 'Reset your password', 'More from World']) {
      expect(text).not.toContain(furniture);
    }
  });

  it('reads headline, byline, date and site from the page metadata', () => {
    expect(a.title).toBe('Iraq’s prime minister declares end to Islamic State caliphate as forces retake Mosul mosque');
    expect(a.byline).toBe('Sarah Tanner');
    expect(a.published).toMatch(/^2017-06-29/);
    expect(a.site).toBe('The Capital Courier');
    expect(a.lang).toBe('en');
    expect(a.dir).toBe('ltr');
    expect(a.root?.contains(a.blocks[0])).toBe(true);
  });

  it('does not change the page', () => {
    const doc = parseHtml(sample);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
