#!/usr/bin/env node
// Where does the analysis cost what? Times the text stages (summary, quotes, places) and the
// gazetteer load on the same articles in Node and in a real headless Chromium page, so the figures
// behind "the analysis runs in the background" and the per-stage speed targets are measured, not
// guessed. (The gazetteer "load" is parse only: the asset is searched in place, so the cost that
// remains is reading the file.) Articles: the CNN/DailyMail dev set as written, and 2,000-word articles made by joining
// consecutive ones (the targets are stated for 2,000 words).
//
//   npm run bench:runtime [-- --runs N]
import { readFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../lib/browsers.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const corpusDir = join(root, '../shared/corpus/summary/cnndm');

const articles = readdirSync(corpusDir).sort().map((f) => JSON.parse(readFileSync(join(corpusDir, f), 'utf8')).paragraphs);
const wordCount = (ps) => ps.join(' ').split(/\s+/).length;
const long = [];
for (let i = 0, acc = []; i < articles.length; i++) {
  acc = acc.concat(articles[i]);
  if (wordCount(acc) >= 2000) { long.push(acc); acc = []; }
}
const gazetteerText = readFileSync(join(root, 'assets/gazetteer/places.tsv'), 'utf8');

async function bundle(format) {
  const outDir = mkdtempSync(join(tmpdir(), 'lede-runtime-'));
  await build({
    configFile: false, logLevel: 'error', root,
    build: {
      outDir, emptyOutDir: true, minify: true, target: 'es2022',
      lib: { entry: join(root, 'scripts/bench/runtime/entry.ts'), formats: [format], name: 'lede', fileName: () => `lede.${format === 'es' ? 'mjs' : 'js'}` },
    },
  });
  return { file: join(outDir, `lede.${format === 'es' ? 'mjs' : 'js'}`), dispose: () => rmSync(outDir, { recursive: true, force: true }) };
}

// The measuring code, run unchanged in Node and in the page (it receives the lede module).
function measure(lede, input) {
  const now = () => performance.now();
  const stats = (xs) => { const s = [...xs].sort((a, b) => a - b); return { median: s[s.length >> 1], p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] }; };
  const loads = [];
  let gazetteer;
  for (let i = 0; i < input.runs; i++) { const t = now(); gazetteer = lede.parseGazetteer(input.gazetteerText); loads.push(now() - t); }
  const out = { gazetteer_load: stats(loads) };
  for (const [name, set] of [['as_written', input.articles], ['2000_words', input.long]]) {
    const times = { summary: [], quotes: [], places: [], all: [] };
    for (let r = 0; r < input.runs; r++) {
      for (const ps of set) {
        let t = now(); lede.summarize(ps); times.summary.push(now() - t);
        t = now(); lede.pickKeyQuotes(lede.findQuotes(ps), 5); times.quotes.push(now() - t);
        t = now(); lede.findPlaces(ps, gazetteer); times.places.push(now() - t);
        t = now(); lede.analyzeArticle({ url: null, title: null, byline: null, published: null, site: null, lang: 'en', dir: 'ltr', isArticle: true, paragraphs: ps }, { gazetteer }); times.all.push(now() - t);
      }
    }
    out[name] = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, stats(v)]));
  }
  return out;
}

const input = { runs, articles, long, gazetteerText };

const esm = await bundle('es');
const node = measure(await import(pathToFileURL(esm.file).href), input);
esm.dispose();

const iife = await bundle('iife');
const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.addScriptTag({ content: readFileSync(iife.file, 'utf8') });
const inPage = await page.evaluate(([src, inp]) => (0, eval)(`(${src})`)(globalThis.lede, inp), [measure.toString(), input]);
await browser.close();
iife.dispose();

const f = (x) => x.toFixed(2).padStart(7);
console.log(`\nRuntime of the analysis stages (${articles.length} CNN/DM dev articles, mean ${Math.round(articles.reduce((a, p) => a + wordCount(p), 0) / articles.length)} words; ${long.length} joined 2,000-word articles; ${runs} runs)`);
console.log('stage                         Node median   p95   Chromium median   p95   (ms)');
const row = (label, a, b) => console.log(`${label.padEnd(30)}${f(a.median)}${f(a.p95)}        ${f(b.median)}${f(b.p95)}`);
row('gazetteer load (parse)', node.gazetteer_load, inPage.gazetteer_load);
for (const set of ['as_written', '2000_words']) {
  for (const stage of ['summary', 'quotes', 'places', 'all']) {
    row(`${set === 'as_written' ? 'article' : '2,000 words'}: ${stage === 'all' ? 'whole analysis' : stage}`, node[set][stage], inPage[set][stage]);
  }
}
console.log(`targets: summary+quotes for 2,000 words < 15 ms; glossary < 20 ms; gazetteer load < 50 ms (Chromium)`);
