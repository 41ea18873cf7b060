#!/usr/bin/env node
// Defuddle 0.19 over linkedom (its Node entry accepts any DOM Document and uses linkedom itself
// for string input), printing what the extraction scorer reads:
//   node defuddle.mjs page.html[.gz] [--url URL]
//   -> {"article":{"text":...}|null,"timing":{"extract_ms":...}}
// Defuddle returns HTML; its text is taken with a line break per block. Timing covers the
// extraction call only (HTML parsing excluded), like Lede's extract_ms.
import { parseHTML } from 'linkedom';
import { Defuddle } from 'defuddle/node';
import { performance } from 'node:perf_hooks';
import { readPage, argsOf, blockText } from './page.mjs';

const { file, url } = argsOf(process.argv.slice(2));
const { document } = parseHTML(readPage(file));
const t0 = performance.now();
let result = null;
try {
  result = await Defuddle(document, url ?? 'about:blank', { markdown: false });
} catch (err) {
  process.stderr.write(`defuddle: ${err.message}\n`);
}
const ms = performance.now() - t0;
let text = '';
if (result && result.content) text = blockText(parseHTML(`<html><body>${result.content}</body></html>`).document.body);
process.stdout.write(JSON.stringify({
  article: text ? { text } : null,
  timing: { extract_ms: Math.round(ms * 100) / 100 },
}) + '\n');
