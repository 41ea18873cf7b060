// The real-page sweep in Firefox ESR, over a sample of the ScrapingHub development pages (the
// Chromium sweep covers all of them): Lede answers on each without an error, and no paragraph of
// the story (the benchmark's hand-marked article text) becomes invisible.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { firefoxSuite } from './support/suite';

const CORPUS = new URL('../../../shared/corpus/extraction/scrapinghub/', import.meta.url).pathname;
if (!existsSync(CORPUS)) throw new Error(`The sweep needs the development corpus at ${CORPUS}`);
const truth = JSON.parse(readFileSync(`${CORPUS}ground-truth.json`, 'utf8')) as Record<string, { articleBody: string }>;
// Every sixth page, in a fixed order: a sample that spans the set without depending on chance.
const ids = readdirSync(`${CORPUS}html`).map((f) => f.replace(/\.html\.gz$/, '')).sort().filter((_, i) => i % 6 === 0);

const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();
const storyLines = (id: string) => truth[id].articleBody.split(/\n+/).map(normalise).filter((line) => line.length >= 40);

const suite = firefoxSuite();

describe('Firefox sweep over a sample of the ScrapingHub development pages', () => {
  it(`keeps every story paragraph visible on ${ids.length} pages`, async () => {
    const failures: string[] = [];
    for (const id of ids) {
      const page = await suite.firefox.newPage();
      await page.goto(suite.server.url(`corpus/extraction/scrapinghub/html/${id}.html.gz`), { waitUntil: 'domcontentloaded' });
      const before = normalise(await page.evaluate(() => document.body?.innerText ?? ''));
      const popup = await suite.firefox.openPopup(await suite.firefox.clickAction(page));
      const state = await popup.$eval('main:not([aria-busy])', (m) => m.getAttribute('data-state'));
      if (state === 'error') failures.push(`${id}: the popup shows an error`);
      const after = normalise(await page.evaluate(() => document.body?.innerText ?? ''));
      for (const line of storyLines(id)) {
        if (before.includes(line) && !after.includes(line)) failures.push(`${id}: hid “${line.slice(0, 60)}…”`);
      }
      await popup.close();
      await page.close();
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
