// Serves test pages on 127.0.0.1, as a news site would serve them (scripts of the page itself off
// the table: these fixtures have none).
import http from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { STRESS_PAGES } from '../../../scripts/lib/stress-pages.mjs';
import { LIVE_SITE_DIR, livePage } from '../../live/world.mjs';

const ROOTS = {
  sample: new URL('../../../assets/sample/', import.meta.url).pathname,
  fixtures: new URL('../../fixtures/pages/', import.meta.url).pathname,
  // The development corpora beside the repository (see ../shared/corpus/README.md).
  corpus: new URL('../../../../shared/corpus/', import.meta.url).pathname,
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.pdf': 'application/pdf',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** The live-page world's pages run their own scripts, from their own origin only. */
const LIVE_POLICY = { 'content-security-policy': "script-src 'self'" };

export interface PageServer {
  origin: string;
  /** URL of a page: `sample/mosul.html`, `fixtures/<name>.html`, `generated/<name>`, `live/<name>.html` or `corpus/<set>/…`. */
  url(path: string): string;
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const server = http.createServer((req, res) => {
    const [root, ...rest] = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1).split('/');
    // Pages made on request, too big to keep as files.
    if (root === 'generated' && STRESS_PAGES[rest.join('/')]) {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(STRESS_PAGES[rest.join('/')]());
      return;
    }
    // The live-page world (test/live/): pages built on request around a corpus article, and the
    // site's own scripts and frames.
    if (root === 'live') {
      const url = new URL(req.url ?? '/', 'http://x');
      const name = rest.join('/');
      const page = name.endsWith('.html') && !name.includes('/') ? livePage(name.slice(0, -5), url.search.slice(1)) : null;
      const file = name.startsWith('site/') ? normalize(join(LIVE_SITE_DIR, name.slice(5))) : '';
      if (page) res.writeHead(200, { 'content-type': TYPES['.html'], ...LIVE_POLICY }).end(page);
      else if (file.startsWith(LIVE_SITE_DIR) && existsSync(file)) {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...LIVE_POLICY }).end(readFileSync(file));
      } else res.writeHead(404).end('not found');
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
