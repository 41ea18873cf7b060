// Property tests over generated pages and texts: whatever the page, core never throws and keeps the
// promises the popup makes to the reader. fast-check shrinks any failure to a small page to debug.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHtml } from '../../src/cli/dom';
import { analyze } from '../../src/core/analyze';
import { extractArticle } from '../../src/core/extract';
import { findClutter } from '../../src/core/clutter';
import { loadGazetteer } from '../../src/cli/gazetteer';

const gazetteer = loadGazetteer();

const WORDS = [
  'the', 'minister', 'said', 'Mosul', 'Iraq', 'forces', 'city', 'Paris', 'on', 'Thursday', 'he', 'she',
  'river', 'Tigris', 'government', 'people', 'would', 'not', 'U.S.', 'Gen.', 'Smith', 'Maria', 'Lopez',
  'subscribe', 'newsletter', 'log', 'in', 'password', 'Georgia', 'Jordan', 'March', 'of', 'and', '3.5',
  'percent', '—', 'told', 'reporters', 'according', 'to', 'mayor', 'Berlin', 'Ky.', 'Old', 'City',
];
// Text that tries to break things: markup, quote marks, bidi and zero-width characters, prototype names.
const HOSTILE = [
  '<script>alert(1)</script>', '“', '”', '"', "'", '‘', '’', '«', '»', '„', '\u202e', '\u200b', '__proto__',
  'constructor', 'javascript:alert(1)', '&amp;', '...', '?!', '\n', '  ',
];

const token = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });
const sentence = fc.array(token, { minLength: 1, maxLength: 30 }).map((ws) => ws.join(' ') + '.');
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map((ss) => ss.join(' '));

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A page: some story paragraphs in varied wrappers, with clutter-like blocks around them. */
const page = fc.record({
  title: sentence,
  paragraphs: fc.array(paragraph, { minLength: 0, maxLength: 25 }),
  wrapper: fc.constantFrom('article', 'div', 'main', 'section'),
  extras: fc.array(
    fc.constantFrom(
      '<div class="newsletter"><p>Sign up for our newsletter</p><input type="email"></div>',
      '<div class="paywall">Subscribe now. Already a subscriber? Log in</div>',
      '<nav><a href="/">Home</a> <a href="/world">World</a></nav>',
      '<footer>© 2024 Example News</footer>',
      '<form><input type="password"><button>Sign in</button></form>',
    ),
    { maxLength: 4 },
  ),
  nested: fc.boolean(),
});

function toHtml(p: fc.Arbitrary<unknown> extends never ? never : { title: string; paragraphs: string[]; wrapper: string; extras: string[]; nested: boolean }): string {
  const body = p.paragraphs.map((t) => `<p>${escapeHtml(t)}</p>`).join('\n');
  const story = p.nested ? `<div><div>${body}</div></div>` : body;
  return `<!doctype html><html><head><title>${escapeHtml(p.title)}</title></head><body>${p.extras[0] ?? ''}<${p.wrapper}><h1>${escapeHtml(p.title)}</h1>${story}</${p.wrapper}>${p.extras.slice(1).join('')}</body></html>`;
}

// A property test runs core 150 times; on a busy two-core machine that can take several seconds.
const PROPERTY_TIMEOUT = { timeout: 60_000 };

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * A quotation split by its attribution ("A," he said, "B.") is shown as its parts joined by a
 * space, so a quote must be made of pieces of the article in reading order, not one substring.
 */
function isMadeOfArticleText(quote: string, text: string): boolean {
  const words = quote.split(' ');
  let from = 0;
  let i = 0;
  while (i < words.length) {
    let j = i + 1;
    let at = text.indexOf(words.slice(i, j).join(' '), from);
    if (at < 0) return false;
    // Grow the piece as far as the article has it verbatim.
    while (j < words.length) {
      const next = text.indexOf(words.slice(i, j + 1).join(' '), from);
      if (next < 0) break;
      at = next;
      j++;
    }
    from = at + words.slice(i, j).join(' ').length;
    i = j;
  }
  return true;
}

describe('core on generated pages', () => {
  it('never throws and keeps what it shows faithful to the article', PROPERTY_TIMEOUT, () => {
    fc.assert(
      fc.property(page, (p) => {
        const analysis = analyze(parseHtml(toHtml(p)), { gazetteer });
        if (!analysis.article) {
          expect(analysis.summary).toEqual([]);
          return;
        }
        const text = collapse(analysis.article.text);
        for (const s of analysis.summary) expect(text).toContain(collapse(s));
        for (const q of analysis.quotes) expect(isMadeOfArticleText(collapse(q.text), text), q.text).toBe(true);
        for (const place of analysis.places) {
          for (const m of place.mentions) expect(text.toLowerCase()).toContain(m.toLowerCase());
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never marks as clutter an element that holds story text', PROPERTY_TIMEOUT, () => {
    fc.assert(
      fc.property(page, (p) => {
        const doc = parseHtml(toHtml(p));
        const article = extractArticle(doc);
        if (!article.isArticle) return;
        for (const finding of findClutter(doc, article)) {
          for (const block of article.blocks) {
            expect(finding.element.contains(block) || block.contains(finding.element)).toBe(false);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('under any time budget, answers faithfully and says when it stopped early', PROPERTY_TIMEOUT, () => {
    // A clock that stands still for a random number of reads and then races (every later read a
    // thousand seconds on) stands for a machine of any speed: every budget from there on is spent.
    const strip = (a: ReturnType<typeof analyze>) => ({ ...a, timing: null });
    fc.assert(
      fc.property(page, fc.nat({ max: 12 }), (p, reads) => {
        const html = toHtml(p);
        let n = 0;
        const hurried = analyze(parseHtml(html), { gazetteer, clock: () => (n++ < reads ? 0 : n * 1e6) });
        const text = collapse(hurried.article?.text ?? '');
        for (const s of hurried.summary) expect(text).toContain(collapse(s));
        for (const q of hurried.quotes) expect(isMadeOfArticleText(collapse(q.text), text), q.text).toBe(true);
        // A result not marked partial is the whole result: the budget changed nothing.
        if (!hurried.partial) expect(strip(hurried)).toEqual(strip(analyze(parseHtml(html), { gazetteer, clock: () => 0 })));
      }),
      { numRuns: 100 },
    );
  });
});

describe('core on strange input', () => {
  it('returns a clear no-article result for empty and broken pages', () => {
    for (const html of ['', '<html>', '<p>', '<<<>>>', '<body><div><div><span>x']) {
      const a = analyze(parseHtml(html));
      expect(a.isArticle).toBe(false);
      expect(a.article).toBeNull();
    }
  });

  it('survives a page 5,000 elements deep without overflowing the stack', () => {
    const depth = 5000;
    const html = `<body>${'<div>'.repeat(depth)}<p>${'Deep text that is a sentence of the story. '.repeat(20)}</p>${'</div>'.repeat(depth)}</body>`;
    expect(() => analyze(parseHtml(html), { gazetteer })).not.toThrow();
  });
});
