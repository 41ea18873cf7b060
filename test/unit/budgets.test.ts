// Pages far past anything a news site serves: detection, clutter scanning and analysis stop at
// their budgets, keep what they read, and mark the result partial so the popup can say so.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { analyze } from '../../src/core/analyze';
import { DETECTION_LIMITS, extractArticle } from '../../src/core/extract';
import { scanClutter } from '../../src/core/clutter';
import { loadGazetteer } from '../../src/cli/gazetteer';

const gazetteer = loadGazetteer();
const SENTENCE = 'The council met on Tuesday to discuss the budget for the coming year. ';
const STORY = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the story. ${SENTENCE.repeat(3)}</p>`).join('');
const CLUTTER = '<div class="newsletter"><p>Sign up for our newsletter</p><input type="email"><button>Sign up</button></div>';
const page = (body: string) => `<!doctype html><html><head><title>Council budget</title></head><body>${body}</body></html>`;

/** A clock that stands still for `reads` reads, then jumps past every budget. */
const clockRunningOutAfter = (reads: number) => {
  let n = 0;
  return () => (n++ < reads ? 0 : 1e9);
};

describe('detection budget', () => {
  it('reads a 5 MB text node only up to the limit of one paragraph', () => {
    const huge = SENTENCE.repeat(Math.ceil(5_000_000 / SENTENCE.length));
    const a = extractArticle(parseHtml(page(`<article><h1>Council budget</h1>${STORY}<p>${huge}</p></article>`)));
    expect(a.isArticle).toBe(true);
    expect(a.partial).toBe(true);
    expect(Math.max(...a.paragraphs.map((p) => p.length))).toBeLessThanOrEqual(DETECTION_LIMITS.unitCharacters);
    expect(a.paragraphs[0]).toContain('Paragraph 0 of the story.');
  });

  it('stops on a 50,000-paragraph page and keeps the story it opens with', () => {
    const endless = Array.from({ length: 50_000 }, (_, i) => `<p>Entry ${i}. ${SENTENCE.repeat(2)}</p>`).join('');
    const a = analyze(parseHtml(page(`<article><h1>Council budget</h1>${STORY}${endless}</article>`)), { gazetteer });
    expect(a.isArticle).toBe(true);
    expect(a.partial).toBe(true);
    expect(a.article!.paragraphs[0]).toContain('Paragraph 0 of the story.');
    expect(a.summary.length).toBeGreaterThan(0);
  });

  it('stops walking when its time is spent, and says the result is partial', () => {
    // Enough elements that the walk asks the clock a few times.
    const filler = '<div><span>x</span></div>'.repeat(2_000);
    const html = page(`<article><h1>Council budget</h1>${STORY}</article>${filler}`);
    const unhurried = extractArticle(parseHtml(html), { clock: () => 0 });
    expect(unhurried.partial).toBeFalsy();
    const hurried = extractArticle(parseHtml(html), { clock: clockRunningOutAfter(2) });
    expect(hurried.partial).toBe(true);
    // The story came before the budget ran out: it is still found.
    expect(hurried.paragraphs).toEqual(unhurried.paragraphs);
  });

  it('counts elements, so a page of a million empty elements cannot hold the walk', () => {
    const html = page(`<article><h1>Council budget</h1>${STORY}</article>${'<i></i>'.repeat(50)}`);
    const a = extractArticle(parseHtml(html), { limits: { elements: 20 } });
    expect(a.partial).toBe(true);
  });
});

describe('clutter scan budget', () => {
  const doc = parseHtml(page(`<article><h1>Council budget</h1>${STORY}</article>${CLUTTER}`));
  const article = extractArticle(doc);

  it('finds the newsletter box with time to spare', () => {
    const scan = scanClutter(doc, article, { clock: () => 0 });
    expect(scan.partial).toBe(false);
    expect(scan.findings.map((f) => f.kind)).toEqual(['newsletter']);
  });

  it('stops when its time is spent, says so, and still never touches the story', () => {
    const scan = scanClutter(doc, article, { clock: clockRunningOutAfter(1) });
    expect(scan.partial).toBe(true);
    for (const f of scan.findings) for (const b of article.blocks) expect(f.element.contains(b)).toBe(false);
  });

  it('makes the whole analysis partial', () => {
    // A machine so slow that every look at the clock is 250 ms later: the clutter scan (200 ms)
    // runs out at its first look, the text stages (1,500 ms, three looks) do not.
    let t = 0;
    const a = analyze(doc, { clock: () => (t += 250), gazetteer });
    expect(a.partial).toBe(true);
    expect(a.summary.length).toBeGreaterThan(0);
  });
});

describe('analysis of hostile amounts of text', () => {
  it('answers an article of 100,000 quote marks', () => {
    const marks = Array.from({ length: 200 }, (_, i) => `<p>${i % 2 ? '“'.repeat(500) : '"'.repeat(250) + ' she said ' + '"'.repeat(250)}</p>`).join('');
    const a = analyze(parseHtml(page(`<article><h1>Council budget</h1>${STORY}${marks}</article>`)), { gazetteer });
    expect(a.isArticle).toBe(true);
    for (const q of a.quotes) expect(a.article!.text).toContain(q.text.split(' ')[0]);
  });
});
