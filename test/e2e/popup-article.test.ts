// The popup on the sample article in real headless Chromium, as a reader uses it day to day: the
// article's facts, quotes and places that point into the page, the map, copying, the keyboard,
// right-to-left articles, and an accessibility scan in both themes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import {
  SCREENSHOTS, axeViolations, highlightedText, isScrolledIntoView, readWithLede, servePage, startRig, type PopupRig,
} from './popup-support';

let rig: PopupRig;
let page: Page;
let popup: Page;
let tabId: number;

beforeAll(async () => {
  rig = await startRig();
  // The popup writes with the reader's click; the test reads the (system-wide) clipboard back from
  // the article's page, which needs this grant (extension origins cannot be granted over CDP).
  await rig.browser.context.grantPermissions(['clipboard-read'], { origin: rig.server.origin });
  ({ page, popup, tabId } = await readWithLede(rig, rig.server.url('sample/mosul.html')));
});

afterAll(async () => {
  await rig?.close();
});

async function clipboard(): Promise<string> {
  await page.bringToFront(); // reading the clipboard needs a focused page
  const text = await page.evaluate(() => navigator.clipboard.readText());
  await popup.bringToFront();
  return text;
}

describe('the article at a glance', () => {
  it('heads the popup with title, site, byline, date, reading time and word count', async () => {
    const head = popup.locator('.article-head');
    await expect(head.locator('h1').textContent()).resolves.toMatch(/^Iraq’s prime minister declares end/);
    const meta = (await head.locator('.meta').allTextContents()).join(' ');
    expect(meta).toContain('The Capital Courier');
    expect(meta).toContain('Sarah Tanner');
    expect(meta).toMatch(/Jun 29, 2017/);
    expect(meta).toMatch(/\d+ min read · [\d,]+ words/);
  });

  it('has the landmarks and headings a screen reader lists', async () => {
    expect(await popup.locator('header.bar, main, footer').count()).toBe(3);
    expect(await popup.getByRole('heading', { level: 1 }).count()).toBe(1);
    const sections = await popup.getByRole('heading', { level: 2 }).allTextContents();
    expect(sections).toEqual(expect.arrayContaining(['Summary', 'Key quotes', 'Places']));
  });

  it('shows the keyboard shortcut the browser has for Lede', async () => {
    await expect(popup.locator('.shortcut').textContent()).resolves.toMatch(/Shortcut: Alt\+Shift\+L/);
  });
});

describe('into the page', () => {
  it('scrolls the page to a quote and highlights it briefly', async () => {
    const quote = popup.locator('.quote-button', { hasText: 'We are seeing the end of the fake Daesh state' });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await isScrolledIntoView(page, 'We are seeing the end of the fake Daesh state')).toBe(false);

    await quote.click();
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('lede-reveal'));
    expect((await highlightedText(page)).join(' ')).toContain('We are seeing the end of the fake Daesh state');
    await page.waitForFunction(() => {
      const el = Array.from(document.querySelectorAll('p')).find((p) => p.textContent?.includes('fake Daesh state'));
      const box = el?.getBoundingClientRect();
      return !!box && box.top >= 0 && box.bottom <= window.innerHeight;
    });
    // Briefly: the highlight goes away by itself.
    await page.waitForFunction(() => !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('lede-reveal'));
  });

  it('highlights every mention of a place, and removes them cleanly', async () => {
    const storyBefore = await page.locator('article').innerHTML();
    const toggle = popup.locator('.place[data-place="Mosul"] .all-mentions');
    await toggle.click();
    await popup.locator('.place[data-place="Mosul"] .all-mentions[aria-pressed="true"]').waitFor();
    await popup.getByRole('status').filter({ hasText: /mentions? of Mosul highlighted/ }).waitFor();
    const marked = await highlightedText(page);
    expect(marked.length).toBeGreaterThan(1);
    expect(new Set(marked.map((m) => m.toLowerCase()))).toEqual(new Set(['mosul']));
    // The page's DOM is untouched by the highlight (the Custom Highlight API paints over text).
    expect(await page.locator('article').innerHTML()).toBe(storyBefore);

    await toggle.click();
    await popup.locator('.place[data-place="Mosul"] .all-mentions[aria-pressed="false"]').waitFor();
    expect(await highlightedText(page)).toEqual([]);
    expect(await page.locator('article').innerHTML()).toBe(storyBefore);
  });

  it('takes the reader to a place’s first mention by its name', async () => {
    await popup.locator('.place-name', { hasText: /^Tigris River$/ }).click();
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('lede-reveal'));
    expect(await highlightedText(page)).toEqual(['Tigris River']);
  });
});

describe('the places and their map', () => {
  it('frames the story’s region, marks Mosul as its main place, and puts the far Pentagon in a world inset', async () => {
    await popup.locator('.locator-map svg').waitFor();
    const names = (markers: string) => popup.locator(`${markers} > title`).allTextContents();
    await expect(names('.locator-map__inset > .locator-map__marker')).resolves.toEqual(expect.arrayContaining(['Pentagon', 'United States']));
    const onMain = (await names('.locator-map svg > .locator-map__marker')).map((n) => n.replace(/ \(.*\)$/, ''));
    expect(onMain).toEqual(expect.arrayContaining(['Mosul', 'Syria', 'Old City']));
    expect(onMain).not.toContain('Pentagon');
    await expect(popup.locator('.locator-map__marker.is-main').count()).resolves.toBe(1);
    await popup.locator('.locator-map').screenshot({ path: `${SCREENSHOTS}locator-map.png` });
  });

  it('lights a place’s marker while its entry is hovered or focused, and the entry while its marker is', async () => {
    await popup.locator('.locator-map svg').waitFor();
    const entry = popup.locator('.place[data-place="Mosul"]');
    const activeEntry = popup.locator('.place.is-active[data-place="Mosul"]');
    // Mosul is where the story happens: its marker is the main one.
    const marker = popup.locator('.locator-map__marker.is-main', { has: popup.locator('title', { hasText: /^Mosul \(where the story happens\)$/ }) });
    const activeMarker = popup.locator('.locator-map__marker.is-active.is-main');

    await entry.hover();
    await activeMarker.waitFor();
    await popup.mouse.move(0, 0);
    await activeMarker.waitFor({ state: 'detached' });

    await entry.locator('.place-name').focus();
    await activeMarker.waitFor();
    await entry.locator('.place-name').blur();
    await activeMarker.waitFor({ state: 'detached' });

    // Neighbouring markers overlap on a small map, so the pointer is moved onto this one by event.
    await marker.dispatchEvent('mouseenter');
    await activeEntry.waitFor();
    await marker.dispatchEvent('mouseleave');
    await activeEntry.waitFor({ state: 'detached' });
    await marker.focus();
    await activeEntry.waitFor();
    await marker.blur();
  });
});

describe('export', () => {
  it('copies the whole analysis as Markdown, headed by the title and address', async () => {
    await popup.getByRole('button', { name: 'Markdown' }).click();
    await popup.getByRole('status').filter({ hasText: 'Copied as Markdown' }).waitFor();
    const md = await clipboard();
    expect(md).toMatch(/^# \[Iraq’s prime minister declares end/);
    expect(md).toContain(rig.server.url('sample/mosul.html'));
    expect(md).toContain('## Summary');
    expect(md).toContain('## Key quotes');
    expect(md).toMatch(/> — Haider al-Abadi/);
    expect(md).toContain('## Places');
  });

  it('copies one section as plain text', async () => {
    await popup.getByRole('combobox', { name: 'Copy' }).selectOption('quotes');
    await popup.getByRole('button', { name: 'Plain text' }).click();
    await popup.getByRole('status').filter({ hasText: 'Copied as plain text' }).waitFor();
    const text = await clipboard();
    expect(text.split('\n')[0]).toMatch(/^Iraq’s prime minister declares end/);
    expect(text).toContain('KEY QUOTES');
    expect(text).toContain('We are seeing the end of the fake Daesh state');
    expect(text).not.toContain('SUMMARY');
    expect(text).not.toContain('#');
  });
});

describe('keyboard', () => {
  it('reaches every action in reading order with a visible focus, and works them with Enter', async () => {
    await popup.reload();
    await popup.locator('main:not([aria-busy])').waitFor();
    const order: string[] = [];
    for (let i = 0; i < 40; i++) {
      await popup.keyboard.press('Tab');
      const focused = await popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        // Map markers show focus by their own colour and stroke (LocatorMap.css), not an outline.
        const isMarker = !!el.closest('.locator-map');
        return { label: el.getAttribute('class') ?? el.tagName, outline: isMarker || (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') };
      });
      if (!focused) break;
      expect(focused.outline, `visible focus on ${focused.label}`).toBe(true);
      order.push(focused.label);
    }
    const first = (cls: string) => order.findIndex((c) => c.includes(cls));
    expect(first('bar-button')).toBe(0);
    expect(first('quote-button')).toBeGreaterThan(0);
    expect(first('place-name')).toBeGreaterThan(first('quote-button'));
    expect(first('all-mentions')).toBeGreaterThan(first('place-name'));
    expect(first('small-button')).toBeGreaterThan(first('all-mentions'));

    // Enter on the first quote shows it in the page.
    await popup.locator('.quote-button').first().focus();
    await popup.keyboard.press('Enter');
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('lede-reveal'));
  });
});

describe('accessibility and themes', () => {
  it('has no axe violations in the light theme', async () => {
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.locator('.locator-map svg').waitFor();
    // Screenshots show the popup at rest, not wherever the keyboard test left the focus.
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: `${SCREENSHOTS}popup-light.png`, fullPage: true });
  });

  it('follows a dark system theme, with no axe violations', async () => {
    await popup.emulateMedia({ colorScheme: 'dark' });
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe('rgb(30, 31, 36)');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: `${SCREENSHOTS}popup-dark.png`, fullPage: true });
    await popup.emulateMedia({ colorScheme: 'light' });
  });
});

describe('a right-to-left article', () => {
  it('lays the article’s text out right to left', async () => {
    const html = readFileSync(new URL('../../assets/sample/mosul.html', import.meta.url), 'utf8').replace('<html lang="en">', '<html lang="ar" dir="rtl">');
    const { popup: rtlPopup } = await readWithLede(rig, await servePage(rig, 'rtl-article.html', html));
    await expect(rtlPopup.locator('h1').getAttribute('dir')).resolves.toBe('rtl');
    await expect(rtlPopup.locator('.summary').getAttribute('dir')).resolves.toBe('rtl');
    const quoteBar = await rtlPopup.locator('.quote-text').first().evaluate((el) => getComputedStyle(el.closest('button')!).direction);
    expect(quoteBar).toBe('ltr'); // the button keeps the reader's direction; only the article's words flip
    await expect(rtlPopup.locator('.quote-text').first().evaluate((el) => getComputedStyle(el).direction)).resolves.toBe('rtl');
  });
});

describe('what comes first', () => {
  it('answers with summary and quotes first; the places follow in a second reply', async () => {
    // Asked from the popup page, as the popup asks; a summary length not used yet makes it a new
    // analysis rather than the cached one.
    const { first, second } = await popup.evaluate(async (tab) => {
      const { runtime } = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<any> } } }).chrome;
      const send = (type: string, payload: object) => runtime.sendMessage({ type, payload });
      const first = await send('popup→background:analyze-tab', { tabId: tab, summaryLength: 'long', maxQuotes: 5 });
      const second = await send('popup→background:places', { tabId: tab });
      return { first, second };
    }, tabId);
    expect(first).toMatchObject({ state: 'article', placesPending: true, analysis: { places: [] } });
    expect(first.analysis.summary.length).toBe(5);
    expect(first.analysis.keyQuotes.length).toBeGreaterThan(0);
    expect(second.places.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['Mosul', 'Syria']));
  });
});

describe('the on-device AI summary', () => {
  /**
   * A second popup for the sample's tab, with a stand-in for Chrome's built-in Summarizer put in
   * before the popup's scripts run: the documented interface, answering `availability` as given and
   * streaming three chunks, the last only once the test releases it (so Stop can be pressed while
   * the model is still writing). Headless Chromium here has no model of its own.
   */
  async function popupWithSummarizer(availability: string | null): Promise<Page> {
    const stubbed = await rig.browser.context.newPage();
    await stubbed.addInitScript((state) => {
      const log = { created: 0, inputs: [] as string[], destroyed: 0 };
      let release = () => {};
      Object.assign(globalThis, { summarizerLog: log, releaseSummary: () => release() });
      if (state === null) return;
      Object.assign(globalThis, {
        Summarizer: {
          availability: async () => state,
          create: async () => {
            log.created++;
            return {
              inputQuota: 100_000,
              measureInputUsage: async (text: string) => text.length,
              destroy: () => void log.destroyed++,
              summarizeStreaming(input: string, options: { signal: AbortSignal }) {
                log.inputs.push(input);
                const chunks = ['Iraq’s prime minister ', 'declared victory in Mosul', '.'];
                let i = 0;
                return new ReadableStream<string>({
                  async pull(controller) {
                    if (i === chunks.length - 1) await new Promise<void>((go) => { release = go; options.signal.addEventListener('abort', () => go()); });
                    if (options.signal.aborted) controller.error(new DOMException('The reader stopped it', 'AbortError'));
                    else if (i < chunks.length) controller.enqueue(chunks[i++]);
                    else controller.close();
                  },
                });
              },
            };
          },
        },
      });
    }, availability);
    await stubbed.setViewportSize({ width: 400, height: 600 });
    await stubbed.goto(popup.url().replace(/\?.*$/, `?tab=${tabId}`));
    await stubbed.locator('main:not([aria-busy])').waitFor();
    return stubbed;
  }

  const startButton = (p: Page) => p.locator('.on-device-start');

  it('is not offered without the API, nor where the browser says the model is unavailable', async () => {
    for (const availability of [null, 'unavailable']) {
      const p = await popupWithSummarizer(availability);
      await p.locator('.summary li').first().waitFor();
      // The offer is decided by one promise after the first paint; the quotes are drawn by then.
      await p.locator('.quote').first().waitFor();
      await expect(p.locator('.on-device').count()).resolves.toBe(0);
      await p.close();
    }
  });

  it('offers a download only as a button that says so, and starts none by itself', async () => {
    const p = await popupWithSummarizer('downloadable');
    await expect(startButton(p).textContent()).resolves.toMatch(/Download the browser’s AI model/);
    await expect(p.evaluate(() => (globalThis as unknown as { summarizerLog: { created: number } }).summarizerLog.created)).resolves.toBe(0);
    await p.close();
  });

  it('streams a labelled summary below Lede’s own, from the article text, and Stop cancels it', async () => {
    const p = await popupWithSummarizer('available');
    const summary = p.locator('#summary-heading ~ *');
    await expect(summary.first().evaluate((el) => el.matches('ul.summary'))).resolves.toBe(true); // Lede's own first
    await expect(p.locator('.on-device h3').textContent()).resolves.toBe('AI summary (on this device)');
    await startButton(p).click();
    await p.locator('.on-device-text', { hasText: 'Iraq’s prime minister declared victory in Mosul' }).waitFor();
    await p.locator('.on-device-stop').click();
    await p.getByText('Stopped.').waitFor();
    await expect(p.locator('.on-device-text').textContent()).resolves.toBe('Iraq’s prime minister declared victory in Mosul');
    await expect(p.locator('.on-device-note', { hasText: 'can get facts wrong' }).count()).resolves.toBe(1);
    const log = await p.evaluate(() => (globalThis as unknown as { summarizerLog: { inputs: string[]; destroyed: number } }).summarizerLog);
    expect(log.inputs[0]).toMatch(/^MOSUL, Iraq — Iraq’s prime minister declared/);
    expect(log.destroyed).toBe(1);
    await p.close();
  });

  it('finishes when the model does', async () => {
    const p = await popupWithSummarizer('available');
    await startButton(p).click();
    await p.locator('.on-device-stop').waitFor();
    await p.evaluate(() => (globalThis as unknown as { releaseSummary: () => void }).releaseSummary());
    await p.locator('.on-device-text', { hasText: 'Mosul.' }).waitFor();
    await expect(p.locator('.on-device-stop').count()).resolves.toBe(0);
    await p.close();
  });
});

describe('privacy', () => {
  it('sent no request beyond the pages’ own server on 127.0.0.1', () => {
    expect(rig.outbound.attempts).toEqual([]);
  });
});
