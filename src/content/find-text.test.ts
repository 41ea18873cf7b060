import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findQuote, findText, type TextMatch } from './find-text';
import { createHighlighter, MARK_ATTR } from './highlight';

function page(html: string) {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return { document, blocks: Array.from(document.querySelectorAll('p')) };
}

const textOf = (m: TextMatch) => m.map((p) => p.node.data.slice(p.start, p.end)).join('|');

describe('finding the analysis’ text in the story', () => {
  it('finds a quote that runs across a link, with typographic quotes and extra spaces', () => {
    const { blocks } = page('<p>He said: “We are seeing the <a href="#">end of the  fake</a> Daesh state,” on Thursday.</p>');
    const match = findQuote(blocks, "We are seeing the end of the fake Daesh state");
    expect(match && textOf(match)).toBe('We are seeing the |end of the  fake| Daesh state');
  });

  it('finds a place only as a whole word, in every block', () => {
    const { blocks } = page('<p>Iraq and Iraqi forces.</p><p>Back in Iraq.</p>');
    const matches = findText(blocks, 'Iraq', { wholeWords: true });
    expect(matches.map(textOf)).toEqual(['Iraq', 'Iraq']);
    expect(matches[1][0].node.data).toBe('Back in Iraq.');
  });

  it('takes the reader to a quote’s opening words when its end was trimmed', () => {
    const { blocks } = page('<p>“One two three four five six seven eight nine ten eleven twelve thirteen,” she said.</p>');
    const match = findQuote(blocks, 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen');
    expect(match && textOf(match)).toBe('One two three four five six seven eight nine ten eleven twelve');
  });

  it('finds nothing for text that is not there', () => {
    const { blocks } = page('<p>Some story.</p>');
    expect(findText(blocks, 'Mosul')).toEqual([]);
    expect(findQuote(blocks, 'not here at all')).toBeNull();
  });
});

describe('highlighting without the CSS Custom Highlight API', () => {
  it('wraps every mention in a marked <mark> and unwraps to the same text', () => {
    const { document, blocks } = page('<p>Mosul, then <em>Mosul</em> and Mosul again.</p>');
    const before = document.body.innerHTML;
    const highlighter = createHighlighter(document, { useHighlightApi: false });
    highlighter.show(findText(blocks, 'Mosul', { wholeWords: true }), { flash: false });
    const marks = document.querySelectorAll(`mark[${MARK_ATTR}]`);
    expect(Array.from(marks, (m) => m.textContent)).toEqual(['Mosul', 'Mosul', 'Mosul']);
    expect(blocks[0].textContent).toBe('Mosul, then Mosul and Mosul again.');
    highlighter.clear();
    expect(document.querySelectorAll('mark').length).toBe(0);
    expect(document.body.innerHTML).toBe(before);
  });
});
