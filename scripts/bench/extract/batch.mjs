#!/usr/bin/env node
// Runs a peer over many pages in one process and saves its output in the scorer's predictions
// format, for `eval.mjs --predictions` (same pages, same metric as the per-page command, without
// a Node start-up per page):
//   node batch.mjs --tool readability|defuddle --data DIR --ids @FILE --out preds.json
// Pages are decoded exactly as the per-page wrappers decode them. The peer's code warms up over
// the pages here, which if anything flatters its Node timing next to Lede's cold per-page CLI.
import { writeFileSync } from 'node:fs';
import { readability, defuddle } from './peers.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((a, v, i, all) => (v.startsWith('--') ? [...a, [v.slice(2), all[i + 1]]] : a), []));
const { loadDataset, selectIds, readPageBytes } = await import('/work/shared/bench/extraction/dataset.mjs');
const tool = { readability, defuddle }[args.tool];
if (!tool || !args.data || !args.out) {
  process.stderr.write('usage: batch.mjs --tool readability|defuddle --data DIR [--ids @FILE] --out preds.json\n');
  process.exit(2);
}
const items = selectIds(loadDataset(args.data).items, args.ids);
const output = {};
for (const it of items) {
  const r = tool(readPageBytes(it.file).toString('utf8'), it.url);
  output[it.id] = { articleBody: r.text, timing: { extract_ms: Math.round(r.ms * 100) / 100 } };
}
writeFileSync(args.out, JSON.stringify({ version: args.tool, output }));
