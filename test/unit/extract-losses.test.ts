// The benchmark's kinds of detection losses (scripts/bench/extract/losses.mjs), on a made-up page
// where Lede's extraction is given by hand: which story snippets it left out, which boilerplate it kept.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
// @ts-expect-error plain JavaScript benchmark module, no types
import { pageLosses } from '../../scripts/bench/extract/losses.mjs';

const doc = parseHtml(`<html><body><main>
  <p class="standfirst">The council has a new budget, and it is smaller.</p>
  <p id="a">The council voted on Tuesday to cut spending by a tenth.</p>
  <figure><img src="x.jpg"><figcaption>The council chamber on Tuesday.</figcaption></figure>
  <p id="b">The mayor said the cuts would spare the libraries.</p>
  <p id="c">Never miss a story: sign up to our newsletter today.</p>
  <ul id="d"><li><a href="/1">Read more about the budget</a> and <a href="/2">the vote</a></li></ul>
  <p id="e">Jane Doe covers the council for the paper.</p>
  <p class="end">The budget takes effect in April.</p>
</main></body></html>`);
const block = (id: string) => doc.getElementById(id)!;
const blocks = ['a', 'b', 'c', 'd', 'e'].map(block);
const extraction = { isArticle: true, blocks, paragraphs: blocks.map((b) => b.textContent!.trim()) };

describe('kinds of detection losses', () => {
  it('sorts left-out story text by where it stands', () => {
    const { missed } = pageLosses(doc, extraction, {
      with: ['a new budget, and it is smaller', 'The council chamber on Tuesday', 'takes effect in April', 'cut spending by a tenth'],
      without: [],
    });
    expect(missed).toEqual(['standfirst or intro', 'caption (photo pages)', 'end of the story']);
  });

  it('sorts kept boilerplate by its wording and its block', () => {
    const { leaked } = pageLosses(doc, extraction, { with: [], without: ['Never miss a story', 'Read more about the budget', 'covers the council for the paper', 'Not on the page'] });
    expect(leaked).toEqual(['newsletter or subscription plug', 'link roll', 'end matter']);
  });

  it('counts every story snippet as lost when no article was found', () => {
    const { missed } = pageLosses(doc, { isArticle: false, blocks: [], paragraphs: [] }, { with: ['cut spending', 'the libraries'], without: [] });
    expect(missed).toEqual(['no article found', 'no article found']);
  });
});
