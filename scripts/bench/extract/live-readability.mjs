// Readability.js for injection into a live page by the benchmark (see live.mjs).
import { Readability } from '@mozilla/readability';

export function run(doc, url) {
  const c0 = performance.now();
  const clone = doc.cloneNode(true); // Readability changes the document it reads
  const t0 = performance.now();
  const cloneMs = t0 - c0;
  const article = new Readability(clone, { url }).parse();
  const ms = performance.now() - t0;
  return { ms, cloneMs, ok: !!article };
}
