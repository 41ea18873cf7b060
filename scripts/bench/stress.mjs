#!/usr/bin/env node
// `npm run bench:stress`: Lede on pages far past anything a news site serves (scripts/lib/stress-
// pages.mjs: 50,000 paragraphs, a 5 MB text node, 100,000 quote marks, a story 2,000 elements deep),
// beside Readability.js and Defuddle in the same run. In headless Chromium each tool reads the live
// page as the extension would (peers on a clone of it, the clone not counted); then Lede's text
// stages run in Node on what its detection sent, as the background runs them. The unit tests prove
// that the budgets stop the work (with an injected clock); this shows what they cost on a real page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../lib/browsers.mjs';
import { STRESS_PAGES } from '../lib/stress-pages.mjs';
import { browserBundles } from './extract/live.mjs';
import { bundle } from './extract/bundle.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'lede-stress-'));
const bundles = await browserBundles(tmp);
const core = await import(await bundle(join(root, 'scripts/bench/stress-entry.ts'), { format: 'esm', name: 'stress', dir: tmp }));
const gazetteer = core.parseGazetteer(readFileSync(join(root, 'assets/gazetteer/places.tsv'), 'utf8'));

const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
let html = '';
await context.route('**/*', (route) =>
  route.request().isNavigationRequest() ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.abort(),
);
const rows = [];
for (const [name, make] of Object.entries(STRESS_PAGES)) {
  html = make();
  const page = await context.newPage();
  await page.goto(`https://stress.invalid/${name}`, { waitUntil: 'load', timeout: 120_000 });
  // The deep page builds itself with its own script; every page is laid out before any tool runs.
  await page.waitForFunction(() => document.querySelector('h1') !== null, null, { timeout: 60_000 });
  await page.evaluate(() => document.documentElement.getBoundingClientRect().height);
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  const timed = async (tool) => {
    await page.evaluate(bundles[tool]);
    const global = { lede: 'LedeBench', readability: 'ReadabilityBench', defuddle: 'DefuddleBench' }[tool];
    return page.evaluate(([g, u]) => globalThis[g].run(document, u), [global, page.url()]).catch((err) => ({ error: String(err.message).split('\n')[0] }));
  };
  const lede = await timed('lede');
  const readability = await timed('readability');
  const defuddle = await timed('defuddle');
  await page.close();
  // The background's share: the text stages on what the content script sent.
  const paragraphs = lede.text ? lede.text.split('\n\n') : [];
  const t = performance.now();
  const analysis = core.analyzeArticle(
    { url: null, title: null, byline: null, published: null, site: null, lang: 'en', dir: 'ltr', isArticle: lede.isArticle, paragraphs, partial: lede.partial },
    { gazetteer },
  );
  rows.push({ name, bytes: html.length, elements, lede, readability, defuddle, analysisMs: performance.now() - t, analysisPartial: analysis.partial });
}
await browser.close();

const ms = (r) => (r?.error ? 'error' : Number.isFinite(r?.ms) ? r.ms.toFixed(1) : '-');
const pad = (s, n) => String(s).padEnd(n);
console.log('\nStress pages in Chromium: detection + clutter on the live page (ms), peers on a clone; then Lede\'s text stages in Node');
console.log(pad('page', 18) + pad('size', 10) + pad('elements', 10) + pad('Lede', 8) + pad('partial', 9) + pad('Readability', 13) + pad('Defuddle', 10) + pad('analysis (Node)', 17) + 'partial');
for (const r of rows) {
  console.log(
    pad(r.name, 18) + pad(`${(r.bytes / 1e6).toFixed(1)} MB`, 10) + pad(r.elements, 10) + pad(ms(r.lede), 8) + pad(r.lede.partial ? 'yes' : 'no', 9) +
      pad(ms(r.readability), 13) + pad(ms(r.defuddle), 10) + pad(r.analysisMs.toFixed(1), 17) + (r.analysisPartial ? 'yes' : 'no'),
  );
}
console.log('budgets: detection 400 ms and clutter scan 200 ms on the page (plus sizes: 200,000 elements, 2,000,000 characters);');
console.log('text stages: 2,000 paragraphs, 300,000 characters, no stage started after 1,500 ms. "partial": the popup says Lede stopped early.');
