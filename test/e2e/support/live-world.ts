// The live-page world's checks (test/live/), the same in every browser: a driver per browser opens
// a page, clicks Lede and reads its popup; this runs one page as a reader meets it and lists what
// went wrong. What a reader would notice is what is checked: each prompt gone within 1 s of
// appearing, a consent banner left for the reader, every story paragraph readable, the page
// scrolling under the mouse wheel, the site's own button still answering a real click, no page
// error, and Show putting prompts, scroll lock and blur back as the site had them.
import { describe, expect, it } from 'vitest';
import { LIVE_PAGES, type LivePageSpec } from '../../live/world.mjs';

/** How soon after it appears a prompt must be invisible. */
export const HIDDEN_WITHIN_MS = 1000;

export interface LivePopup {
  /** The popup's line about distractions ("4 distractions hidden · Show"). */
  clutterLine(): Promise<string>;
  /** Clicks Show (or Hide) in that line and waits until the popup says the new state. */
  toggleClutter(): Promise<void>;
  close(): Promise<void>;
}

export interface LiveTab {
  /** Evaluates a function in the page's own world. */
  evaluate<T>(fn: () => T): Promise<T>;
  /** Waits until the function, evaluated in the page, is true; false after timeoutMs. */
  waitUntil(fn: () => boolean, timeoutMs: number): Promise<boolean>;
  /** Turns the mouse wheel over the middle of the page, as a reader scrolls. */
  wheel(deltaY: number): Promise<void>;
  /** A real click on the element (the browser's hit testing decides what receives it). */
  click(selector: string): Promise<void>;
  /** Clicks Lede's button for this tab and returns its popup, rendered. */
  openLede(): Promise<LivePopup>;
  /** Puts this tab in front (after a popup opened as a tab of its own). */
  front(): Promise<void>;
  close(): Promise<void>;
}

export interface LiveDriver {
  open(url: string): Promise<LiveTab>;
}

interface Report {
  now: number;
  expected: number;
  errors: string[];
  prompts: Array<{ name: string; keep: boolean; appearedAt: number; hiddenAt: number | null; removedAt: number | null; visible: boolean }>;
}

declare const liveWorld: {
  start(): void;
  report(): Report;
  storyUnreadable(): string[];
  storyCount(): number;
  scrollLock(): { html: string; body: string; bodyPosition: string };
};
declare const site: { ticks: number; clicks: number };

export interface PageResult {
  name: string;
  failures: string[];
  /** For the notes: each prompt and how long it stayed visible under Lede. */
  line: string;
}

const settledAfter = (ms: number) => `(() => { const r = liveWorld.report(); return r.prompts.length >= r.expected &&
  r.prompts.every((p) => p.keep || p.removedAt !== null || p.hiddenAt !== null || r.now - p.appearedAt > ${ms}); })()`;

/**
 * One page of the world. `mode` "late": Lede runs first and the clutter comes after (the watch on
 * the live page); "load": the clutter is up before the reader clicks (the first scan).
 */
export async function checkLivePage(driver: LiveDriver, origin: string, spec: LivePageSpec, mode: 'late' | 'load'): Promise<PageResult> {
  const failures: string[] = [];
  const fail = (what: string) => failures.push(`${spec.name} (${mode}): ${what}`);
  const tab = await driver.open(`${origin}/live/${spec.name}.html${mode === 'load' ? '?clutter=load' : ''}`);
  try {
    const storyBefore = await tab.evaluate(() => liveWorld.storyCount());
    let popup: LivePopup;
    if (mode === 'late') {
      popup = await tab.openLede();
      await popup.close();
      await tab.front();
      await tab.evaluate(() => liveWorld.start());
      await tab.wheel(400); // a reader starts reading (and the pop-in waits for a scroll)
    } else {
      await tab.wheel(400);
      await tab.waitUntil(() => { const r = liveWorld.report(); return r.prompts.length >= r.expected; }, 8000);
    }
    // Every prompt the page will show has shown, and each is hidden or has had its chance.
    const settled = await tab.waitUntil(new Function(`return ${settledAfter(HIDDEN_WITHIN_MS + 500)}`) as () => boolean, 15_000);
    if (!settled) fail('the page did not put up all its prompts');
    if (mode === 'load') {
      popup = await tab.openLede();
      await popup.close();
      await tab.front();
      await tab.waitUntil(new Function(`return ${settledAfter(HIDDEN_WITHIN_MS)}`) as () => boolean, 5000);
    }
    const report = await tab.evaluate(() => liveWorld.report());
    const delays: string[] = [];
    for (const p of report.prompts) {
      if (p.keep) {
        if (!p.visible) fail(`hid the ${p.name}, which is the reader's to answer`);
        delays.push(`${p.name} kept`);
        continue;
      }
      if (p.hiddenAt === null && p.removedAt === null) {
        fail(`left the ${p.name} visible`);
        delays.push(`${p.name} missed`);
        continue;
      }
      if (p.hiddenAt === null) continue; // the site took it away itself before it was seen
      // In "load" mode the prompt was up before Lede was asked: no delay to speak of.
      const shownFor = Math.round(p.hiddenAt - p.appearedAt);
      if (mode === 'late' && shownFor > HIDDEN_WITHIN_MS) fail(`left the ${p.name} visible for ${shownFor} ms`);
      delays.push(mode === 'late' ? `${p.name} ${shownFor} ms` : `${p.name} hidden`);
    }
    const unreadable = await tab.evaluate(() => liveWorld.storyUnreadable());
    for (const line of unreadable) fail(`story paragraph unreadable: “${line}…”`);
    const storyAfter = await tab.evaluate(() => liveWorld.storyCount());
    if (spec.behaviour === 'truncated-fade') {
      // What the site withheld stays withheld: Lede fetches nothing and restores nothing.
      if (storyAfter !== 4) fail(`the truncated story has ${storyAfter} paragraphs on the page, the site left 4`);
    } else if (storyAfter !== storyBefore) fail(`the story went from ${storyBefore} to ${storyAfter} paragraphs`);

    // Scrolling as a reader does it: back to the top, then the wheel.
    await tab.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await tab.wheel(500);
    if (!(await tab.waitUntil(() => window.scrollY > 100, 3000))) {
      fail(`the page does not scroll (${JSON.stringify(await tab.evaluate(() => liveWorld.scrollLock()))})`);
    }
    // The site's own scripts keep working: its live line ticks, its button answers a real click.
    const ticks = await tab.evaluate(() => site.ticks);
    if (!(await tab.waitUntil(new Function(`return site.ticks > ${ticks}`) as () => boolean, 3000))) fail('the site’s live line stopped');
    await tab.click('#text-size');
    if (!(await tab.waitUntil(() => site.clicks === 1 && document.body.classList.contains('large-text'), 3000))) {
      fail('the site’s text-size button did not get the reader’s click');
    }

    // The popup tells the reader, and Show puts everything back as the site had it.
    const hiddenPrompts = report.prompts.filter((p) => !p.keep && p.removedAt === null).length;
    popup = await tab.openLede();
    const line = await popup.clutterLine();
    if (hiddenPrompts > 0 && !/hidden/i.test(line)) fail(`the popup says “${line}” with ${hiddenPrompts} prompts hidden`);
    if (hiddenPrompts === 0 && !/^No /.test(line)) fail(`the popup says “${line}” on a page without clutter`);
    if (hiddenPrompts > 0) {
      await popup.toggleClutter().catch(() => fail(`the popup offers no Show (“${line}”)`));
      await tab.front();
      const shown = await tab.waitUntil(() => liveWorld.report().prompts.every((p) => p.removedAt !== null || p.visible), 3000);
      if (!shown) fail('Show did not bring every prompt back');
      const lock = await tab.evaluate(() => liveWorld.scrollLock());
      const locked = lock.html === 'hidden' || lock.body === 'hidden' || lock.bodyPosition === 'fixed';
      if (spec.locks && !locked) fail(`Show did not put the site’s scroll lock back (${JSON.stringify(lock)})`);
      if (spec.blurs && (await tab.evaluate(() => liveWorld.storyUnreadable())).length === 0) fail('Show did not put the site’s blur back');
    }
    await popup.close();
    const errors = (await tab.evaluate(() => liveWorld.report())).errors;
    for (const e of errors) fail(`page error: ${e}`);
    return { name: spec.name, failures, line: `${spec.name} (${mode}): ${delays.join(', ') || 'no prompts'}; popup: ${line}` };
  } finally {
    await tab.close();
  }
}

/** The suite for one browser: every page of the world, in both orders, failures listed together. */
export function describeLiveWorld(browser: string, driver: LiveDriver, origin: () => string, timeoutMs: number): void {
  describe(`the live-page world in ${browser}`, () => {
    for (const mode of ['late', 'load'] as const) {
      it(`hides every prompt, keeps story, scrolling and the site's scripts on ${LIVE_PAGES.length} pages (clutter ${mode === 'late' ? 'after' : 'before'} Lede)`, async () => {
        const results: PageResult[] = [];
        for (const spec of LIVE_PAGES) results.push(await checkLivePage(driver, origin(), spec, mode));
        for (const r of results) console.log(`live ${browser}: ${r.line}`);
        expect(results.flatMap((r) => r.failures)).toEqual([]);
      }, timeoutMs);
    }
  });
}

