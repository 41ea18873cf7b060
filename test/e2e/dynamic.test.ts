// Pages that change under Lede: a single-page app that swaps its story and its URL without a page
// load must get the new story's analysis, never the cached one of the story before; a story that
// infinite scroll appends below the one being read must not be mixed into it.
import { describe, expect, it } from 'vitest';
import { chromiumSuite } from './support/suite';

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
