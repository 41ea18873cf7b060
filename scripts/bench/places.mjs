#!/usr/bin/env node
// `npm run bench:places`: the place glossary against the geoparsing dev corpora, beside the
// published systems replayed on the same documents, plus Lede's own load and glossary times.
//
//   npm run bench:places [-- --corpus gwn,lgl] [--jobs 1] [--no-peers] [--details FILE]
//
// Runs /work/shared/bench/geo/eval.mjs once per corpus and system (jobs 1: the machine is shared)
// and prints one table: P / R / F1 / acc161 per corpus and overall.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HALVES, halfOf } from './split.mjs';
import { KINDS, errorKind } from './place-errors.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const SHARED = opt('--shared', process.env.LEDE_SHARED ?? join(root, '../shared'));
const BENCH = join(SHARED, 'bench/geo');
const DATA = join(SHARED, 'corpus/geo');
const CORPORA = opt('--corpus', 'gwn,lgl,trnews,geovirus').split(',');
const JOBS = opt('--jobs', '1');
const PEERS = args.includes('--no-peers')
  ? []
  : ['lgl-clavin', 'lgl-edinburgh', 'lgl-geotxt', 'lgl-yahoo', 'lgl-topocluster', 'gwn-edinburgh', 'gwn-yahoo', 'gwn-emm', 'gwn-ner-google', 'gwn-ner-spacy'];

if (!existsSync(join(BENCH, 'eval.mjs'))) {
  console.error(`bench:places: no geo benchmark at ${BENCH} (set LEDE_SHARED)`);
  process.exit(2);
}

/** Runs eval.mjs and reads its per-corpus lines (or the single "all" line). */
function evaluate(cmd, corpora, details) {
  const extra = details ? ['--details', details] : [];
  const r = spawnSync(process.execPath, [join(BENCH, 'eval.mjs'), '--data', DATA, '--corpus', corpora.join(','), '--jobs', JOBS, '--cmd', cmd, ...extra], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`eval.mjs failed: ${r.stderr}`);
  const rows = new Map();
  for (const line of r.stdout.split('\n')) {
    const m = line.match(/^(\S+)\s+docs\s+(\d+).*?P ([\d.]+)\s+R ([\d.]+)\s+F1 ([\d.]+).*?acc161 ([\d.]+).*?ms\/doc (\d+)/);
    if (m) rows.set(corpora.length === 1 && m[1] === 'all' ? corpora[0] : m[1], { docs: +m[2], P: +m[3], R: +m[4], F1: +m[5], acc161: +m[6], ms: +m[7] });
  }
  return rows;
}

/** The places stage alone, bundled from source, so that in-process figures are the code's, not Node's start-up. */
async function loadPlaces() {
  const bundle = join(mkdtempSync(join(tmpdir(), 'lede-places-')), 'places.mjs');
  const { build } = await import('rolldown');
  await build({ cwd: root, input: join(root, 'src/core/places/index.ts'), platform: 'node', logLevel: 'silent', output: { file: bundle, format: 'esm' } });
  const mod = await import(pathToFileURL(bundle).href);
  rmSync(dirname(bundle), { recursive: true, force: true });
  return mod;
}

/**
 * Lede by half of the documents (split.mjs, by document id: half A is where resolution is tuned
 * from now on, half B is held out) and its wrong resolutions by kind (place-errors.mjs), in
 * process with the benchmark's own scoring functions; the headline table above runs the CLI.
 */
async function halvesAndErrors({ parseGazetteer, findPlaces }) {
  const { scoreDoc, aggregate, claimedStrings } = await import(pathToFileURL(join(BENCH, 'metrics.mjs')).href);
  const { toParagraphs } = await import(pathToFileURL(join(BENCH, 'html-doc.mjs')).href);
  const gaz = parseGazetteer(readFileSync(join(root, 'assets/gazetteer/places.tsv'), 'utf8'));
  const byHalf = Object.fromEntries(HALVES.map((h) => [h, { results: [], kinds: Object.fromEntries(KINDS.map((k) => [k, 0])), flagged: 0, wrong: 0, unsure: 0, unsureWrong: 0 }]));
  for (const corpus of CORPORA) {
    for (const line of readFileSync(join(DATA, corpus, 'docs.jsonl'), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const doc = JSON.parse(line);
      const places = findPlaces(toParagraphs(doc.text), gaz);
      const score = scoreDoc(doc, places, false);
      const h = byHalf[halfOf(String(doc.id))];
      h.results.push({ doc, score, ms: 0 });
      const claims = places.map((p) => claimedStrings(p, false));
      const owner = (name) => places[claims.findIndex((c) => c.has(claimedStrings({ name }, false).values().next().value))];
      const wrongNames = new Set(score.wrong.map((w) => w.name));
      for (const w of score.wrong) {
        const place = owner(w.name);
        if (!place) continue;
        h.kinds[errorKind(w, place, places)]++;
        h.wrong++;
        if (place.alternative) h.flagged++;
      }
      for (const t of doc.toponyms) {
        const place = owner(t.name);
        if (!place?.alternative) continue;
        h.unsure++;
        if (wrongNames.has(t.name)) h.unsureWrong++;
      }
    }
  }
  const byCorpus = (results) => Object.fromEntries(CORPORA.map((c) => [c, aggregate(results.filter((r) => r.doc.corpus === c))]));
  return Object.fromEntries(HALVES.map((h) => [h, { ...byHalf[h], all: aggregate(byHalf[h].results), corpora: byCorpus(byHalf[h].results) }]));
}

/** In-process timings: loading the asset and the glossary for an article of ~2,000 words. */
async function timings({ parseGazetteer, findPlaces }) {
  const raw = readFileSync(join(root, 'assets/gazetteer/places.tsv'), 'utf8');
  const loads = [];
  let gaz;
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    gaz = parseGazetteer(raw);
    loads.push(performance.now() - t);
  }
  const docs = readFileSync(join(DATA, 'gwn/docs.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  // Concatenate news texts until ~2,000 words: a long article with many places.
  const paragraphs = [];
  let words = 0;
  for (const d of docs) {
    for (const p of d.text.split(/\n+/)) {
      if (words >= 2000) break;
      paragraphs.push(p);
      words += p.split(/\s+/).length;
    }
  }
  const runs = [];
  for (let i = 0; i < 15; i++) {
    const t = performance.now();
    findPlaces(paragraphs, gaz);
    runs.push(performance.now() - t);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { loadMs: median(loads), firstLoadMs: loads[0], glossaryMs: median(runs), firstGlossaryMs: runs[0], words, bytes: raw.length };
}

const f = (x) => x.toFixed(2);
const table = [];
const lede = evaluate(`npm run -s analyze -- {file} --json`, CORPORA, opt('--details', null));
table.push(['Lede', lede]);
for (const system of PEERS) {
  const corpus = system.split('-')[0];
  if (!CORPORA.includes(corpus)) continue;
  table.push([system, evaluate(`node ${join(BENCH, 'replay.mjs')} --system ${system} {file}`, [corpus], null)]);
}

const cols = [...CORPORA, 'all'];
console.log(`${'system'.padEnd(16)}${cols.map((c) => c.padEnd(26)).join('')}`);
console.log(`${''.padEnd(16)}${cols.map(() => 'P    R    F1   acc161'.padEnd(26)).join('')}`);
for (const [name, rows] of table) {
  const cells = cols.map((c) => {
    const r = rows.get(c);
    return (r ? `${f(r.P)} ${f(r.R)} ${f(r.F1)} ${f(r.acc161)}` : '-').padEnd(26);
  });
  console.log(`${name.padEnd(16)}${cells.join('')}`);
}
const placesModule = await loadPlaces();
const halves = await halvesAndErrors(placesModule);
console.log(`\nLede by half of the documents (by id; A tuned on from now on, B held out), in process:`);
for (const h of HALVES) {
  const { all, results, corpora } = halves[h];
  // Per corpus too: the targets hold per corpus, and one corpus's annotation habits (GeoVirus's
  // country points) should not hide behind the others.
  const perCorpus = CORPORA.map((c) => `${c} ${f(corpora[c].F1)} / ${f(corpora[c].acc161)}`).join(', ');
  console.log(`  half ${h}: ${results.length} docs, P ${f(all.P)} R ${f(all.R)} F1 ${f(all.F1)} acc161 ${f(all.acc161)}; F1 / acc161 by corpus: ${perCorpus}`);
}
console.log(`Wrong resolutions by kind (half A / half B):`);
for (const k of KINDS) console.log(`  ${k.padEnd(24)}${HALVES.map((h) => halves[h].kinds[k]).join(' / ')}`);
console.log(`  ${'all wrong'.padEnd(24)}${HALVES.map((h) => halves[h].wrong).join(' / ')}, of which the popup marks as uncertain ${HALVES.map((h) => halves[h].flagged).join(' / ')}`);
console.log(
  `Uncertain readings (popup asks "Not sure which"): ${HALVES.map((h) => `${halves[h].unsure} mentions, ${halves[h].unsureWrong} wrong`).join(' / ')}`,
);
const t = await timings(placesModule);
if (t) {
  console.log(
    `Lede gazetteer: ${(t.bytes / 1024).toFixed(0)} KB, load ${f(t.loadMs)} ms (first ${f(t.firstLoadMs)} ms); ` +
      `glossary for ${t.words} words ${f(t.glossaryMs)} ms (first ${f(t.firstGlossaryMs)} ms), Node ${process.version}`,
  );
}
const all = lede.get('all') ?? lede.get(CORPORA[0]);
console.log(`recog_F1 ${f(all.F1)} P ${f(all.P)} R ${f(all.R)} acc161 ${f(all.acc161)}`);
