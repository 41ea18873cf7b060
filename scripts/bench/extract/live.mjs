// Timing on the live page: each corpus page is loaded in headless Chromium (offline: the page's
// bytes are served from memory, every other request is refused, page scripts are off), then each
// tool is injected and timed inside the page with performance.now(). Lede runs on the live
// document (it does not change it); Readability and Defuddle change the document they are given,
// so they get a fresh clone, and the cloning is not counted against them.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundle } from './bundle.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

const LAUNCH = {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
};

/** Browser bundles (IIFE globals) of the three tools. */
export async function browserBundles(dir) {
  const lede = await bundle(`${here}live-lede.ts`, { format: 'iife', name: 'LedeBench', dir });
  const readability = await bundle(`${here}live-readability.mjs`, { format: 'iife', name: 'ReadabilityBench', dir });
  const defuddle = await bundle(`${here}live-defuddle.mjs`, { format: 'iife', name: 'DefuddleBench', dir });
  return {
    lede: readFileSync(lede, 'utf8'),
    readability: readFileSync(readability, 'utf8'),
    defuddle: readFileSync(defuddle, 'utf8'),
  };
}

/**
 * items: [{ id, url, html: Buffer | string, utf8: boolean }]. Returns per item
 * { elements, lede: {ms, partial, text, hidden: string[]}, readability: {ms}, defuddle: {ms} } or
 * { error }. `scripts`: let the pages' own scripts run (pages that build themselves).
 */
export async function timeLive(items, bundles, { onProgress, scripts = false } = {}) {
  const browser = await chromium.launch(LAUNCH);
  const context = await browser.newContext({ javaScriptEnabled: scripts, viewport: { width: 1280, height: 900 } });
  let current = null;
  await context.route('**/*', (route) => {
    const req = route.request();
    if (current && req.isNavigationRequest() && req.frame() === req.frame().page().mainFrame()) {
      return route.fulfill({
        status: 200,
        contentType: current.utf8 ? 'text/html; charset=utf-8' : 'text/html',
        body: current.html,
      });
    }
    return route.abort();
  });
  const page = await context.newPage();
  const results = [];
  let i = 0;
  for (const item of items) {
    current = item;
    try {
      const url = /^https?:\/\//.test(item.url) ? item.url : `https://bench.invalid/${encodeURIComponent(item.id)}`;
      await page.goto(url, { waitUntil: 'load', timeout: 30000 });
      // A page the reader sees has been laid out; make sure this one has before any tool runs
      // (page scripts are off, so nothing else would force it). Injection is not timed either.
      const elements = await page.evaluate(() => {
        document.documentElement.getBoundingClientRect();
        return document.getElementsByTagName('*').length;
      });
      // Each tool is injected right before it runs, so that compiling another tool's bundle
      // (Defuddle's is half a megabyte) never lands in its time.
      await page.evaluate(bundles.lede);
      const lede = await page.evaluate((u) => globalThis.LedeBench.run(document, u), item.url);
      await page.evaluate(bundles.readability);
      const readability = await page.evaluate((u) => globalThis.ReadabilityBench.run(document, u), item.url);
      await page.evaluate(bundles.defuddle);
      const defuddle = await page.evaluate((u) => globalThis.DefuddleBench.run(document, u), item.url);
      results.push({ id: item.id, elements, lede, readability, defuddle });
    } catch (err) {
      results.push({ id: item.id, error: String(err.message || err).split('\n')[0] });
    }
    onProgress?.(++i, items.length);
  }
  await browser.close();
  return results;
}
