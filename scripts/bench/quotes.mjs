#!/usr/bin/env node
// `npm run bench:quotes`: quote F1 and speaker accuracy of Lede against the regex baseline on the
// PolNeAR dev set, both scored in the same run by /work/shared/bench/quotes/eval.mjs through their
// command lines; then the time per article of Lede's quote finder, and of summary plus quotes on
// a 2,000-word article, measured in-process.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCore, num, pad, runEval, shared, timePerItem } from './text-bench-lib.mjs';

const data = join(shared, 'corpus/quotes/polnear/dev');
const SYSTEMS = [
  ['Lede', 'npm run -s analyze -- {file} --json'],
  ['regex baseline', `node ${join(shared, 'bench/quotes/regex_baseline.mjs')} {file}`],
];

const rows = [];
for (const [name, cmd] of SYSTEMS) {
  process.stderr.write(`polnear dev: ${name}…\n`);
  const { figures } = runEval('quotes/eval.mjs', data, cmd);
  rows.push({ name, ...figures });
}
console.log(`\n${pad('system', 16)}${pad('quote F1', 10)}${pad('speaker acc', 13)}median ms/doc (CLI, incl. start-up)`);
for (const r of rows) console.log(`${pad(r.name, 16)}${pad(num(r.quote_F1), 10)}${pad(num(r.speaker_acc), 13)}${r['ms/doc'] ?? '—'}`);

const core = await loadCore();
const docs = readdirSync(data).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(data, f), 'utf8')));
const quoteMs = timePerItem(docs, (d) => core.findQuotes(d.paragraphs));
console.log(`\nLede quotes ${num(quoteMs, 2)} ms/article in-process (PolNeAR dev, ${docs.length} articles)`);

// A 2,000-word article: PolNeAR paragraphs taken in order until 2,000 words (quotes included).
const long = [];
let count = 0;
for (const d of docs) for (const p of d.paragraphs) if (count < 2000) { long.push(p); count += core.words(p).length; }
const bothMs = timePerItem([long], (ps) => { core.summarize(ps, {}); core.findQuotes(ps); }, 20);
console.log(`Lede summary + quotes on a ${count}-word article: ${num(bothMs, 2)} ms (target < 15 ms)`);
