// Serves test pages on 127.0.0.1, as a news site would serve them (scripts of the page itself off
// the table: these fixtures have none).
import http from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const ROOTS = {
  sample: new URL('../../../assets/sample/', import.meta.url).pathname,
  fixtures: new URL('../../fixtures/pages/', import.meta.url).pathname,
  // The development corpora beside the repository (see ../shared/corpus/README.md).
  corpus: new URL('../../../../shared/corpus/', import.meta.url).pathname,
};

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.pdf': 'application/pdf' };

const SENTENCE = 'The council met again on Tuesday to argue about the budget for the coming year, and no one agreed.';

/** Pages made on request, too big to keep as files. */
const GENERATED: Record<string, () => string> = {
  // 50,000 paragraphs: past every budget of Lede's, and larger than any article.
  'huge.html': () =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An endless page</title></head><body><article><h1>An endless page</h1>${Array.from(
      { length: 50_000 },
      (_, i) => `<p>Paragraph ${i + 1}. ${SENTENCE}</p>`,
    ).join('')}</article></body></html>`,
  // One paragraph of 5 MB in a single text node, after an ordinary opening.
  'text-node.html': () =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A wall of text</title></head><body><article><h1>A wall of text</h1><p>It opens like any story. ${SENTENCE}</p><p>${`${SENTENCE} `.repeat(50_000)}</p></article></body></html>`,
  // 100,000 quotation marks, straight and curly, between the sentences of the story.
  'quote-marks.html': () =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Quotation marks everywhere</title></head><body><article><h1>Quotation marks everywhere</h1>${Array.from(
      { length: 200 },
      (_, i) => `<p>${i % 2 ? '“'.repeat(500) : '"'.repeat(250) + ` ${SENTENCE} ` + '"'.repeat(250)}</p>`,
    ).join('')}</article></body></html>`,
  // The story 2,000 elements deep. The HTML parser flattens nesting past 512 levels, so the page's
  // own script builds it, as a script-heavy site would. 2,000 is about as deep as Chromium itself
  // renders: its page process crashes, with or without Lede, between 2,000 and 3,000 levels (the
  // 5,000-level case is a unit test of core).
  'deep.html': () =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A deep page</title></head><body><script>
      let at = document.body;
      for (let i = 0; i < 2000; i++) at = at.appendChild(document.createElement('div'));
      const article = at.appendChild(document.createElement('article'));
      article.appendChild(document.createElement('h1')).textContent = 'A deep page';
      for (let i = 1; i <= 8; i++) article.appendChild(document.createElement('p')).textContent = 'Deep paragraph ' + i + '. ${SENTENCE}';
      document.documentElement.dataset.built = 'yes';
    </script></body></html>`,
};

export interface PageServer {
  origin: string;
  /** URL of a page: `sample/mosul.html`, `fixtures/<name>.html`, `generated/<name>` or `corpus/<set>/…`. */
  url(path: string): string;
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const server = http.createServer((req, res) => {
    const [root, ...rest] = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1).split('/');
    if (root === 'generated' && GENERATED[rest.join('/')]) {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(GENERATED[rest.join('/')]());
      return;
    }
    const base = ROOTS[root as keyof typeof ROOTS];
    const file = base ? normalize(join(base, rest.join('/'))) : '';
    if (!base || !file.startsWith(base) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    // Corpus pages are stored gzipped; serve them as the site would have, as plain HTML.
    const gzipped = file.endsWith('.gz');
    const type = TYPES[extname(gzipped ? file.slice(0, -3) : file)] ?? 'application/octet-stream';
    // The corpus pages were saved with their scripts off; a policy keeps them off here too (the
    // browser exempts extension content scripts from a page's policy).
    res.writeHead(200, { 'content-type': type, ...(root === 'corpus' ? { 'content-security-policy': "script-src 'none'" } : {}) });
    res.end(gzipped ? gunzipSync(readFileSync(file)) : readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}/${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
