import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseHtml } from '../../cli/dom';
import { extractArticle } from '../extract';
import { findClutter, startClutterHiding, type ClutterController } from '.';
import { guardFor, scanForClutter } from './find';

const sample = readFileSync(new URL('../../../assets/sample/mosul.html', import.meta.url), 'utf8');
const story = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}: the council met again, and members argued at length about the budget, the schools and the roads before agreeing to meet next week.</p>`).join('');

function load(html: string) {
  const doc = parseHtml(html);
  return { doc, article: extractArticle(doc) };
}

/** Story text never sits in, under or around a marked element. */
function assertStoryIntact(doc: Document, blocks: Element[]) {
  for (const el of Array.from(doc.querySelectorAll('[data-lede-clutter]'))) {
    for (const b of blocks) {
      expect(el.contains(b) || b.contains(el)).toBe(false);
    }
  }
}

describe('findClutter on the sample page', () => {
  const { doc, article } = load(sample);
  const found = findClutter(doc, article);

  it('finds the newsletter box, comment gate, password reset and subscribe banner, in page order', () => {
    expect(found.map((f) => f.kind)).toEqual(['newsletter', 'comment-gate', 'registration', 'paywall']);
    expect(found[0].text).toMatch(/^World Brief Get the day’s most important world news/);
    expect(found[0].text).toMatch(/By signing up you agree/);
    expect(found[1].text).toMatch(/^Only subscribers are eligible to post comments/);
    expect(found[2].text).toMatch(/^Reset your password/);
    expect(found[3].text).toMatch(/You’ve read 3 of 5 free articles/);
  });

  it('never takes an element holding story text', () => {
    for (const f of found) for (const b of article.blocks) expect(f.element.contains(b) || b.contains(f.element)).toBe(false);
  });

  it('finds the same boxes from the extraction walk as from its own walk of the page', () => {
    // The content script uses the first; late additions to the page go through the second.
    const walked = scanForClutter(doc, [doc.body], guardFor(article), null).findings;
    expect(walked.map((f) => [f.kind, f.text])).toEqual(found.map((f) => [f.kind, f.text]));
  });

  it('leaves the header links and related links alone', () => {
    const texts = found.map((f) => f.text).join(' ');
    expect(texts).not.toMatch(/More from World|Politics|About us/);
  });
});

describe('clutter wording inside the story', () => {
  it('a story paragraph that talks about subscriptions is not clutter', () => {
    const quote = '<p>“Subscribe now for unlimited access,” the billboard said, and already a subscriber, she laughed at the offer for $1 a week, the report said.</p>';
    const { doc, article } = load(`<html><body><article>${story(3)}${quote}${story(2)}</article></body></html>`);
    expect(article.paragraphs.some((p) => p.includes('billboard'))).toBe(true);
    expect(findClutter(doc, article)).toEqual([]);
  });

  it('German, French and Spanish paywall and newsletter wording is recognised', () => {
    const boxes = [
      '<div class="box"><p>Sie sind bereits Abonnent? Hier anmelden.</p></div>',
      '<div class="box"><p>Déjà abonné ? Connectez-vous pour lire la suite.</p></div>',
      '<div class="box"><p>¿Ya eres suscriptor? Inicia sesión.</p></div>',
      '<div class="box"><p>Jetzt zum Newsletter anmelden und nichts verpassen.</p></div>',
    ];
    const { doc, article } = load(`<html><body><article>${story(5)}</article>${boxes.join('')}</body></html>`);
    expect(findClutter(doc, article).map((f) => f.kind)).toEqual(['paywall', 'paywall', 'paywall', 'newsletter']);
  });

  it('finds nothing on a page without an article', () => {
    const { doc, article } = load('<html><body><form><input type=email><button>Sign up for our newsletter</button></form></body></html>');
    expect(article.isArticle).toBe(false);
    expect(findClutter(doc, article)).toEqual([]);
  });
});

describe('startClutterHiding', () => {
  let controller: ClutterController | null = null;
  afterEach(() => controller?.stop());

  it('hides by marking, and show() puts the page back exactly', () => {
    const { doc, article } = load(sample);
    const before = doc.documentElement.outerHTML;
    controller = startClutterHiding(doc, article, { watchMs: 200 });
    expect(controller.hidden).toBe(true);
    expect(controller.items().map((i) => i.kind)).toEqual(['newsletter', 'comment-gate', 'registration', 'paywall']);
    expect(doc.documentElement.hasAttribute('data-lede-hiding')).toBe(true);
    const style = doc.getElementById('lede-clutter-style');
    expect(style?.textContent).toContain('[data-lede-clutter] { display: none !important; }');
    expect(doc.querySelector('.subscribe-banner')?.getAttribute('data-lede-clutter')).toBe('paywall');
    assertStoryIntact(doc, article.blocks);

    controller.show();
    expect(controller.hidden).toBe(false);
    expect(doc.getElementById('lede-clutter-style')).toBeNull();
    // Apart from our inert markers, the page is what the site served.
    const restored = doc.documentElement.outerHTML.replace(/ data-lede-clutter="[a-z-]+"/g, '');
    expect(restored).toBe(before);

    controller.hide();
    expect(doc.documentElement.hasAttribute('data-lede-hiding')).toBe(true);
    expect(doc.querySelectorAll('#lede-clutter-style')).toHaveLength(1);
  });

  it('hides clutter that arrives after start, and reports it', async () => {
    const { doc, article } = load(`<html><body><article>${story(5)}</article></body></html>`);
    const changes: number[] = [];
    controller = startClutterHiding(doc, article, { watchMs: 2000, onChange: (items) => changes.push(items.length) });
    expect(controller.items()).toEqual([]);
    const late = doc.createElement('div');
    late.className = 'tp-modal';
    late.setAttribute('role', 'dialog');
    late.innerHTML = '<p>You have reached your limit of free articles. Subscribe for unlimited access.</p><a href="/login">Already a subscriber? Sign in</a>';
    doc.body.appendChild(late);
    await new Promise((r) => setTimeout(r, 200));
    if (typeof doc.defaultView?.MutationObserver !== 'function') return; // no observer: start-time scan only
    expect(late.getAttribute('data-lede-clutter')).toBe('paywall');
    expect(changes).toEqual([1]);
    expect(controller.items()[0].text).toMatch(/reached your limit/);
  });

  it('never hides a late element that holds story text', async () => {
    const { doc, article } = load(`<html><body><article>${story(5)}</article></body></html>`);
    controller = startClutterHiding(doc, article, { watchMs: 2000 });
    // A site script wraps a story paragraph in a "subscribe" box (a truncation teaser).
    const first = article.blocks[0];
    const wrapper = doc.createElement('div');
    wrapper.className = 'subscribe-overlay';
    wrapper.setAttribute('role', 'dialog');
    first.parentElement!.insertBefore(wrapper, first);
    wrapper.appendChild(first);
    await new Promise((r) => setTimeout(r, 200));
    expect(wrapper.hasAttribute('data-lede-clutter')).toBe(false);
    assertStoryIntact(doc, article.blocks);
  });

  it('stop() leaves the page as it is and watches no more', async () => {
    const { doc, article } = load(sample);
    controller = startClutterHiding(doc, article, { watchMs: 5000 });
    controller.stop();
    const late = doc.createElement('div');
    late.innerHTML = '<p>Sign up for our daily newsletter: the best stories delivered to your inbox.</p>';
    doc.body.appendChild(late);
    await new Promise((r) => setTimeout(r, 150));
    expect(late.firstElementChild!.hasAttribute('data-lede-clutter')).toBe(false);
    expect(controller.hidden).toBe(true);
    expect(doc.documentElement.hasAttribute('data-lede-hiding')).toBe(true);
  });

  it('on a page without an article hides nothing and its controls are harmless', () => {
    const { doc, article } = load('<html><body><p>Subscribe now for unlimited access for $1 a week.</p></body></html>');
    controller = startClutterHiding(doc, article);
    expect(controller.items()).toEqual([]);
    expect(controller.hidden).toBe(false);
    controller.show();
    controller.stop();
    expect(doc.querySelector('[data-lede-clutter]')).toBeNull();
  });

  it('releases a scroll lock the site set while its modal is up', () => {
    const { doc, article } = load(`<html><body class="modal-open" style="overflow: hidden"><article>${story(5)}</article>
      <div class="paywall-modal" role="dialog"><p>Subscribe today for unlimited digital access.</p></div></body></html>`);
    controller = startClutterHiding(doc, article, { watchMs: 100 });
    expect(doc.documentElement.getAttribute('data-lede-unlock')).toBe('overflow');
    expect(doc.body.getAttribute('style')).toBe('overflow: hidden');
  });
});

describe('clutter that readers must keep, and offer boxes after a cut story', () => {
  // "Pay or accept": the consent question itself offers a subscription, and is still the reader's.
  it('leaves a cookie-consent banner alone, even one that offers a subscription', () => {
    const { doc, article } = load(`<html><body><article><h1>Council meets</h1>${story(8)}</article>
      <div class="banner"><p>We and our partners use cookies to store and access information on your device. Accept them, or subscribe to read without ads for €2.99 a month.</p>
      <p><button>Accept all</button> <button>Reject all</button></p></div>
      <div class="offer"><p>Subscribe now for $1 a week. Already a subscriber? Log in</p></div></body></html>`);
    const kinds = findClutter(doc, article).map((f) => f.text);
    expect(kinds.some((t) => /Already a subscriber/.test(t))).toBe(true);
    expect(kinds.some((t) => /cookies/.test(t))).toBe(false);
  });

  it('does not count the lines of an offer box after a cut story as story', () => {
    const { article } = load(`<html><body><main><h1>Council meets</h1><section>${story(4)}</section>
      <div class="x1"><h3>Subscribe to keep reading</h3><p>Get unlimited digital access for $1 a week.</p>
      <p><button>Subscribe</button> Already a subscriber? <a href="/login">Sign in</a></p></div></main></body></html>`);
    expect(article.paragraphs).toHaveLength(4);
    expect(article.paragraphs.join(' ')).not.toMatch(/unlimited digital access|Already a subscriber/);
  });

  it('treats a membership appeal in a box at the story’s end as an offer box, in English, German and Spanish', () => {
    for (const appeal of [
      '<h3>A note to readers</h3><p>We have reported on this city for 106 years. Become a member today and support independent journalism.</p>',
      '<p>Werden Sie Mitglied bei uns und erhalten Sie exklusive Angebote!</p>',
      '<h2>Un público informado decide mejor</h2><p>Hacemos periodismo desde hace 106 años. Hazte miembro y disfruta de beneficios exclusivos.</p>',
    ]) {
      const { article } = load(`<html><body><main><h1>Council meets</h1><section>${story(4)}
        <div class="x1">${appeal}</div></section></main></body></html>`);
      expect(article.paragraphs).toHaveLength(4);
    }
  });

  it('keeps a story paragraph about a newsroom asking readers for support', () => {
    const p = '<p>The paper, which has reported on the city for 106 years, asked readers to support independent journalism as its advertising income fell, and more than 2,000 of them have since become members.</p>';
    const { doc, article } = load(`<html><body><main><h1>Paper seeks members</h1><section>${story(3)}${p}${story(2)}</section></main></body></html>`);
    expect(article.paragraphs.some((t) => t.includes('asked readers to support'))).toBe(true);
    expect(findClutter(doc, article)).toEqual([]);
  });

  it('keeps a story’s own last paragraph that mentions subscribing', () => {
    const { article } = load(`<html><body><main><h1>Council meets</h1><section>${story(5)}
      <p>You can also subscribe to this newsletter here, and read every past issue in our archive.</p></section></main></body></html>`);
    expect(article.paragraphs.at(-1)).toMatch(/^You can also subscribe to this newsletter/);
  });
});

describe('the first scan reads what the detection walk skipped', () => {
  it('marks a dialog the page holds hidden, so it is hidden the moment the site shows it', () => {
    const { doc, article } = load(`<html><body><article><h1>Council meets</h1>${story(8)}</article>
      <div class="dialog-shell" hidden><h2>Already a subscriber? Log in to continue reading.</h2><p>Get unlimited digital access for $1 a week.</p></div>
      </body></html>`);
    const controller = startClutterHiding(doc, article, { watchMs: 0 });
    expect(controller.items().map((c) => c.text)).toEqual([expect.stringMatching(/^Already a subscriber\?/)]);
    expect(doc.querySelector('.dialog-shell')?.hasAttribute('data-lede-clutter')).toBe(true);
    controller.stop();
  });
});
