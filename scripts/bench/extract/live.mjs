// Timing on the live page: each corpus page is loaded in headless Chromium (offline: the page's
// bytes are served from memory, every other request is refused, page scripts are off), then each
// tool is injected and timed inside the page with performance.now(). Lede runs on the live
// document as its content script does (it marks clutter, then shows the page again as it was);
// Readability and Defuddle change the document they are given, so they get a fresh clone, and the
// cloning is reported apart (cloneMs).
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

const VIEWPORT = { width: 1280, height: 900 };
const GLOBALS = { lede: 'LedeBench', readability: 'ReadabilityBench', defuddle: 'DefuddleBench' };

/** Serves the item's bytes for its main-frame navigation and refuses every other request. */
async function serveOffline(context, currentItem) {
  await context.route('**/*', (route) => {
    const req = route.request();
    const item = currentItem();
    if (item && req.isNavigationRequest() && req.frame() === req.frame().page().mainFrame()) {
      return route.fulfill({ status: 200, contentType: item.utf8 ? 'text/html; charset=utf-8' : 'text/html', body: item.html });
    }
    return route.abort();
  });
}

const pageUrl = (item) => (/^https?:\/\//.test(item.url) ? item.url : `https://bench.invalid/${encodeURIComponent(item.id)}`);

/**
 * Cold: every tool on every page in a browser context of its own, so a fresh renderer process
 * with nothing compiled yet, as on the reader's click on a page Lede has not run in. The time
 * counted is the tool's run; `injectMs` is the evaluation of its script (compiling the top level),
 * which a content script pays too. Returns per item { id, [tool]: { ms, injectMs } } or { error }.
 */
export async function timeCold(items, bundles, tools, { onProgress } = {}) {
  const browser = await chromium.launch(LAUNCH);
  const results = await eachItem(items, onProgress, async (item) => {
    const row = { id: item.id };
    for (const tool of tools) {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORT });
      await serveOffline(context, () => item);
      const page = await context.newPage();
      await loadLaidOut(page, item);
      row[tool] = await page.evaluate(([src, name, url]) => {
        const t0 = performance.now();
        (0, eval)(src);
        const injectMs = performance.now() - t0;
        const r = globalThis[name].run(document, url);
        return { ms: r.ms, cloneMs: r.cloneMs, extractMs: r.extractMs, injectMs };
      }, [bundles[tool], GLOBALS[tool], item.url]);
      await context.close();
    }
    return row;
  });
  await browser.close();
  return results;
}

/** Runs `one` on every item in turn; a page that fails becomes { id, error } and the run goes on. */
async function eachItem(items, onProgress, one) {
  const results = [];
  let i = 0;
  for (const item of items) {
    try {
      results.push(await one(item));
    } catch (err) {
      results.push({ id: item.id, error: String(err.message || err).split('\n')[0] });
    }
    onProgress?.(++i, items.length);
  }
  return results;
}

/**
 * Loads the item and lays it out. A page the reader sees has been laid out; make sure this one has
 * before any tool runs (page scripts are off, so nothing else would force it). Not timed. Returns
 * the page's element count.
 */
async function loadLaidOut(page, item) {
  await page.goto(pageUrl(item), { waitUntil: 'load', timeout: 30000 });
  return page.evaluate(() => {
    document.documentElement.getBoundingClientRect();
    return document.getElementsByTagName('*').length;
  });
}

/**
 * items: [{ id, url, html: Buffer | string, utf8: boolean }]. Returns per item
 * { elements, lede: {ms, partial, text, hidden: string[]}, readability: {ms}, defuddle: {ms} } or
 * { error }. `scripts`: let the pages' own scripts run (pages that build themselves).
 */
export async function timeLive(items, bundles, { onProgress, scripts = false, tools = ['lede', 'readability', 'defuddle'] } = {}) {
  const browser = await chromium.launch(LAUNCH);
  const context = await browser.newContext({ javaScriptEnabled: scripts, viewport: VIEWPORT });
  let current = null;
  await serveOffline(context, () => current);
  const page = await context.newPage();
  const results = await eachItem(items, onProgress, async (item) => {
    current = item;
    const row = { id: item.id, elements: await loadLaidOut(page, item) };
    // Each tool is injected right before it runs, so that compiling another tool's bundle
    // (Defuddle's is half a megabyte) never lands in its time.
    for (const tool of tools) {
      await page.evaluate(bundles[tool]);
      row[tool] = await page.evaluate(([name, u]) => globalThis[name].run(document, u), [GLOBALS[tool], item.url]);
    }
    return row;
  });
  await browser.close();
  return results;
}
