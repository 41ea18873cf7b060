import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHtml } from '../cli/dom';
import { analyze } from './analyze';

const sample = readFileSync(new URL('../../assets/sample/mosul.html', import.meta.url), 'utf8');

describe('analyze on the sample article', () => {
  it('finds the story and its lead', () => {
    const a = analyze(parseHtml(sample));
    expect(a.isArticle).toBe(true);
    expect(a.title).toMatch(/^Iraq’s prime minister declares end/);
    expect(a.summary[0]).toMatch(/^MOSUL, Iraq — Iraq’s prime minister declared/);
  });
});
