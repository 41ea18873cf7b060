#!/usr/bin/env node
// `npm run bench:summary`: ROUGE of Lede's summary against Lead-3 and TextRank on the CNN/DM and
// XSum dev sets, all scored in the same run by /work/shared/bench/summary/eval.mjs through each
// system's command line. Each set is also scored by half (split.mjs, by article id): half A is the
// one the summariser is tuned on from now on, half B is held out. Then the faithfulness check
// (faithfulness.mjs: summary sentences that lean on a sentence the summary left out), and Lede's
// summary time per article, measured in-process.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCore, loadDocs, num, pad, readJsonLines, runEval, shared, timePerItem } from './text-bench-lib.mjs';
import { HALVES, halfOf } from './split.mjs';
import { danglingSentences } from './faithfulness.mjs';

const SETS = ['cnndm', 'xsum'];
const SYSTEMS = [
  ['Lede', 'npm run -s analyze -- {file} --json'],
  ['Lead-3', `node ${join(shared, 'bench/summary/lead3.mjs')} {file}`],
  ['TextRank', `node ${join(shared, 'bench/summary/textrank.mjs')} {file}`],
];

const mean = (xs) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

const tmp = mkdtempSync(join(tmpdir(), 'lede-summary-bench-'));
const rows = [];
for (const set of SETS) {
  const data = join(shared, 'corpus/summary', set);
  const docs = new Map(loadDocs(data).map((d) => [d.id, d]));
  for (const [name, cmd] of SYSTEMS) {
    process.stderr.write(`${set}: ${name}…\n`);
    const save = join(tmp, `${set}-${name}.jsonl`);
    const { figures } = runEval('summary/eval.mjs', data, cmd, ['--save', save]);
    const perDoc = readJsonLines(save);
    const halves = Object.fromEntries(HALVES.map((h) => [h, mean(perDoc.filter((r) => halfOf(r.id) === h).map((r) => r.scores.r1.f))]));
    const faith = { dangling: 0, unplaced: 0, sentences: 0, docs: 0 };
    for (const r of perDoc) {
      const f = danglingSentences(r.summary ?? [], docs.get(r.id).paragraphs);
      faith.dangling += f.dangling;
      faith.unplaced += f.unplaced;
      faith.sentences += f.sentences;
      faith.docs += f.dangling > 0 ? 1 : 0;
    }
    rows.push({ set, name, ...figures, halves, faith, n: perDoc.length, nHalf: Object.fromEntries(HALVES.map((h) => [h, perDoc.filter((r) => halfOf(r.id) === h).length])) });
  }
}
rmSync(tmp, { recursive: true, force: true });

console.log(`\n${pad('set', 7)}${pad('system', 10)}${pad('R1', 8)}${pad('R2', 8)}${pad('RL', 8)}${pad('words', 8)}${pad('R1 A (tune)', 13)}${pad('R1 B (held out)', 17)}dangling sentences (docs)`);
for (const r of rows) {
  console.log(
    `${pad(r.set, 7)}${pad(r.name, 10)}${pad(num(100 * r.R1, 1), 8)}${pad(num(100 * r.R2, 1), 8)}${pad(num(100 * r.RL, 1), 8)}${pad(num(r.mean, 1), 8)}` +
      `${pad(num(100 * r.halves.A, 1), 13)}${pad(num(100 * r.halves.B, 1), 17)}${r.faith.dangling} of ${r.faith.sentences} (${r.faith.docs} docs)${r.faith.unplaced ? `, ${r.faith.unplaced} not found in the article` : ''}`,
  );
}
console.log(`\nHalves by article id (split.mjs): ${SETS.map((s) => { const r = rows.find((x) => x.set === s); return `${s} A ${r.nHalf.A} / B ${r.nHalf.B}`; }).join(', ')} articles.`);
for (const set of SETS) {
  const lede = rows.find((r) => r.set === set && r.name === 'Lede');
  const lead = rows.find((r) => r.set === set && r.name === 'Lead-3');
  const gain = (h) => 100 * (lede.halves[h] - lead.halves[h]);
  console.log(`${pad(set, 7)}Lede − Lead-3, ROUGE-1: A ${gain('A') >= 0 ? '+' : ''}${num(gain('A'), 1)}, held-out B ${gain('B') >= 0 ? '+' : ''}${num(gain('B'), 1)} (target ≥ +1.0 on B)`);
}
console.log('Dangling: a summary sentence opening on a pronoun, demonstrative or connective whose sentence before it in the article is not in the summary.');

// In-process timing: the CLI's start-up (~0.2 s) would hide the summary's own cost.
const core = await loadCore();
console.log('');
for (const set of SETS) {
  const docs = loadDocs(join(shared, 'corpus/summary', set));
  const ms = timePerItem(docs, (d) => core.summarize(d.paragraphs, { title: d.title ?? null }));
  const words = docs.reduce((a, d) => a + core.words(d.paragraphs.join(' ')).length, 0) / docs.length;
  console.log(`${pad(set, 7)}Lede summary ${num(ms, 2)} ms/article in-process (mean ${Math.round(words)} words)`);
}
