import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { extractArticle } from '../../src/core/extract';

const prose = (n: number, topic = 'The council') =>
  Array.from({ length: n }, (_, i) =>
    `<p>${topic} met again on day ${i + 1}, and members argued at length about the budget, the schools and the roads, before agreeing to meet again next week to settle the matter.</p>`).join('\n');

describe('pages without an article', () => {
  it('a section front of linked teasers is not an article', () => {
    const teasers = Array.from({ length: 12 }, (_, i) =>
      `<div class="teaser"><h2><a href="/story/${i}">Headline number ${i} about something that happened today</a></h2><p>A short summary of story ${i}, in one line.</p></div>`).join('');
    const a = extractArticle(parseHtml(`<html><body><main>${teasers}</main></body></html>`));
    expect(a.isArticle).toBe(false);
    expect(a.paragraphs).toEqual([]);
  });

  it('a sign-in page is not an article', () => {
    const a = extractArticle(parseHtml(`<html><body><form><h1>Sign in</h1><label>Email <input type=email></label>
      <label>Password <input type=password></label><button>Sign in</button><p>Forgot your password?</p></form></body></html>`));
    expect(a.isArticle).toBe(false);
  });

  it('empty, broken and body-less pages give a clear "no article" answer', () => {
    for (const html of ['', '<html>', '<p>unclosed <b>bold', '<html><head><title>x</title></head></html>', '<<<>>>&&&']) {
      const a = extractArticle(parseHtml(html));
      expect(a.isArticle).toBe(false);
      expect(a.blocks).toEqual([]);
    }
  });
});

describe('articles in other shapes', () => {
  it('a paywalled story delivered as its first paragraph, beside a box of related links, is an article', () => {
    const related = Array.from({ length: 8 }, (_, i) =>
      `<h3><a href="/story/${i}">Another story about the prison service, number ${i}</a></h3>`).join('');
    const lead = 'A senior prison official has said in a sworn affidavit that anyone determined enough could escape.';
    const html = `<html><head><meta property="og:type" content="article"></head><body><main>
      <h1>Prison official: anyone could escape</h1><p>${lead}</p><div id="pay-barrier"></div>
      <div class="related-posts"><h4>Related articles</h4>${related}</div></main></body></html>`;
    const a = extractArticle(parseHtml(html));
    expect(a.isArticle).toBe(true);
    expect(a.paragraphs).toEqual([lead]);
  });

  it('finds a story split by an ad into two containers and keeps in-story headings', () => {
    const html = `<html><head><meta property="og:title" content="Council agrees budget"></head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <div class="story"><h1>Council agrees budget</h1>
        <div class="body-part">${prose(3)}</div>
        <div class="ad-slot"><p>Advertisement</p></div>
        <h2>What happens next</h2>
        <div class="body-part">${prose(3, 'The mayor')}</div>
      </div>
      <footer><p>© 2024 Example News. All rights reserved.</p></footer></body></html>`;
    const a = extractArticle(parseHtml(html));
    expect(a.isArticle).toBe(true);
    expect(a.title).toBe('Council agrees budget');
    expect(a.paragraphs).toHaveLength(7);
    expect(a.paragraphs[3]).toBe('What happens next');
    expect(a.paragraphs.join(' ')).not.toMatch(/Advertisement|All rights reserved|Home/);
  });

  it('ends the story before a label that introduced links, but keeps a sentence that introduces an embed', () => {
    const page = (last: string) => `<html><body><article>${prose(4)}<p>${last}</p>
      <ul><li><a href="/a">Council to vote on the budget again</a></li><li><a href="/b">Mayor answers critics</a></li></ul>
      </article></body></html>`;
    expect(extractArticle(parseHtml(page('Mehr zu diesem Thema:'))).paragraphs.at(-1)).toMatch(/^The council met again on day 4/);
    const embed = 'Residents on social media seemed a bit confused by the vote:';
    expect(extractArticle(parseHtml(page(embed))).paragraphs.at(-1)).toBe(embed);
  });

  it('a short post its author set in headings is an article, and its last long heading is not cut as a section heading', () => {
    const lines = [
      'The poster contest for children is held for the sixth time this year, and every child from six to twelve may take part.',
      'Draw a poster under the motto "Keep our waters clean!" and send your message to the city by the third of April.',
    ];
    const html = `<html><head><meta property="og:title" content="Keep our waters clean!"></head><body>
      <nav><a href="/">Home</a></nav><article><p><em>Once more, something about water:</em></p><h1>Keep our waters clean!</h1><blockquote>
      <h2>The poster contest</h2><h3>${lines[0]}</h3><h4>${lines[1]}</h4></blockquote></article>
      <div id="comments"><h3>Leave a reply</h3></div></body></html>`;
    const a = extractArticle(parseHtml(html));
    expect(a.isArticle).toBe(true);
    expect(a.paragraphs.slice(-2)).toEqual(lines);
  });

  it('keeps the standfirst under a headline set in an <h2> or a styled box, found by the page title', () => {
    const dek = 'The city will spend less on roads and more on schools next year, after a month of argument over what to cut.';
    const page = (headline: string) => `<html><head><meta property="og:title" content="Council agrees: budget"></head><body>
      <div class="top"><a href="/"><img alt="Example News"></a></div>
      <div class="intro">${headline}<p>${dek}</p></div>
      <div class="body">${prose(4)}</div></body></html>`;
    for (const headline of ['<h2>Council agrees : budget</h2>', '<div class="title">Council agrees: budget</div>']) {
      expect(extractArticle(parseHtml(page(headline))).paragraphs[0]).toBe(dek);
    }
    // A box of some other text above the body is not a standfirst just because it is there.
    expect(extractArticle(parseHtml(page('<h2>Elsewhere today</h2>'))).paragraphs[0]).toMatch(/^The council met again on day 1/);
  });

  it('keeps a standfirst set as a subheading under the headline, but not a short section heading there', () => {
    const page = (sub: string) => `<html><body><article>
      <header><h1>Council agrees budget</h1><h2>${sub}</h2><p class="byline">By Jane Doe</p></header>
      <div class="body">${prose(4)}</div></article></body></html>`;
    const dek = 'The city will spend less on roads and more on schools next year, after a month of argument over what to cut.';
    expect(extractArticle(parseHtml(page(dek))).paragraphs[0]).toBe(dek);
    expect(extractArticle(parseHtml(page('Roads and schools'))).paragraphs[0]).toMatch(/^The council met again on day 1/);
  });

  it('drops loose labels but keeps a results table and an ingredient list, whose lines are short by nature', () => {
    const html = `<html><body><article><h1>Busch wins at Bristol</h1>${prose(2, 'The race')}
      <p>Photo</p>
      <table><tr><th>Driver</th><th>Points</th></tr><tr><td>Kyle Busch</td><td>1</td></tr></table>
      <ul><li>6 eggs</li><li>200 g flour</li></ul>${prose(2, 'The crew')}</article></body></html>`;
    const doc = parseHtml(html);
    const a = extractArticle(doc);
    expect(a.paragraphs).toEqual(expect.arrayContaining(['Driver', 'Points', 'Kyle Busch', '1', '6 eggs', '200 g flour']));
    expect(a.paragraphs).not.toContain('Photo');
    // The benchmark's ablation switch turns exactly that judgment off.
    expect(extractArticle(doc, { signalsOff: new Set(['label-lines']) }).paragraphs).toContain('Photo');
  });

  it('keeps bare text split by <br> in a div, in page order around a heading', () => {
    const line = 'Officials said the bridge would stay closed for repairs, which are expected to take several weeks.';
    const html = `<html><body><div class="content">${line}<br><br>${line.replace('bridge', 'tunnel')}
      <h2>Detours</h2>${line.replace('bridge', 'ferry')}<br>${line.replace('bridge', 'road')} ${line}</div></body></html>`;
    const a = extractArticle(parseHtml(html));
    expect(a.isArticle).toBe(true);
    expect(a.paragraphs.map((p) => p.slice(0, 25))).toEqual([
      'Officials said the bridge',
      'Detours',
      'Officials said the ferry ',
    ]);
  });

  it('reads JSON-LD author, date and headline and marks Arabic pages right-to-left', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', headline: 'عنوان الخبر الرئيسي اليوم',
      author: [{ '@type': 'Person', name: 'Layla Haddad' }], datePublished: '2021-03-04T05:06:07+03:00', publisher: { name: 'Al Example' } }] };
    const p = '<p>قال المسؤولون إن الجسر سيبقى مغلقا للإصلاحات، التي من المتوقع أن تستغرق عدة أسابيع، وإن حركة المرور ستتحول إلى الطرق الجانبية.</p>';
    const html = `<html lang="ar"><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><article>${p.repeat(5)}</article></body></html>`;
    const a = extractArticle(parseHtml(html));
    expect(a.isArticle).toBe(true);
    expect(a.title).toBe('عنوان الخبر الرئيسي اليوم');
    expect(a.byline).toBe('Layla Haddad');
    expect(a.published).toBe('2021-03-04T05:06:07+03:00');
    expect(a.site).toBe('Al Example');
    expect(a.dir).toBe('rtl');
  });

  it('survives a very deep page without overflowing the stack', () => {
    const depth = 20000;
    const html = `<html><body>${'<div>'.repeat(depth)}${prose(4)}${'</div>'.repeat(depth)}</body></html>`;
    const a = extractArticle(parseHtml(html));
    expect(a.isArticle).toBe(true);
    expect(a.paragraphs).toHaveLength(4);
  });

  it('strips the site name from <title> when nothing better is given', () => {
    const a = extractArticle(parseHtml(`<html><head><title>Storm closes coastal roads - Example Gazette</title></head><body><div>${prose(4)}</div></body></html>`));
    expect(a.title).toBe('Storm closes coastal roads');
  });
});
