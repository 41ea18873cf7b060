// The two peers as functions over a linkedom document, shared by their one-page command-line
// wrappers (readability.mjs, defuddle.mjs) and the batch runner (batch.mjs).
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { DefuddleClass } from 'defuddle/node';
import { performance } from 'node:perf_hooks';
import { blockText } from './page.mjs';

/** Readability.js 0.6: its own `textContent`, as in its published benchmark figures. */
export function readability(html, url) {
  const { document } = parseHTML(html);
  const t0 = performance.now();
  let article = null;
  try {
    article = new Readability(document, { url }).parse();
  } catch (err) {
    process.stderr.write(`readability: ${err.message}\n`);
  }
  const ms = performance.now() - t0;
  return { text: article?.textContent ?? '', ms };
}

/** Defuddle 0.19 (its Node entry's class, without the Markdown conversion it adds): its HTML
 * content as text with a line break per block. */
export function defuddle(html, url) {
  const { document } = parseHTML(html);
  const t0 = performance.now();
  let result = null;
  try {
    result = new DefuddleClass(document, { url: url ?? 'about:blank', useAsync: false }).parse();
  } catch (err) {
    process.stderr.write(`defuddle: ${err.message}\n`);
  }
  const ms = performance.now() - t0;
  const text = result?.content ? blockText(parseHTML(`<html><body>${result.content}</body></html>`).document.body) : '';
  return { text, ms };
}

export function report({ text, ms }) {
  return JSON.stringify({ article: text ? { text } : null, timing: { extract_ms: Math.round(ms * 100) / 100 } }) + '\n';
}
