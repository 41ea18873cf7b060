// The ScrapingHub development pages beside the repository (../shared/corpus), and the check both
// browser sweeps make on them: no story paragraph visible before Lede ran is invisible after.
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const CORPUS = new URL('../../../../shared/corpus/extraction/scrapinghub/', import.meta.url).pathname;
if (!existsSync(CORPUS)) throw new Error(`The sweep needs the development corpus at ${CORPUS}`);
const truth = JSON.parse(readFileSync(`${CORPUS}ground-truth.json`, 'utf8')) as Record<string, { articleBody: string }>;

/** Page ids, sorted. */
export const pageIds = readdirSync(`${CORPUS}html`).map((f) => f.replace(/\.html\.gz$/, '')).sort();

/** Path of a page for the test server. */
export const pagePath = (id: string) => `corpus/extraction/scrapinghub/html/${id}.html.gz`;

export const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The story paragraphs (long enough to be unambiguous) that were visible before and are not after. */
export function storyLinesHidden(id: string, before: string, after: string): string[] {
  const shownBefore = normalise(before);
  const shownAfter = normalise(after);
  return truth[id].articleBody
    .split(/\n+/)
    .map(normalise)
    .filter((line) => line.length >= 40 && shownBefore.includes(line) && !shownAfter.includes(line));
}
