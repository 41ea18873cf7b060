// Readability.js for injection into a live page by the benchmark (see live.mjs).
import { Readability } from '@mozilla/readability';

export function run(doc, url) {
  const clone = doc.cloneNode(true); // Readability changes the document it reads
  const t0 = performance.now();
  const article = new Readability(clone, { url }).parse();
  const ms = performance.now() - t0;
  return { ms, ok: !!article };
}
