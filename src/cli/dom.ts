// The Node DOM for the command line. linkedom was chosen by measurement on the 60 ScrapingHub dev
// pages (parse + querySelectorAll + textContent): linkedom median 4.5 ms, p95 32 ms, import 171 ms;
// happy-dom median 28.9 ms, p95 75 ms, import 303 ms. jsdom 31 needs Node 22.
// linkedom has no layout (no getComputedStyle values, no boxes), so core must not rely on them.
import { parseHTML } from 'linkedom';

export function parseHtml(html: string, _url?: string): Document {
  const { document } = parseHTML(html);
  return document as unknown as Document;
}
