// Defuddle for injection into a live page by the benchmark (see live.mjs).
import Defuddle from 'defuddle';

export function run(doc, url) {
  const c0 = performance.now();
  const clone = doc.cloneNode(true); // Defuddle strips scripts and more from the document it reads
  const t0 = performance.now();
  const cloneMs = t0 - c0;
  const result = new Defuddle(clone, { url, useAsync: false }).parse();
  const ms = performance.now() - t0;
  return { ms, cloneMs, ok: !!(result && result.content) };
}
