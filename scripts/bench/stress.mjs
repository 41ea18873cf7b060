#!/usr/bin/env node
// `npm run bench:stress`: Lede on pages far past anything a news site serves (scripts/lib/stress-
// pages.mjs: 50,000 paragraphs, a 5 MB text node, 100,000 quote marks, a story 2,000 elements deep),
// beside Readability.js and Defuddle in the same run. In headless Chromium each tool reads the live
// page as the extension would (timeLive of bench:extract: peers on a clone, the clone not counted);
// then Lede's text stages run in Node on what its detection sent, as the background runs them. The
// unit tests prove that the budgets stop the work (with an injected clock); this shows what they
// cost on a real page.
import { readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { STRESS_PAGES } from '../lib/stress-pages.mjs';
import { browserBundles, timeLive } from './extract/live.mjs';
import { bundle } from './extract/bundle.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'lede-stress-'));
const bundles = await browserBundles(tmp);
const core = await import(await bundle(join(root, 'scripts/bench/runtime/entry.ts'), { format: 'esm', name: 'stress', dir: tmp }));
const gazetteer = core.parseGazetteer(readFileSync(join(root, 'assets/gazetteer/places.tsv'), 'utf8'));

const items = Object.entries(STRESS_PAGES).map(([name, make]) => ({ id: name, url: `https://stress.invalid/${name}`, html: make(), utf8: true }));
// Scripts on: the deep page builds itself (the HTML parser flattens nesting past 512 levels).
const live = await timeLive(items, bundles, { scripts: true });

const ms = (r) => (r?.error ? 'error' : Number.isFinite(r?.ms) ? r.ms.toFixed(1) : '-');
const pad = (s, n) => String(s).padEnd(n);
console.log('\nStress pages in Chromium: detection + clutter on the live page (ms), peers on a clone; then Lede\'s text stages in Node');
console.log(pad('page', 18) + pad('size', 10) + pad('elements', 10) + pad('Lede', 8) + pad('partial', 9) + pad('Readability', 13) + pad('Defuddle', 10) + pad('analysis (Node)', 17) + 'partial');
for (const [i, r] of live.entries()) {
  const size = pad(`${(items[i].html.length / 1e6).toFixed(1)} MB`, 10);
  if (r.error) {
    console.log(pad(r.id, 18) + size + `error: ${r.error}`);
    continue;
  }
  // The background's share: the text stages on what the content script sent.
  const paragraphs = r.lede.text ? r.lede.text.split('\n\n') : [];
  const t = performance.now();
  const analysis = core.analyzeArticle(
    { url: null, title: null, byline: null, published: null, site: null, lang: 'en', dir: 'ltr', isArticle: r.lede.isArticle, paragraphs, partial: r.lede.partial },
    { gazetteer },
  );
  const analysisMs = performance.now() - t;
  console.log(
    pad(r.id, 18) + size + pad(r.elements, 10) + pad(ms(r.lede), 8) + pad(r.lede.partial ? 'yes' : 'no', 9) +
      pad(ms(r.readability), 13) + pad(ms(r.defuddle), 10) + pad(analysisMs.toFixed(1), 17) + (analysis.partial ? 'yes' : 'no'),
  );
}
console.log('budgets: detection 400 ms and clutter scan 200 ms on the page (plus sizes: 200,000 elements, 2,000,000 characters);');
console.log('text stages: 2,000 paragraphs, 300,000 characters, no stage started after 1,500 ms. "partial": the popup says Lede stopped early.');
