// The real-page sweep: every development page of the ScrapingHub benchmark, served from 127.0.0.1,
// read with the built extension in real Chromium. On each page Lede must answer without an error,
// and no paragraph of the story (the benchmark's hand-marked article text) may become invisible.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { startPageServer, type PageServer } from './support/server';
import { startOutboundRecorder, type OutboundRecorder } from './support/outbound-recorder';

import { pageIds as ids, pagePath, storyLinesHidden } from './support/scrapinghub';

let server: PageServer;
let outbound: OutboundRecorder;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startPageServer();
  outbound = await startOutboundRecorder(); // the pages' own third-party requests are refused here
  browser = await launchWithExtension({ proxy: outbound.proxy });
});

afterAll(async () => {
  await browser?.close();
  await outbound?.close();
  await server?.close();
});

describe('Chromium sweep over the ScrapingHub development pages', () => {
  it(`keeps every story paragraph visible on all ${ids.length} pages`, async () => {
    const failures: string[] = [];
    const timings: Array<{ id: string; ms: number }> = [];
    const page = await browser.context.newPage();
    for (const id of ids) {
      await page.goto(server.url(pagePath(id)), { waitUntil: 'domcontentloaded' });
      // What the reader could see before Lede: innerText leaves out what the site itself hides.
      const before = await page.evaluate(() => document.body?.innerText ?? '');
      const started = Date.now();
      await browser.clickAction(page);
      const popup = await browser.openPopup(await browser.tabIdOf(page));
      const state = await popup.locator('main:not([aria-busy])').getAttribute('data-state');
      timings.push({ id, ms: Date.now() - started });
      await popup.close();
      if (state === 'error') failures.push(`${id}: the popup shows an error`);
      const after = await page.evaluate(() => document.body?.innerText ?? '');
      for (const line of storyLinesHidden(id, before, after)) failures.push(`${id}: hid “${line.slice(0, 60)}…”`);
    }
    timings.sort((a, b) => a.ms - b.ms);
    const slowest = timings.slice(-3).reverse().map((t) => `${t.id.slice(0, 12)} ${t.ms} ms`).join(', ');
    console.log(`sweep: ${ids.length} pages, click to popup median ${timings[timings.length >> 1].ms} ms; slowest: ${slowest}`);
    expect(failures).toEqual([]);
  }, 600_000);
});
