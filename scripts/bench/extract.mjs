#!/usr/bin/env node
// `npm run bench:extract [-- --quick] [-- --no-live] [-- --no-node] [-- --per-page]`
//
// Article extraction and clutter, Lede against Readability.js and Defuddle on the same pages:
//  1. Text quality in Node: /work/shared/bench/extraction/eval.mjs runs each tool's command once per
//     page of the ScrapingHub and trafilatura dev sets (Lede: its CLI) and scores it (shingle F1 /
//     snippet F1). The peers (Readability.js, Defuddle, over linkedom) run in one process per set
//     and are scored from their saved output by the same script (--per-page: through their
//     one-page wrappers instead, as slow as it sounds). Times are each tool's own extract_ms (HTML
//     parsing excluded for all).
//     Every figure is also printed per half of the dev pages (split by site, scripts/bench/split.mjs):
//     rules are tuned on half A, half B is held out, and Readability.js's own A-B difference says
//     how much harder one half is than the other.
//  1b. Signals: detection with each of its named signals off in turn, per half, and the
//     keep-or-drop decision cross-validated (scripts/bench/extract/signals.mjs).
//  1c. Losses: the trafilatura snippets Lede gets wrong, by kind (standfirst, link roll, newsletter
//     plug…), per half (scripts/bench/extract/losses.mjs).
//  2. Time on the live page, cold: each ScrapingHub page loaded in headless Chromium in a fresh
//     renderer per tool, the tool injected and timed there (scripts/bench/extract/live.mjs); Lede
//     runs its content script's path (detection + clutter hiding with its watch).
//  3. Clutter: share of the hand-labelled blocks in test/clutter-labels.json that Lede hides, and
//     story words hidden (must be 0), in Node (no layout) and in Chromium (with layout, every
//     benchmark page, where Lede's longest run is also recorded: over 50 ms is a long task).
// --quick uses 15 pages of each set. Lede's CLI is run as `node dist/cli/lede.mjs` after one
// `scripts/analyze.mjs` build check: the same program `npm run -s analyze` runs, without npm's
// start-up on every page.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { bundle } from './extract/bundle.mjs';
import { browserBundles, timeCold, timeLive } from './extract/live.mjs';
import { labelsHidden, storyWordsHidden, snippetWordsHidden } from './extract/clutter-eval.mjs';
import { ablate, crossValidate, halfFromPerPage } from './extract/signals.mjs';
import { LEAKED, MISSED, lossTable } from './extract/losses.mjs';
import { HALVES, halfOfPage } from './split.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BENCH = '/work/shared/bench/extraction';
const CORPUS = '/work/shared/corpus/extraction';
const { loadDataset, readPageBytes, decodeUtf8OrNull } = await import(`${BENCH}/dataset.mjs`);

const argv = process.argv.slice(2);
const opt = {
  quick: argv.includes('--quick'),
  live: !argv.includes('--no-live'),
  node: !argv.includes('--no-node'),
  tools: (argv.find((a) => a.startsWith('--tools=')) ?? '--tools=lede,readability,defuddle').slice(8).split(','),
  perPage: argv.includes('--per-page'),
};
const QUICK_PAGES = 15;
const tmp = mkdtempSync(join(tmpdir(), 'lede-bench-'));
const t0 = performance.now();
const log = (...a) => console.error(`[${((performance.now() - t0) / 1000).toFixed(0).padStart(4)}s]`, ...a);

const TOOLS = {
  lede: `node ${root}dist/cli/lede.mjs {html} --url {url} --json`,
  readability: `node ${root}scripts/bench/extract/readability.mjs {html} --url {url}`,
  defuddle: `node ${root}scripts/bench/extract/defuddle.mjs {html} --url {url}`,
};
const SETS = [
  { name: 'scrapinghub', dir: `${CORPUS}/scrapinghub` },
  { name: 'trafilatura', dir: `${CORPUS}/trafilatura` },
];

/** An even spread of pages for --quick, so that quick figures are not the first sites only. */
function pick(items) {
  if (!opt.quick) return items;
  const step = items.length / QUICK_PAGES;
  return Array.from({ length: QUICK_PAGES }, (_, i) => items[Math.floor(i * step)]);
}

function run(cmd, args) {
  return new Promise((res) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err = (err + d).slice(-4000)));
    child.on('close', (code) => res({ code, out, err }));
  });
}

// ------------------------------------------------------------------ build
{
  const r = spawnSync(process.execPath, [join(root, 'scripts/analyze.mjs'), '--help'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0 || !existsSync(join(root, 'dist/cli/lede.mjs'))) {
    console.error('bench:extract: building the CLI failed\n' + String(r.stderr));
    process.exit(1);
  }
}

// Every bundle is built now, so that all figures of a run come from the same sources.
const bundles = opt.live ? await browserBundles(tmp) : null;
const clutterEntry = join(tmp, 'clutter-entry.ts');
writeFileSync(clutterEntry, `export { extractArticle } from '${root}src/core/extract/index.ts';\nexport { ALL_SIGNALS, DETECTION_SIGNALS } from '${root}src/core/extract/signals.ts';\nexport { findClutter } from '${root}src/core/clutter/index.ts';\nexport { parseHtml, decodePage } from '${root}src/cli/dom.ts';\n`);
const ledeNodeBundle = await bundle(clutterEntry, { dir: tmp, name: 'lede-node' });

const datasets = SETS.map((s) => {
  const ds = loadDataset(s.dir);
  const items = pick(ds.items);
  const idsFile = join(tmp, `${s.name}.ids`);
  writeFileSync(idsFile, items.map((it) => it.id).join('\n') + '\n');
  return { ...s, kind: ds.kind, items, idsFile };
});

// ------------------------------------------------------------------ 1. quality in Node
const quality = {}; // set -> tool -> summary
if (opt.node) {
  for (const ds of datasets) {
    quality[ds.name] = {};
    for (const tool of opt.tools) {
      log(`node: ${tool} on ${ds.name} (${ds.items.length} pages)`);
      const json = join(tmp, `${ds.name}-${tool}.json`);
      let source = ['--cmd', TOOLS[tool]];
      if (tool !== 'lede' && !opt.perPage) {
        // Peers run in one process per set (batch.mjs), scored from their saved output.
        const preds = join(tmp, `${ds.name}-${tool}.preds.json`);
        const b = await run(process.execPath, [join(root, 'scripts/bench/extract/batch.mjs'), '--tool', tool, '--data', ds.dir, '--ids', `@${ds.idsFile}`, '--out', preds]);
        if (b.code !== 0) log(`  batch failed: ${b.err.split('\n').slice(-3).join(' ')}`);
        source = ['--predictions', preds];
      }
      const r = await run(process.execPath, [`${BENCH}/eval.mjs`, '--data', ds.dir, '--ids', `@${ds.idsFile}`, ...source,
        '--label', tool, '--json', json, '--per-page', join(tmp, `${ds.name}-${tool}.tsv`), '--bootstrap', '200', '--quiet']);
      if (r.code !== 0 || !existsSync(json)) {
        log(`  eval failed: ${r.err.split('\n').slice(-3).join(' ')}`);
        continue;
      }
      quality[ds.name][tool] = JSON.parse(readFileSync(json, 'utf8'));
      log(`  ${r.out.trim()}`);
    }
  }
}

// ------------------------------------------------------------------ 1b. signals, per half
// Every signal switched off in turn, in this process (Lede's core over linkedom, the same code as
// the CLI), then the keep-or-drop decision cross-validated: tuned on one half, scored on the other.
let signals = null;
if (opt.node) {
  log('node: Lede with each detection signal off, per half');
  const lede = await import(ledeNodeBundle);
  const ablation = ablate(lede, datasets);
  signals = { lede, ablation, folds: crossValidate(lede, datasets, ablation) };
}
// Where Lede still loses on the trafilatura pages, by kind, per half (scripts/bench/extract/losses.mjs).
let losses = null;
if (opt.node) {
  const tr = datasets.find((d) => d.kind === 'trafilatura');
  if (tr) losses = lossTable(await import(ledeNodeBundle), tr);
}

// ------------------------------------------------------------------ 3a. clutter in Node
const labelsFile = join(root, 'test/clutter-labels.json');
const labels = existsSync(labelsFile) ? JSON.parse(readFileSync(labelsFile, 'utf8')).pages : {};
const truthOf = new Map();
for (const ds of datasets) for (const it of loadDataset(ds.dir).items) truthOf.set(it.id, { ds, it });

function pagesForClutter() {
  // Every benchmark page (for story words), plus labelled pages outside the selection.
  const pages = new Map();
  for (const ds of datasets) for (const it of ds.items) pages.set(it.id, { id: it.id, ds, it });
  if (!opt.quick) {
    for (const id of Object.keys(labels)) {
      if (pages.has(id)) continue;
      const t = truthOf.get(id);
      if (t) pages.set(id, { id, ds: t.ds, it: t.it });
    }
  }
  return [...pages.values()];
}

function pageHtml(p) {
  const bytes = readPageBytes(p.it.file);
  const text = decodeUtf8OrNull(bytes);
  return { bytes, text: text ?? bytes.toString('latin1'), utf8: text !== null };
}

function scoreClutter(results) {
  // results: [{ id, hidden: string[] }]
  let labelled = 0;
  let found = 0;
  const byHalf = { A: { labelled: 0, found: 0 }, B: { labelled: 0, found: 0 } };
  const missed = [];
  let storyWords = 0;
  const leaks = [];
  for (const r of results) {
    const lab = labels[r.id]?.labels ?? [];
    if (lab.length) {
      const m = labelsHidden(lab, r.hidden);
      labelled += lab.length;
      found += m.found.length;
      // The bundled sample belongs to neither half: it is the page Lede was first written for.
      const t = truthOf.get(r.id);
      if (t) {
        const h = byHalf[halfOfPage(t.it.url, t.it.id)];
        h.labelled += lab.length;
        h.found += m.found.length;
      }
      for (const x of m.missed) missed.push(`${r.id.slice(0, 24)}: ${x}`);
    }
    const t = truthOf.get(r.id);
    let w = 0;
    if (t && t.ds.kind === 'scrapinghub') w = storyWordsHidden(t.it.truth, r.hidden);
    else if (t) w = snippetWordsHidden(t.it.with, r.hidden);
    else if (r.storyText) w = storyWordsHidden(r.storyText, r.hidden);
    if (w) leaks.push(`${r.id.slice(0, 30)}: ${w} words`);
    storyWords += w;
  }
  return { labelled, found, byHalf, missed, storyWords, leaks, pages: results.length };
}

const sample = { id: 'mosul', url: 'https://courier.example/world/mosul', file: join(root, 'assets/sample/mosul.html') };
let clutterNode = null;
{
  log('node: Lede clutter on labelled and benchmark pages');
  const lede = await import(ledeNodeBundle);
  const results = [];
  const one = (id, html, url, storyText) => {
    const doc = lede.parseHtml(html);
    const article = lede.extractArticle(doc, { url });
    const hidden = article.isArticle ? lede.findClutter(doc, article).map((c) => c.text) : [];
    results.push({ id, hidden, storyText: storyText ?? null });
  };
  const sampleHtml = readFileSync(sample.file, 'utf8');
  const sampleArticle = lede.extractArticle(lede.parseHtml(sampleHtml), { url: sample.url });
  one(sample.id, sampleHtml, sample.url, sampleArticle.paragraphs.join('\n'));
  for (const p of pagesForClutter()) one(p.id, pageHtml(p).text, p.it.url);
  clutterNode = scoreClutter(results);
}

// ------------------------------------------------------------------ 2 + 3b. live Chromium
let live = null;
let clutterLive = null;
if (opt.live) {
  const pages = pagesForClutter();
  log(`chromium: ${pages.length + 1} pages, Lede / Readability / Defuddle timed in the page`);
  const items = [{ id: sample.id, url: sample.url, html: readFileSync(sample.file), utf8: true }];
  for (const p of pages) {
    const h = pageHtml(p);
    items.push({ id: p.id, url: p.it.url, html: h.bytes, utf8: p.ds.kind === 'scrapinghub' || h.utf8 });
  }
  live = await timeLive(items, bundles, {
    tools: ['lede'],
    onProgress: (i, n) => { if (i % 50 === 0 || i === n) log(`  ${i}/${n}`); },
  });
  const ok = live.filter((r) => !r.error);
  const sampleLive = ok.find((r) => r.id === sample.id);
  clutterLive = scoreClutter(ok.map((r) => ({ id: r.id, hidden: r.lede.hidden, storyText: r.id === sample.id ? sampleLive?.lede.text : null })));
  const errors = live.filter((r) => r.error);
  if (errors.length) log(`  ${errors.length} pages failed to load: ${errors.slice(0, 3).map((e) => `${e.id}: ${e.error}`).join('; ')}`);
}
let cold = null;
if (opt.live) {
  const sh = datasets.find((d) => d.name === 'scrapinghub');
  log(`chromium, cold: ${sh.items.length} ScrapingHub pages x ${opt.tools.length} tools, a fresh renderer each`);
  cold = await timeCold(sh.items.map((it) => ({ id: it.id, url: it.url, html: readPageBytes(it.file), utf8: true })), bundles, opt.tools, {
    onProgress: (i, n) => { if (i % 20 === 0 || i === n) log(`  ${i}/${n}`); },
  });
  const errors = cold.filter((r) => r.error);
  if (errors.length) log(`  ${errors.length} pages failed: ${errors.slice(0, 3).map((e) => `${e.id}: ${e.error}`).join('; ')}`);
}

// ------------------------------------------------------------------ report
const pct = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] : NaN);
const stats = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return { median: pct(s, 0.5), p95: pct(s, 0.95), n: s.length };
};
const f3 = (x) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '-');

const out = [];
out.push('');
out.push(`Article extraction, dev splits${opt.quick ? ` (--quick: ${QUICK_PAGES} pages per set)` : ''}: Lede vs Readability.js 0.6 vs Defuddle 0.19`);
const head = ['tool', 'SH F1', 'P', 'R', 'SH ms med/p95', 'TR F1', 'P', 'R', 'TR ms med/p95', 'Chromium cold ms med/p95', '+clone', 'inject'];
const rows = [head];
for (const tool of opt.tools) {
  const sh = quality.scrapinghub?.[tool];
  const tr = quality.trafilatura?.[tool];
  const nodeMs = (q) => (q?.timing?.extract_ms ? `${f1(q.timing.extract_ms.median)}/${f1(q.timing.extract_ms.p95)}` : '-');
  let chromium = '-';
  let withClone = '-';
  let inject = '-';
  if (cold) {
    const ok = cold.filter((r) => !r.error);
    const s = stats(ok.map((r) => r[tool]?.ms));
    chromium = `${f1(s.median)}/${f1(s.p95)} (n=${s.n})`;
    const c = stats(ok.map((r) => (r[tool]?.ms ?? NaN) + (r[tool]?.cloneMs ?? 0)));
    withClone = `${f1(c.median)}/${f1(c.p95)}`;
    const j = stats(ok.map((r) => r[tool]?.injectMs));
    inject = `${f1(j.median)}/${f1(j.p95)}`;
  }
  rows.push([tool, f3(sh?.f1), f3(sh?.precision), f3(sh?.recall), nodeMs(sh), f3(tr?.f1), f3(tr?.precision), f3(tr?.recall), nodeMs(tr), chromium, withClone, inject]);
}
const widths = head.map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
for (const r of rows) out.push(r.map((v, c) => String(v).padEnd(widths[c])).join('  '));
out.push('SH = ScrapingHub (shingle F1, macro), TR = trafilatura (with/without snippets, micro). ms: the tool\'s own extraction time');
out.push('per page (Node: linkedom, parsing excluded; Chromium cold: ScrapingHub pages, a fresh renderer per page and tool, Lede =');
out.push('detection + clutter hiding as its content script runs them, peers on a clone of the page; "+clone" adds the cloning a peer');
out.push('needs before it may change the page; "inject": evaluating the tool\'s script before its run, paid by every injected tool).');
if (opt.node) {
  // The halves: sites hashed into A and B (scripts/bench/split.mjs). A peer's own gap between the
  // halves is how much harder one half is; Lede's gap beyond it is what tuning left behind.
  const count = (ds, h) => ds.items.filter((it) => halfOfPage(it.url, it.id) === h).length;
  out.push('');
  out.push(`Cross-validation: the dev pages split by site into halves A (${datasets.map((d) => `${count(d, 'A')} ${d.name}`).join(', ')}) and ` +
    `B (${datasets.map((d) => `${count(d, 'B')}`).join(', ')}); from this split on, rules are tuned on A and B is held out.`);
  const hrows = [['tool', 'SH A', 'SH B', 'B-A', 'TR A', 'TR B', 'B-A']];
  const half = {};
  for (const tool of opt.tools) {
    const r = [tool];
    half[tool] = {};
    for (const ds of datasets) {
      const q = quality[ds.name]?.[tool];
      const [a, b] = HALVES.map((h) => (q?.perPage ? halfFromPerPage(ds.kind, q.perPage, h) : NaN));
      half[tool][ds.name] = b - a;
      r.push(f3(a), f3(b), Number.isFinite(b - a) ? (b - a >= 0 ? '+' : '') + (b - a).toFixed(3) : '-');
    }
    hrows.push(r);
  }
  const hw = hrows[0].map((_, c) => Math.max(...hrows.map((r) => String(r[c]).length)));
  for (const r of hrows) out.push(r.map((v, c) => String(v).padEnd(hw[c])).join('  '));
  if (half.lede && half.readability) {
    // Readability.js was never tuned on either half, so its A-B difference is how much harder one
    // half's pages are; what Lede loses from A to B beyond that is what tuning on A left behind.
    out.push(`Gap, tuned half A minus held-out half B, beyond Readability.js's own A-B: ` +
      datasets.map((d) => `${d.name} ${(half.readability[d.name] - half.lede[d.name]).toFixed(3)}`).join(', ') + ' (target < 0.005).');
  }
}
if (signals) {
  const { lede, ablation, folds } = signals;
  out.push('');
  out.push('Detection signals (src/core/extract/signals.ts): what each adds = F1 with it minus F1 with it alone switched off, per half;');
  out.push('pages = pages whose own score it moves (A/B). A signal that adds on one half only, or on one page, was fitted to those pages.');
  const sgn = (x) => (Math.abs(x) < 0.00005 ? ' 0     ' : (x > 0 ? '+' : '') + x.toFixed(4));
  const srows = [['signal', 'SH A', 'SH B', 'TR A', 'TR B', 'pages', 'what it is']];
  for (const s of lede.ALL_SIGNALS) {
    const moved = datasets.map((ds) => ablation[ds.name].moved[s]);
    srows.push([s, ...datasets.flatMap((ds) => HALVES.map((h) => sgn(ablation[ds.name].scores.all[h] - ablation[ds.name].scores[s][h]))),
      `${moved.reduce((n, m) => n + m.A, 0)}/${moved.reduce((n, m) => n + m.B, 0)}`, lede.DETECTION_SIGNALS[s]]);
  }
  const sw = srows[0].map((_, c) => Math.max(...srows.map((r) => String(r[c]).length)));
  for (const r of srows) out.push(r.map((v, c) => (c === srows[0].length - 1 ? v : String(v).padEnd(sw[c]))).join('  '));
  for (const f of folds) {
    const sc = f.scores;
    out.push(`Fold tuned on ${f.tune}: signals that subtract there: ${f.dropped.length ? f.dropped.join(', ') : 'none'}; ` +
      datasets.map((ds) => `${ds.name} ${f.tune} ${f3(sc[ds.name][f.tune])}, held-out ${f.held} ${f3(sc[ds.name][f.held])}`).join('; ') + '.');
  }
}
if (losses) {
  out.push('');
  out.push('Where Lede loses on trafilatura, snippets by kind (half A / held-out half B; scripts/bench/extract/losses.mjs):');
  const line = (side, kinds) => `  ${side} ${kinds.map((k) => `${k} ${losses.A[side][k]}/${losses.B[side][k]}`).join(', ')}`;
  out.push(line('leaked', LEAKED));
  out.push(line('missed', MISSED));
}
if (cold) {
  const ok = cold.filter((r) => !r.error);
  const l = stats(ok.map((r) => r.lede?.ms));
  const rd = stats(ok.map((r) => r.readability?.ms));
  const rc = stats(ok.map((r) => r.readability?.ms + (r.readability?.cloneMs ?? 0)));
  const le = stats(ok.map((r) => r.lede?.extractMs));
  out.push(`Chromium cold: Lede median ${f1(l.median)} ms (target <= 8; detection alone ${f1(le.median)}), p95 ${f1(l.p95)} ms (target <= 30); ` +
    `Lede/Readability median ratio ${(l.median / rd.median).toFixed(2)}, ${(l.median / rc.median).toFixed(2)} with its clone (target <= 0.5).`);
  // Every page's time is recorded in cold-times.tsv; the slowest pages are where to look next.
  writeFileSync(join(tmp, 'cold-times.tsv'), ['page\tlede_ms\treadability_ms\tdefuddle_ms', ...ok
    .map((r) => [r.id, r.lede?.ms, r.readability?.ms, r.defuddle?.ms].map((x) => (typeof x === 'number' ? x.toFixed(2) : x ?? '')).join('\t'))].join('\n') + '\n');
  const slowest = ok.filter((r) => Number.isFinite(r.lede?.ms)).sort((a, b) => b.lede.ms - a.lede.ms).slice(0, 5);
  out.push(`Chromium cold, slowest pages for Lede: ${slowest.map((r) => `${r.id.slice(0, 12)} ${f1(r.lede.ms)} ms (Readability ${f1(r.readability?.ms)})`).join(', ')}`);
}
if (live) {
  // One run per page is one task on the page's main thread: over 50 ms it is a long task.
  const ok = live.filter((r) => !r.error && Number.isFinite(r.lede?.ms));
  const worst = [...ok].sort((a, b) => b.lede.ms - a.lede.ms);
  const long = ok.filter((r) => r.lede.ms > 50);
  out.push(`Chromium, all ${ok.length} benchmark pages: Lede's longest run ${f1(worst[0]?.lede.ms)} ms, runs over 50 ms (long tasks) ${long.length}` +
    `${long.length ? `: ${long.slice(0, 5).map((r) => `${r.id.slice(0, 16)} ${f1(r.lede.ms)} ms`).join(', ')}` : ''} (target 0).`);
}
for (const [name, c] of [['Node (linkedom, no layout)', clutterNode], ['Chromium (layout)', clutterLive]]) {
  if (!c) continue;
  out.push(`Clutter, ${name}: labelled blocks hidden ${c.found}/${c.labelled} = ${(100 * c.found / Math.max(1, c.labelled)).toFixed(1)}% ` +
    `(target >= 95%; half A ${c.byHalf.A.found}/${c.byHalf.A.labelled}, half B ${c.byHalf.B.found}/${c.byHalf.B.labelled}); story words hidden ${c.storyWords} on ${c.pages} pages (target 0)`);
  if (c.missed.length) out.push(`  missed: ${c.missed.slice(0, 12).join(' | ')}${c.missed.length > 12 ? ` … (${c.missed.length})` : ''}`);
  if (c.leaks.length) out.push(`  STORY HIDDEN: ${c.leaks.join(' | ')}`);
}
out.push(`per-page files in ${tmp}; total ${((performance.now() - t0) / 1000).toFixed(0)} s`);
console.log(out.join('\n'));
