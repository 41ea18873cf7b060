#!/usr/bin/env node
// Development loop for the place glossary: the same corpora and the same scoring functions as
// `npm run bench:places`, but in one process (bundled from source, no CLI start per document), so
// a change can be measured in seconds. The figures to report come from bench:places.
//   node scripts/bench/places-fast.mjs [--corpus gwn] [--details FILE]
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HALVES, halfOf } from './split.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const SHARED = opt('--shared', process.env.LEDE_SHARED ?? join(root, '../shared'));
const corpora = opt('--corpus', 'gwn,lgl,trnews,geovirus').split(',');
const { scoreDoc, aggregate } = await import(pathToFileURL(join(SHARED, 'bench/geo/metrics.mjs')).href);
const { toParagraphs } = await import(pathToFileURL(join(SHARED, 'bench/geo/html-doc.mjs')).href);

const bundle = join(mkdtempSync(join(tmpdir(), 'lede-places-')), 'places.mjs');
const { build } = await import('rolldown');
await build({ cwd: root, input: join(root, 'src/core/places/index.ts'), platform: 'node', logLevel: 'silent', output: { file: bundle, format: 'esm' } });
const { parseGazetteer, findPlaces } = await import(pathToFileURL(bundle).href);
rmSync(dirname(bundle), { recursive: true, force: true });
const gaz = parseGazetteer(readFileSync(join(root, 'assets/gazetteer/places.tsv'), 'utf8'));

const results = [];
const details = [];
for (const corpus of corpora) {
  const file = join(SHARED, 'corpus/geo', corpus, 'docs.jsonl');
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line);
    // The CLI sees the title as the page title, not as a paragraph; the body is the text's lines.
    const places = findPlaces(toParagraphs(doc.text), gaz).map((p) => ({ ...p }));
    const score = scoreDoc(doc, places, false);
    results.push({ doc, score, ms: 0 });
    details.push({ id: doc.id, misses: score.misses, falsePositives: score.falsePositives, wrong: score.wrong });
  }
}
const f = (x) => x.toFixed(3);
for (const c of corpora) {
  const a = aggregate(results.filter((r) => r.doc.corpus === c));
  console.log(`${c.padEnd(9)} P ${f(a.P)} R ${f(a.R)} F1 ${f(a.F1)} acc161 ${f(a.acc161)}`);
}
const a = aggregate(results);
console.log(`all       P ${f(a.P)} R ${f(a.R)} F1 ${f(a.F1)} acc161 ${f(a.acc161)}`);
// The halves bench:places reports: A is tuned on, B held out.
for (const h of HALVES) {
  const ah = aggregate(results.filter((r) => halfOf(r.doc.id) === h));
  console.log(`half ${h}    P ${f(ah.P)} R ${f(ah.R)} F1 ${f(ah.F1)} acc161 ${f(ah.acc161)}`);
}
if (opt('--details')) writeFileSync(opt('--details'), JSON.stringify(details, null, 1));
