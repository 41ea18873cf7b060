#!/usr/bin/env node
// Readability.js 0.6 over linkedom, printing what the extraction scorer reads:
//   node readability.mjs page.html[.gz] [--url URL]
//   -> {"article":{"text":...}|null,"timing":{"extract_ms":...}}
// The text is Readability's own `textContent` (as in its published benchmark figures). Timing
// covers parse() only, like Lede's extract_ms (HTML parsing is excluded for every tool).
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { performance } from 'node:perf_hooks';
import { readPage, argsOf } from './page.mjs';

const { file, url } = argsOf(process.argv.slice(2));
const { document } = parseHTML(readPage(file));
const t0 = performance.now();
let article = null;
try {
  article = new Readability(document, { url }).parse();
} catch (err) {
  process.stderr.write(`readability: ${err.message}\n`);
}
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({
  article: article && article.textContent ? { text: article.textContent } : null,
  timing: { extract_ms: Math.round(ms * 100) / 100 },
}) + '\n');
