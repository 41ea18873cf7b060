// Serves test pages on 127.0.0.1, as a news site would serve them (scripts of the page itself off
// the table: these fixtures have none).
import http from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

const ROOTS = {
  sample: new URL('../../../assets/sample/', import.meta.url).pathname,
  fixtures: new URL('../../fixtures/pages/', import.meta.url).pathname,
};

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.pdf': 'application/pdf' };

export interface PageServer {
  origin: string;
  /** URL of a page: `sample/mosul.html` or `fixtures/<name>.html`. */
  url(path: string): string;
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const server = http.createServer((req, res) => {
    const [root, ...rest] = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(1).split('/');
    const base = ROOTS[root as keyof typeof ROOTS];
    const file = base ? normalize(join(base, rest.join('/'))) : '';
    if (!base || !file.startsWith(base) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}/${path}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
