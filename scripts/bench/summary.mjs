#!/usr/bin/env node
// `npm run bench:summary`: ROUGE of Lede's summary against Lead-3 and TextRank on the CNN/DM and
// XSum dev sets, all scored in the same run by /work/shared/bench/summary/eval.mjs through each
// system's command line; then Lede's summary time per article, measured in-process.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCore, num, pad, runEval, shared, timePerItem } from './text-bench-lib.mjs';

const SETS = ['cnndm', 'xsum'];
const SYSTEMS = [
  ['Lede', 'npm run -s analyze -- {file} --json'],
  ['Lead-3', `node ${join(shared, 'bench/summary/lead3.mjs')} {file}`],
  ['TextRank', `node ${join(shared, 'bench/summary/textrank.mjs')} {file}`],
];

const rows = [];
for (const set of SETS) {
  const data = join(shared, 'corpus/summary', set);
  for (const [name, cmd] of SYSTEMS) {
    process.stderr.write(`${set}: ${name}…\n`);
    const { figures } = runEval('summary/eval.mjs', data, cmd);
    rows.push({ set, name, ...figures });
  }
}

console.log(`\n${pad('set', 7)}${pad('system', 10)}${pad('R1', 8)}${pad('R2', 8)}${pad('RL', 8)}words`);
for (const r of rows) {
  console.log(`${pad(r.set, 7)}${pad(r.name, 10)}${pad(num(100 * r.R1, 1), 8)}${pad(num(100 * r.R2, 1), 8)}${pad(num(100 * r.RL, 1), 8)}${num(r.mean, 1)}`);
}

// In-process timing: the CLI's start-up (~0.2 s) would hide the summary's own cost.
const core = await loadCore();
console.log('');
for (const set of SETS) {
  const dir = join(shared, 'corpus/summary', set);
  const docs = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
  const ms = timePerItem(docs, (d) => core.summarize(d.paragraphs, { title: d.title ?? null }));
  const words = docs.reduce((a, d) => a + core.words(d.paragraphs.join(' ')).length, 0) / docs.length;
  console.log(`${pad(set, 7)}Lede summary ${num(ms, 2)} ms/article in-process (mean ${Math.round(words)} words)`);
}
