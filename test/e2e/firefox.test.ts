// The whole path in real headless Firefox ESR: the reader opens an article, clicks Lede's button,
// reads the popup, and sees the page without its clutter. Lede is installed from dist/firefox as
// a temporary add-on, exactly as built (no host permissions, no content_scripts).
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { firefoxSuite } from './support/suite';
import { storyParagraphs } from './support/sample';

const suite = firefoxSuite();

const COMMENT_GATE = 'Only subscribers are eligible to post comments';

describe('Lede in Firefox on the sample article', () => {
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    page = await suite.firefox.newPage();
    await page.goto(suite.server.url('sample/mosul.html'));
    const tabId = await suite.firefox.clickAction(page);
    popup = await suite.firefox.openPopup(tabId);
  });

  it('shows the title, a summary, the key quotes with speakers and the places', async () => {
    const seen = await popup.evaluate(() => {
      const text = (el: Element | null | undefined) => (el?.textContent ?? '').trim();
      const quote = Array.from(document.querySelectorAll('.quote')).find((q) =>
        q.textContent?.includes('We are seeing the end of the fake Daesh state'),
      );
      return {
        title: text(document.querySelector('h1')),
        summary: document.querySelectorAll('.summary li').length,
        speaker: quote ? text(quote.querySelector('.speaker')) : null,
        places: Array.from(document.querySelectorAll('.place'), text),
      };
    });
    expect(seen.title).toMatch(/^Iraq’s prime minister declares end to Islamic State caliphate/);
    expect(seen.summary).toBeGreaterThanOrEqual(3);
    expect(seen.speaker).toContain('Haider al-Abadi');
    expect(seen.places.find((p) => p.includes('Mosul'))).toContain('Iraq');
    expect(seen.places.some((p) => p.includes('Syria')), seen.places.join(' | ')).toBe(true);
    expect(seen.places.some((p) => p.includes('Tigris')), seen.places.join(' | ')).toBe(true);
  });

  it('draws the locator map with a marker for each place it can place', async () => {
    // The map's outlines load lazily: wait for the drawn markers, not for a fixed time.
    await popup.waitForSelector('.locator-map svg .locator-map__marker');
    const markers = await popup.$$eval('.locator-map__marker', (ms) => ms.length);
    expect(markers).toBeGreaterThanOrEqual(4); // Iraq, Mosul, Syria, the Tigris at least
    await popup.screenshot({ path: new URL('../../docs/screenshots/popup-firefox.png', import.meta.url).pathname as `${string}.png`, fullPage: true });
  });

  it('hides the comment gate but not a word of the story', async () => {
    // The gate is on the page (so waiting for it to be hidden below cannot pass vacuously) …
    expect(await page.$(`::-p-text(${COMMENT_GATE})`)).not.toBeNull();
    // … and Lede hides it.
    await page.waitForSelector(`::-p-text(${COMMENT_GATE})`, { hidden: true });

    const paragraphs = storyParagraphs();
    expect(paragraphs.length).toBeGreaterThan(5);
    const notShown = await page.evaluate((expected: string[]) => {
      const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
      const shown = (el: Element) => {
        const box = el.getBoundingClientRect();
        return el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && box.width > 0 && box.height > 0;
      };
      const elements = Array.from(document.querySelectorAll('body *'));
      return expected.filter((text) => {
        const matches = elements.filter((el) => norm(el.textContent ?? '') === norm(text));
        // The paragraph itself, not a wrapper around it that holds the same text.
        const innermost = matches.filter((el) => !matches.some((other) => other !== el && el.contains(other)));
        return innermost.length === 0 || !innermost.every(shown);
      });
    }, paragraphs);
    expect(notShown).toEqual([]);
  });
});

describe('Lede in Firefox and the network', () => {
  it('sent nothing out while the sample article was read, its popup drawn and its map shown', () => {
    // Firefox's only way out is the suite's recorder (loopback, the page server, is never proxied).
    expect(suite.outbound.attempts).toEqual([]);
  });
});

describe('Lede in Firefox on other pages', () => {
  it('tells a front page apart and leaves it alone', async () => {
    const page = await suite.firefox.newPage();
    await page.goto(suite.server.url('fixtures/front-page.html'));
    const popup = await suite.firefox.openPopup(await suite.firefox.clickAction(page));
    expect(await popup.$eval('h1', (h) => h.textContent)).toBe('No article on this page');
    const subscribe = await page.$('::-p-text(Subscribe for unlimited access)');
    expect(await subscribe?.isVisible()).toBe(true);
  });
  it('shows hostile text in an article as text, and runs none of it', async () => {
    const page = await suite.firefox.newPage();
    await page.goto(suite.server.url('fixtures/hostile.html'));
    const popup = await suite.firefox.openPopup(await suite.firefox.clickAction(page));
    const seen = await popup.evaluate(() => ({
      text: document.body.innerText,
      images: document.querySelectorAll('img').length,
      handlers: Array.from(document.querySelectorAll('*')).filter((el) => Array.from(el.attributes).some((a) => a.name.startsWith('on'))).length,
      jsLinks: document.querySelectorAll('a[href^="javascript:"]').length,
      pageFlag: (globalThis as { __pageScriptInArticle?: boolean }).__pageScriptInArticle ?? false,
    }));
    expect(seen.text).toContain('<img src=x onerror=alert(1)>');
    expect(seen.text).not.toContain('window.__pageScriptInArticle');
    expect({ ...seen, text: undefined }).toEqual({ text: undefined, images: 0, handlers: 0, jsLinks: 0, pageFlag: false });
  });
});
