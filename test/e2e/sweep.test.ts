// The real-page sweep: every development page of the ScrapingHub benchmark, served from 127.0.0.1,
// read with the built extension in real Chromium. On each page Lede must answer without an error
// (none shown in the popup, none raised in its popup, its service worker or its content script's world),
// no paragraph of the story (the benchmark's hand-marked article text) may become invisible, and
// the extension (service worker, popups, content scripts) may make no request beyond its own
// package: the pages' own requests are told apart by support/extension-requests.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { startPageServer, type PageServer } from './support/server';
import { startOutboundRecorder, type OutboundRecorder } from './support/outbound-recorder';
import { recordExtensionRequests, type ExtensionRequestRecorder } from './support/extension-requests';
import { watchLedeErrors, watchWorkerErrors } from './support/lede-errors';

import { pageIds as ids, pagePath, storyLinesHidden } from './support/scrapinghub';

let server: PageServer;
let outbound: OutboundRecorder;
let browser: ExtensionBrowser;
let requests: ExtensionRequestRecorder;

beforeAll(async () => {
  server = await startPageServer();
  outbound = await startOutboundRecorder(); // the pages' own third-party requests are refused here
  browser = await launchWithExtension({ proxy: outbound.proxy, devtools: true });
  requests = await recordExtensionRequests(browser);
});

afterAll(async () => {
  requests?.close();
  await browser?.close();
  await outbound?.close();
  await server?.close();
});

describe('Chromium sweep over the ScrapingHub development pages', () => {
  it(`keeps every story paragraph visible and makes no request of its own on all ${ids.length} pages`, async () => {
    const failures: string[] = [];
    const timings: Array<{ id: string; ms: number }> = [];
    const tally = { pageOwn: 0, extensionLocal: 0, extensionOutbound: 0, unsettled: 0 };
    const page = await browser.context.newPage();
    // Lede's own errors, in the page (its content script's world) and in its popup.
    const ledeErrors = await watchLedeErrors(page);
    const workerErrors = watchWorkerErrors(browser.context);
    for (const id of ids) {
      await page.goto(server.url(pagePath(id)), { waitUntil: 'domcontentloaded' });
      // What the reader could see before Lede: innerText leaves out what the site itself hides.
      const before = await page.evaluate(() => document.body?.innerText ?? '');
      const started = Date.now();
      await browser.clickAction(page);
      const popup = await browser.openPopup(await browser.tabIdOf(page));
      popup.on('pageerror', (e) => failures.push(`${id}: the popup raised ${e.message}`));
      popup.on('console', (m) => m.type() === 'error' && failures.push(`${id}: the popup logged ${m.text()}`));
      const state = await popup.locator('main:not([aria-busy])').getAttribute('data-state');
      timings.push({ id, ms: Date.now() - started });
      // Late requests (the page's lazy images, anything the extension starts after rendering)
      // surface before the page is left: wait until nothing is in flight.
      const pending = await requests.settled();
      if (pending.length > 0) {
        tally.unsettled++;
        console.log(`sweep: ${id.slice(0, 12)} still loading ${pending.length}: ${pending.slice(0, 3).join(' ')}`);
      }
      await popup.close();
      if (state === 'error') failures.push(`${id}: the popup shows an error`);
      for (const e of ledeErrors.take()) failures.push(`${id}: Lede raised in the page: ${e.slice(0, 120)}`);
      for (const e of workerErrors.take()) failures.push(`${id}: Lede's service worker logged: ${e.slice(0, 120)}`);
      for (const e of requests.takeExceptions()) failures.push(`${id}: Lede raised in its ${e.slice(0, 140)}`);
      const after = await page.evaluate(() => document.body?.innerText ?? '');
      for (const line of storyLinesHidden(id, before, after)) failures.push(`${id}: hid “${line.slice(0, 60)}…”`);
      const outboundHere = requests.outbound();
      for (const r of outboundHere) failures.push(`${id}: the ${r.by} requested ${r.url} (${r.initiator})`);
      tally.pageOwn += requests.pageOwn().length;
      tally.extensionOutbound += outboundHere.length;
      tally.extensionLocal += requests.extensions().length - outboundHere.length;
      requests.clear();
    }
    timings.sort((a, b) => a.ms - b.ms);
    const slowest = timings.slice(-3).reverse().map((t) => `${t.id.slice(0, 12)} ${t.ms} ms`).join(', ');
    console.log(`sweep: ${ids.length} pages, click to popup median ${timings[timings.length >> 1].ms} ms; slowest: ${slowest}`);
    console.log(
      `sweep: requests: ${tally.pageOwn} the pages' own, ${tally.extensionLocal} the extension's within its package, ` +
        `${tally.extensionOutbound} the extension's beyond it; ${tally.unsettled} pages still loading after 5 s`,
    );
    // The recorder saw the extension at work (its popups' files, the gazetteer), so a zero above is
    // not a recorder that saw nothing.
    expect(tally.extensionLocal).toBeGreaterThan(0);
    expect(tally.pageOwn).toBeGreaterThan(ids.length);
    expect(failures).toEqual([]);
  }, 600_000);
});
