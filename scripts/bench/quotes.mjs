#!/usr/bin/env node
// `npm run bench:quotes`: quote F1 and speaker accuracy of Lede against the regex baseline on both
// PolNeAR splits, scored in the same run by /work/shared/bench/quotes/eval.mjs through their
// command lines. Rules are developed on train; dev is the figure reported as unseen (and the
// reverse is printed too). Then Lede's speaker errors by kind (quote-errors.mjs), how often Lede
// leaves a quote unattributed, and the time per article of the quote finder, measured in-process.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCore, loadDocs, num, pad, readJsonLines, runEval, shared, timePerItem } from './text-bench-lib.mjs';
import { KINDS, classify, errorTable } from './quote-errors.mjs';

const SPLITS = [
  ['train', 'develop on'],
  ['dev', 'unseen'],
];
const SYSTEMS = [
  ['Lede', 'npm run -s analyze -- {file} --json'],
  ['regex baseline', `node ${join(shared, 'bench/quotes/regex_baseline.mjs')} {file}`],
];
const dirOf = (split) => join(shared, 'corpus/quotes/polnear', split);

const tmp = mkdtempSync(join(tmpdir(), 'lede-quotes-bench-'));
const rows = [];
for (const [split] of SPLITS) {
  const docs = new Map(loadDocs(dirOf(split)).map((d) => [d.id, d]));
  for (const [name, cmd] of SYSTEMS) {
    process.stderr.write(`polnear ${split}: ${name}…\n`);
    const save = join(tmp, `${split}-${name}.jsonl`);
    const { figures } = runEval('quotes/eval.mjs', dirOf(split), cmd, ['--save', save, '--jobs', '2']);
    const perDoc = readJsonLines(save);
    const classified = perDoc.flatMap((r) => r.strict.details.map((d) => classify(docs.get(r.id), d)));
    const preds = perDoc.flatMap((r) => r.preds);
    rows.push({ split, name, ...figures, errors: errorTable(classified), unattributed: preds.filter((p) => !p.speaker).length, predicted: preds.length });
  }
}
rmSync(tmp, { recursive: true, force: true });

console.log(`\n${pad('split', 20)}${pad('system', 16)}${pad('quote F1', 10)}${pad('speaker acc', 13)}${pad('unattributed', 20)}median ms/doc (CLI, incl. start-up)`);
for (const r of rows) {
  const label = `${r.split} (${SPLITS.find(([s]) => s === r.split)[1]})`;
  const un = `${r.unattributed} of ${r.predicted}`;
  console.log(`${pad(label, 20)}${pad(r.name, 16)}${pad(num(r.quote_F1), 10)}${pad(num(r.speaker_acc), 13)}${pad(un, 20)}${r['ms/doc'] ?? '—'}`);
}
console.log('Targets on the unseen split: quote F1 ≥ 0.97, speaker accuracy ≥ 0.92. Unattributed: quotes shown without a speaker (scored as wrong).');

console.log('\nSpeaker errors by how the annotators’ speaker mention reads (wrong / scored quotes, accuracy):');
console.log(`${pad('split', 8)}${pad('system', 16)}${KINDS.map((k) => pad(k, 21)).join('')}among the wrong: next-sentence, disagreement, gold never speaks, unattributed`);
for (const r of rows) {
  const { table, flags } = r.errors;
  const cells = KINDS.map((k) => pad(`${table[k].wrong}/${table[k].quotes} (${num(table[k].quotes ? 1 - table[k].wrong / table[k].quotes : NaN)})`, 21)).join('');
  console.log(`${pad(r.split, 8)}${pad(r.name, 16)}${cells}${flags.nextSentence}, ${flags.disagreement}, ${flags.goldNeverSpeaks}, ${flags.unattributed} of ${flags.wrong}`);
}
console.log('next-sentence: the speaker is named only in the sentence after the quote; disagreement: Lede’s speaker is the one the');
console.log('quote’s own sentence names with a speech verb, and the annotated mention is not in that sentence; gold never speaks:');
console.log('no name the annotators gave is ever the subject or object of a speech verb in the article ("Getty", "Berlin").');

const core = await loadCore();
const docs = loadDocs(dirOf('dev'));
const quoteMs = timePerItem(docs, (d) => core.findQuotes(d.paragraphs));
console.log(`\nLede quotes ${num(quoteMs, 2)} ms/article in-process (PolNeAR dev, ${docs.length} articles)`);

// A 2,000-word article: PolNeAR paragraphs taken in order until 2,000 words (quotes included).
const long = [];
let count = 0;
for (const d of docs) for (const p of d.paragraphs) if (count < 2000) { long.push(p); count += core.words(p).length; }
const bothMs = timePerItem([long], (ps) => { core.summarize(ps, {}); core.findQuotes(ps); }, 20);
console.log(`Lede summary + quotes on a ${count}-word article: ${num(bothMs, 2)} ms (target < 15 ms)`);
