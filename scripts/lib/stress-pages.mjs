// Pages far past anything a news site serves, made on request (too big to keep as files): the
// e2e tests serve them (test/e2e/support/server.ts, under generated/) and bench:stress times Lede
// and its peers on them. Each is a function returning the page's HTML.
const SENTENCE = 'The council met again on Tuesday to argue about the budget for the coming year, and no one agreed.';

export const STRESS_PAGES = {
  // 50,000 paragraphs: past every budget of Lede's, and larger than any article.
  'huge.html': () =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An endless page</title></head><body><article><h1>An endless page</h1>${Array.from(
      { length: 50_000 },
      (_, i) => `<p>Paragraph ${i + 1}. ${SENTENCE}</p>`,
    ).join('')}</article></body></html>`,
  // One paragraph of 5 MB in a single text node, after an ordinary opening.
  'text-node.html': () =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A wall of text</title></head><body><article><h1>A wall of text</h1><p>It opens like any story. ${SENTENCE}</p><p>${`${SENTENCE} `.repeat(50_000)}</p></article></body></html>`,
  // 100,000 quotation marks, straight and curly, between the sentences of the story.
  'quote-marks.html': () =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Quotation marks everywhere</title></head><body><article><h1>Quotation marks everywhere</h1>${Array.from(
      { length: 200 },
      (_, i) => `<p>${i % 2 ? '“'.repeat(500) : '"'.repeat(250) + ` ${SENTENCE} ` + '"'.repeat(250)}</p>`,
    ).join('')}</article></body></html>`,
  // The story 2,000 elements deep. The HTML parser flattens nesting past 512 levels, so the page's
  // own script builds it, as a script-heavy site would. 2,000 is about as deep as Chromium itself
  // renders: its page process crashes, with or without Lede, between 2,000 and 3,000 levels (the
  // 5,000-level case is a unit test of core).
  'deep.html': () =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A deep page</title></head><body><script>
      let at = document.body;
      for (let i = 0; i < 2000; i++) at = at.appendChild(document.createElement('div'));
      const article = at.appendChild(document.createElement('article'));
      article.appendChild(document.createElement('h1')).textContent = 'A deep page';
      for (let i = 1; i <= 8; i++) article.appendChild(document.createElement('p')).textContent = 'Deep paragraph ' + i + '. ${SENTENCE}';
      document.documentElement.dataset.built = 'yes';
    </script></body></html>`,
};
