// Pages that change under Lede: a single-page app that swaps its story and its URL without a page
// load must get the new story's analysis, never the cached one of the story before; a story that
// infinite scroll appends below the one being read must not be mixed into it.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumSuite } from './support/suite';
import { watchLedeErrors } from './support/lede-errors';

const suite = chromiumSuite();

describe('a single-page app', () => {
  it('analyses the new story after in-page navigation, not the cached old one', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('fixtures/single-page-app.html'));
    await suite.browser.clickAction(page);
    const tabId = await suite.browser.tabIdOf(page);

    const first = await suite.browser.openPopup(tabId);
    await first.locator('main:not([aria-busy])').waitFor();
    await expect(first.locator('h1').first().textContent()).resolves.toBe('Harbour bridge to close for repairs in spring');
    await first.close();

    await page.evaluate(() => (window as unknown as { showNextStory(): void }).showNextStory());
    await suite.browser.clickAction(page);
    const second = await suite.browser.openPopup(tabId);
    await second.locator('main:not([aria-busy])').waitFor();
    await expect(second.locator('h1').first().textContent()).resolves.toBe('School year to start a week later after heat wave');
    const summary = await second.locator('.summary').textContent();
    expect(summary).toContain('Schools across the region will open a week later');
    expect(summary).not.toContain('harbour bridge');
    const speakers = await second.locator('.speaker').allTextContents();
    expect(speakers.join(' ')).toContain('Omar Reyes');
    expect(speakers.join(' ')).not.toContain('Helen Park');
  });

  it('analyses the story Back brings back (popstate), not the one just left', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('fixtures/single-page-app.html'));
    await suite.browser.clickAction(page);
    const tabId = await suite.browser.tabIdOf(page);
    const headline = async () => {
      await suite.browser.clickAction(page);
      const popup = await suite.browser.openPopup(tabId);
      await popup.locator('main:not([aria-busy])').waitFor();
      const h1 = await popup.locator('h1').first().textContent();
      await popup.close();
      return h1;
    };
    expect(await headline()).toBe('Harbour bridge to close for repairs in spring');
    await page.evaluate(() => (window as unknown as { showNextStory(): void }).showNextStory());
    expect(await headline()).toBe('School year to start a week later after heat wave');
    await page.goBack(); // the app's own history entry: popstate, no page load
    await page.waitForFunction(() => !location.search.includes('story=2') && document.querySelector('h1')?.textContent?.includes('Harbour'));
    expect(await headline()).toBe('Harbour bridge to close for repairs in spring');
    await page.goForward();
    await page.waitForFunction(() => location.search.includes('story=2') && document.querySelector('h1')?.textContent?.includes('School'));
    expect(await headline()).toBe('School year to start a week later after heat wave');
  });

  it('answers popups opened in quick succession with one and the same analysis', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('sample/mosul.html'));
    await suite.browser.clickAction(page);
    const tabId = await suite.browser.tabIdOf(page);
    const popups = await Promise.all(Array.from({ length: 4 }, () => suite.browser.openPopup(tabId)));
    const lines = await Promise.all(
      popups.map(async (p) => {
        await p.locator('main:not([aria-busy])').waitFor();
        return p.locator('.clutter-line').textContent();
      }),
    );
    expect(new Set(lines).size).toBe(1);
    expect(lines[0]).toMatch(/4 distractions hidden/);
  });
});

describe('infinite scroll', () => {
  it('keeps the story being read apart from the next one appended below it', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('fixtures/infinite-scroll.html'));
    await page.evaluate(() => (window as unknown as { loadNextStory(): void }).loadNextStory());
    await suite.browser.clickAction(page);
    const popup = await suite.browser.openPopup(await suite.browser.tabIdOf(page));
    await popup.locator('main:not([aria-busy])').waitFor();
    await expect(popup.locator('h1').first().textContent()).resolves.toBe('Library to stay open until midnight during exam season');
    const shown = await popup.locator('main').textContent();
    expect(shown).toContain('Grace Lin');
    expect(shown).not.toMatch(/Tom Harris|catch in a decade|trawling/);
    // The appended story stays on the page for the reader.
    expect(await page.getByText('I have not seen nets this full', { exact: false }).isVisible()).toBe(true);
  });
});

/**
 * What lives in Lede's isolated world in the page: how many such worlds there are, whether the
 * content script ran there, and how many MutationObservers are alive in it. Runtime.queryObjects
 * collects garbage first, so what it counts is what the page still holds: a connected observer is
 * held by the node it watches, and a leaked one would keep scanning the page.
 */
async function ledeWorld(page: Page): Promise<{ worlds: number; ran: boolean; observers: number }> {
  const watch = await watchLedeErrors(page); // it knows Lede's execution contexts in the page
  const lede = watch.contexts();
  const { session } = watch;
  try {
    if (lede.length !== 1) return { worlds: lede.length, ran: false, observers: -1 };
    const evaluate = (expression: string) => session.send('Runtime.evaluate', { expression, contextId: lede[0] });
    const ran = (await evaluate('globalThis.__ledeContentScript === true')).result.value === true;
    const proto = (await evaluate('MutationObserver.prototype')).result.objectId!;
    const { objects } = await session.send('Runtime.queryObjects', { prototypeObjectId: proto });
    const count = await session.send('Runtime.callFunctionOn', { objectId: objects.objectId, functionDeclaration: 'function () { return this.length; }', returnByValue: true });
    return { worlds: 1, ran, observers: count.result.value as number };
  } finally {
    await watch.close();
  }
}

describe('a page Lede is opened on again and again', () => {
  it('holds one copy of Lede with at most one observer, through popups and in-page navigation', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('fixtures/single-page-app.html'));
    let tabId = 0;
    for (let story = 2; story <= 4; story++) {
      await suite.browser.clickAction(page);
      tabId ||= await suite.browser.tabIdOf(page); // Lede sees the tab once it was clicked
      const popups = await Promise.all(Array.from({ length: 3 }, () => suite.browser.openPopup(tabId)));
      await Promise.all(popups.map((p) => p.locator('main:not([aria-busy])').waitFor()));
      await Promise.all(popups.map((p) => p.close()));
      // The app moves to another story: Lede reads the page anew at the next click.
      await page.evaluate((n) => history.pushState({}, '', `?story=${n}`), story);
    }
    await suite.browser.clickAction(page);
    const last = await suite.browser.openPopup(tabId);
    await last.locator('main:not([aria-busy])').waitFor();
    // Ten popups, four clicks and three addresses later: one world, one script, one watcher at most
    // (the current address's, until its watch for late clutter ends).
    const world = await ledeWorld(page);
    expect(world.worlds).toBe(1);
    expect(world.ran).toBe(true);
    expect(world.observers).toBeLessThanOrEqual(1);
    expect(await page.locator('style#lede-clutter-style').count()).toBeLessThanOrEqual(1);
  });
});
