// The real-page sweep in Firefox ESR, over a sample of the ScrapingHub development pages (the
// Chromium sweep covers all of them): Lede answers on each without an error, and no paragraph of
// the story (the benchmark's hand-marked article text) becomes invisible.
import { describe, expect, it } from 'vitest';
import { firefoxSuite } from './support/suite';

import { pageIds, pagePath, storyLinesHidden } from './support/scrapinghub';

// Every sixth page, in a fixed order: a sample that spans the set without depending on chance.
const ids = pageIds.filter((_, i) => i % 6 === 0);

const suite = firefoxSuite();

describe('Firefox sweep over a sample of the ScrapingHub development pages', () => {
  it(`keeps every story paragraph visible on ${ids.length} pages`, async () => {
    const failures: string[] = [];
    for (const id of ids) {
      const page = await suite.firefox.newPage();
      await page.goto(suite.server.url(pagePath(id)), { waitUntil: 'domcontentloaded' });
      const before = await page.evaluate(() => document.body?.innerText ?? '');
      const popup = await suite.firefox.openPopup(await suite.firefox.clickAction(page));
      const state = await popup.$eval('main:not([aria-busy])', (m) => m.getAttribute('data-state'));
      if (state === 'error') failures.push(`${id}: the popup shows an error`);
      const after = await page.evaluate(() => document.body?.innerText ?? '');
      for (const line of storyLinesHidden(id, before, after)) failures.push(`${id}: hid “${line.slice(0, 60)}…”`);
      await popup.close();
      await page.close();
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
