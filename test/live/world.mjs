// The live-page test world: news pages as readers meet them, with the clutter built by the page's
// own scripts after load, the way subscription, consent and comments vendors do it. Each page is a
// real article of the PolNeAR development set (../shared/corpus, never copied into the repository),
// set in one of four common news layouts, with one clutter behaviour from site/clutter.js.
//
// Nothing here names a vendor or copies one: the behaviours are modelled in general terms (a
// dialog and backdrop injected late with the scroll locked, a story cut short under a fade, a story
// blurred under an offer, a prompt in a shadow root or an iframe, a bar that keeps coming back, a
// pop-in on scroll, a consent banner, a comments widget's gate) and use the kinds of class names
// sites use: plain words on some pages, hashed CSS-in-JS names or none at all on others.
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const CORPUS = new URL('../../../shared/corpus/quotes/polnear/dev/', import.meta.url).pathname;

/**
 * The pages. `behaviour` selects the clutter script; `layout` the markup around the story.
 * `keep`: what must stay visible on the page (a consent banner is the reader's to answer);
 * `locks`: the site locks scrolling under its prompt; `blurs`: it blurs the story it delivered.
 */
export const LIVE_PAGES = [
  { name: 'late-modal', layout: 'classic', behaviour: 'late-modal', locks: true },
  { name: 'truncated-fade', layout: 'hashed', behaviour: 'truncated-fade' },
  { name: 'blurred-story', layout: 'modern', behaviour: 'blurred-story', blurs: true },
  { name: 'shadow-prompt', layout: 'soup', behaviour: 'shadow-prompt' },
  { name: 'iframe-prompt', layout: 'classic', behaviour: 'iframe-prompt' },
  { name: 'sticky-bar', layout: 'hashed', behaviour: 'sticky-bar' },
  { name: 'newsletter-on-scroll', layout: 'modern', behaviour: 'newsletter-on-scroll' },
  { name: 'cookie-consent', layout: 'soup', behaviour: 'cookie-consent', keep: ['consent'] },
  { name: 'comments-gate', layout: 'classic', behaviour: 'comments-gate' },
  { name: 'sign-in-wall', layout: 'modern', behaviour: 'sign-in-wall', locks: true },
  { name: 'toggled-dialog', layout: 'hashed', behaviour: 'toggled-dialog', locks: true },
  { name: 'lookalikes-boxes', layout: 'classic', behaviour: 'none', lookalikes: 'boxes' },
  { name: 'lookalikes-podcast', layout: 'soup', behaviour: 'none', lookalikes: 'podcast' },
];

/**
 * The articles: development documents with 8 to 40 paragraphs, spread evenly over the sorted set
 * (a fixed rule, not a choice of pages that happen to work).
 */
function articles() {
  if (!existsSync(CORPUS)) throw new Error(`The live-page world needs the development corpus at ${CORPUS}`);
  const docs = readdirSync(CORPUS).filter((f) => f.endsWith('.json')).sort()
    .map((f) => JSON.parse(readFileSync(CORPUS + f, 'utf8')))
    .filter((d) => d.paragraphs.length >= 8 && d.paragraphs.length <= 40);
  const step = docs.length / LIVE_PAGES.length;
  return LIVE_PAGES.map((_, i) => docs[Math.floor(i * step)]);
}

let cache = null;
function article(name) {
  cache ??= articles();
  const i = LIVE_PAGES.findIndex((p) => p.name === name);
  return i < 0 ? null : { page: LIVE_PAGES[i], doc: cache[i] };
}

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Boxes inside the story that look like prompts but are journalism; they must stay visible. */
const LOOKALIKES = {
  boxes: {
    after: 2,
    html: `<aside class="factbox"><h3>Key facts</h3><ul><li>Polls close at 8 p.m. local time.</li>
      <li>Results are expected after midnight.</li><li>Turnout in the last election was 61 percent.</li></ul></aside>
      <blockquote class="pullquote"><p>“Nobody in this race can afford to take a single county for granted.”</p></blockquote>`,
  },
  podcast: {
    after: 3,
    html: `<p>Subscribe to our politics podcast, The Campaign Trail, on Apple Podcasts, Spotify or wherever you get your podcasts, for more on this story every weekday morning.</p>
      <div class="info-box"><strong>How to watch:</strong> The debate airs at 9 p.m. Eastern on the major networks and streams free on the commission’s website.</div>`,
  },
};

/** The markup around the story, as four kinds of news site write it. `story` is the selector of
 * the story's paragraphs, for the test harness only (Lede never sees it: it is on our script tag). */
const LAYOUTS = {
  classic: {
    story: '.article-body > p',
    page: ({ title, byline, body, site }) => `
  <header class="site-header"><a class="logo" href="/">${site}</a>
    <nav><a href="/politics">Politics</a> <a href="/world">World</a> <a href="/business">Business</a> <a href="/account">Subscribe</a></nav></header>
  <main>
    <article class="story">
      <h1 class="headline">${title}</h1>
      <p class="byline">By ${byline} · <time datetime="2016-10-02T09:00:00Z">Oct. 2, 2016</time></p>
      <div class="article-body">${body}</div>
    </article>
    <aside class="related"><h2>More in Politics</h2><ul><li><a href="/a">Senate returns to budget talks</a></li><li><a href="/b">Governor signs transit bill</a></li></ul></aside>
  </main>
  <footer class="site-footer"><a href="/about">About us</a> · <a href="/privacy">Privacy</a> · © ${site}</footer>`,
  },
  hashed: {
    story: 'section[name="articleBody"] p',
    page: ({ title, byline, body, site }) => `
  <div class="css-1q2w3e"><div class="css-k9d8s"><a href="/">${site}</a></div>
    <div class="css-77aa1"><a href="/section/us">U.S.</a><a href="/section/world">World</a></div></div>
  <div id="site-content" class="css-0">
    <div class="css-53u6y8"><h1 class="css-fwqvlz">${title}</h1>
      <div class="css-ymxi58"><span class="css-1baulvz">By ${byline}</span> <time class="css-129k401" datetime="2016-10-02">Oct. 2, 2016</time></div>
      <section name="articleBody" class="css-bx6j">${body}</section>
    </div>
    <div class="css-1o0jx8"><h2 class="css-8hzhxf">Most Popular</h2><ol><li><a href="/x">Markets slip as rates rise</a></li><li><a href="/y">A city’s plan for its river</a></li></ol></div>
  </div>`,
  },
  modern: {
    story: 'article .prose > p',
    page: ({ title, byline, body, site }) => `
  <header><a href="/">${site}</a></header>
  <main id="main">
    <article>
      <header><h1>${title}</h1><address>${byline}</address><time datetime="2016-10-02">2 October 2016</time></header>
      <div class="prose">${body}</div>
    </article>
  </main>
  <footer><p>${site} — independent news since 1901</p></footer>`,
  },
  soup: {
    story: '#story-text > p',
    page: ({ title, byline, body, site }) => `
  <div id="wrapper"><div id="top"><a href="/">${site}</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></div>
    <div class="row"><div class="col-8">
      <div class="title-area"><h1>${title}</h1><div class="meta">${byline} — Oct 2, 2016</div></div>
      <div id="story-text">${body}</div>
    </div><div class="col-4"><div class="widget"><h4>Trending</h4><a href="/t1">Storm heads north</a><br><a href="/t2">Team wins final</a></div></div></div>
    <div id="bottom">Copyright ${site}</div></div>`,
  },
};

/** The page a reader loads: the story first, the site's own script, then its clutter script. */
export function livePage(name, query = '') {
  const found = article(name);
  if (!found) return null;
  const { page, doc } = found;
  const layout = LAYOUTS[page.layout];
  const extra = page.lookalikes ? LOOKALIKES[page.lookalikes] : null;
  const paragraphs = doc.paragraphs.map((p) => `<p>${escape(p)}</p>`);
  if (extra) paragraphs.splice(extra.after, 0, extra.html);
  const site = doc.id.split('_')[0].replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()) + ' Daily';
  const start = /(?:^|&)clutter=load\b/.test(query) ? 'load' : 'manual';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${escape(doc.title)} | ${escape(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/live/site/site.css"></head>
<body class="layout-${page.layout}">
${layout.page({ title: escape(doc.title), byline: 'Staff Reporter', body: paragraphs.join('\n'), site: escape(site) })}
<script src="/live/site/harness.js" data-story="${escape(layout.story)}" data-start="${start}"></script>
<script src="/live/site/site.js"></script>
<script src="/live/site/clutter.js" data-behaviour="${page.behaviour}"></script>
</body>
</html>`;
}

/** The paragraphs of a page's story as the corpus has them (for the tests' checks). */
export function liveStory(name) {
  return article(name)?.doc.paragraphs ?? [];
}

/** Static files of the world: the site's scripts, its style and its iframe documents. */
export const LIVE_SITE_DIR = new URL('./site/', import.meta.url).pathname;
