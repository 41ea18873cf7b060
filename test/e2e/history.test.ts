// Reload, Back and Forward under Lede, in real headless Chromium with the back-forward cache on (as
// browsers ship it; Playwright turns it off by default). A reloaded page is a new page: none of
// Lede's marks survive, the badge claims nothing, and the next click reads the page as it is now,
// even when the same address now holds a different story. A page the browser restores from the
// back-forward cache comes back as the reader left it, and the popup speaks of that page, not of
// the one the reader came back from.
import { describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { chromiumSuite } from './support/suite';

const suite = chromiumSuite({ backForwardCache: true });

// The service worker evaluates these callbacks with the extension API; only their shape matters here.
declare const chrome: { action: { getBadgeText(details: { tabId: number }): Promise<string> } };

interface Story {
  /** The page in test/fixtures/pages/. */
  file: string;
  headline: string;
  /** The popup's clutter line while Lede hides the page's clutter. */
  hidden: string;
  /** The badge while it does. */
  badge: string;
  speaker: string;
}

// Two stories of one site, each with a newsletter box and a subscription banner (B also gates its
// comments), and a script that records how each showing of the page came about (window.pageShows).
const A: Story = {
  file: 'history-a.html',
  headline: 'Lisbon’s oldest tram line to reopen after a year of track works',
  hidden: '2 distractions hidden',
  badge: '2',
  speaker: 'Rui Almeida',
};
const B: Story = {
  file: 'history-b.html',
  headline: 'Rotterdam opens Europe’s largest floating solar park in its old harbour',
  hidden: '3 distractions hidden',
  badge: '3',
  speaker: 'Sanne Bakker',
};

const html = (story: Story) => readFileSync(new URL(`../fixtures/pages/${story.file}`, import.meta.url), 'utf8');
const urlOf = (story: Story) => suite.server.url(`fixtures/${story.file}`);

/** Everything Lede leaves on a page: its data-lede-* attributes, on <html> or any element, and its style. */
function ledeMarks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const marks = new Set<string>();
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const name of el.getAttributeNames()) if (name.startsWith('data-lede-')) marks.add(name);
    }
    if (document.getElementById('lede-clutter-style')) marks.add('#lede-clutter-style');
    return [...marks].sort();
  });
}

/** How each showing of a fixture page came about: "loaded", or "restored" from the back-forward cache. */
const pageShows = (page: Page) => page.evaluate(() => (window as unknown as { pageShows: string[] }).pageShows);

/** Marks the page's window before the reader leaves it, to tell a restored page from a reloaded one. */
const leaving = (page: Page) => page.evaluate(() => void ((window as unknown as { left: boolean }).left = true));

/** After Back or Forward: waits until the page has been shown, restored (a window we left) or loaded anew. */
const shown = (page: Page) =>
  page.waitForFunction(() => {
    const w = window as unknown as { pageShows?: string[]; left?: boolean };
    return w.pageShows?.includes('restored') || (!w.left && w.pageShows?.length);
  });

/** The text on Lede's toolbar button for the tab. */
const badge = (tabId: number) => suite.browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

/** The reader's click on Lede's button, and what the popup then shows for the tab. */
async function clickAndRead(page: Page, tabId?: number) {
  await suite.browser.clickAction(page);
  const id = tabId ?? (await suite.browser.tabIdOf(page));
  const popup = await suite.browser.openPopup(id);
  await popup.locator('main:not([aria-busy])').waitFor();
  await popup.locator('.clutter-line').waitFor();
  return {
    tabId: id,
    popup,
    headline: await popup.locator('h1').first().textContent(),
    clutterLine: await popup.locator('.clutter-line').textContent(),
    speakers: (await popup.locator('.speaker').allTextContents()).join(' · '),
  };
}

/** Checks the popup and the page show `story` read by Lede, with its clutter hidden. */
async function expectTidied(page: Page, read: Awaited<ReturnType<typeof clickAndRead>>, story: Story, other: Story) {
  expect(read.headline).toBe(story.headline);
  expect(read.clutterLine).toContain(story.hidden);
  expect(read.speakers).toContain(story.speaker);
  expect(read.speakers).not.toContain(other.speaker);
  await page.locator('.subscribe-banner').waitFor({ state: 'hidden' });
  expect(await page.locator('.inline-signup').isVisible()).toBe(false);
  // One injection's worth of marks: a second content script would not add more, but a stale one
  // of another page would show here.
  expect(await page.locator('[data-lede-clutter]').count()).toBe(Number(story.badge));
  expect(await page.locator('#lede-clutter-style').count()).toBe(1);
  await expect.poll(() => badge(read.tabId)).toBe(story.badge);
}

/** Checks the page is as its site sent it: clutter in view, nothing of Lede's left on it. */
async function expectUntouched(page: Page, tabId: number) {
  expect(await ledeMarks(page)).toEqual([]);
  expect(await page.locator('.subscribe-banner').isVisible()).toBe(true);
  expect(await page.locator('.inline-signup').isVisible()).toBe(true);
  await expect.poll(() => badge(tabId)).toBe('');
}

/** Why Chromium kept a page out of the back-forward cache, as it reports it over the DevTools protocol. */
async function watchBackForwardCache(page: Page): Promise<{ cdp: CDPSession; notUsed: unknown[] }> {
  const cdp = await suite.browser.context.newCDPSession(page);
  const notUsed: unknown[] = [];
  cdp.on('Page.backForwardCacheNotUsed', (event) => notUsed.push(event));
  await cdp.send('Page.enable');
  return { cdp, notUsed };
}

describe('reloading the page', () => {
  it('leaves no mark, badge or analysis behind, and the next click tidies the page again', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(urlOf(A));
    const first = await clickAndRead(page);
    await expectTidied(page, first, A, B);
    await first.popup.close();

    await page.reload();
    expect(await pageShows(page)).toEqual(['loaded']);
    await expectUntouched(page, first.tabId);

    const second = await clickAndRead(page, first.tabId);
    await expectTidied(page, second, A, B);
    await second.popup.close();
    await page.close();
  });

  it('reads the story the address holds now, not the one it held before the reload', async () => {
    // A developing story's page, rewritten on the server between two loads: first story A, then B.
    const page = await suite.browser.context.newPage();
    const url = suite.server.url('fixtures/developing-story.html');
    let loads = 0;
    await page.route(url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html(loads++ === 0 ? A : B) }));
    await page.goto(url);
    const before = await clickAndRead(page);
    await expectTidied(page, before, A, B);
    await before.popup.close();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: B.headline }).waitFor();
    await expectUntouched(page, before.tabId);

    const after = await clickAndRead(page, before.tabId);
    await expectTidied(page, after, B, A);
    await after.popup.close();
    await page.close();
  });
});

describe('another story in the same tab, then Back and Forward', () => {
  it('restores each page from the back-forward cache as Lede left it, and the popup speaks of that page', async () => {
    const page = await suite.browser.context.newPage();
    const { cdp, notUsed } = await watchBackForwardCache(page);

    await page.goto(urlOf(A));
    const onA = await clickAndRead(page);
    await expectTidied(page, onA, A, B);
    await onA.popup.close();
    const { tabId } = onA;

    // The reader follows a link to story B in the same tab: a page of its own, untouched until
    // the reader clicks, and then read as B, never as A.
    await leaving(page);
    await page.goto(urlOf(B));
    await expectUntouched(page, tabId);
    const onB = await clickAndRead(page, tabId);
    await expectTidied(page, onB, B, A);
    await onB.popup.close();
    await leaving(page);

    // Back to A: the browser restores A from its back-forward cache, clutter still hidden.
    await page.goBack({ waitUntil: 'commit' });
    await shown(page);
    expect(await pageShows(page), `A was not restored from the back-forward cache: ${JSON.stringify(notUsed)}`).toEqual(['loaded', 'restored']);
    expect(page.url()).toBe(urlOf(A));
    // As the reader left it, before any click: clutter hidden, and the badge says so.
    await page.locator('.subscribe-banner').waitFor({ state: 'hidden' });
    expect(await ledeMarks(page)).toContain('data-lede-hiding');
    await expect.poll(() => badge(tabId)).toBe(A.badge);
    const back = await clickAndRead(page, tabId);
    await expectTidied(page, back, A, B);

    // The popup's switch still works on the restored page: show the clutter, then hide it again.
    await back.popup.locator('.clutter-line button', { hasText: 'Show' }).click();
    await page.locator('.subscribe-banner').waitFor({ state: 'visible' });
    await back.popup.locator('.clutter-line', { hasText: '2 distractions shown' }).waitFor();
    expect(await ledeMarks(page)).not.toContain('data-lede-hiding');
    await expect.poll(() => badge(tabId)).toBe('');
    await back.popup.locator('.clutter-line button', { hasText: 'Hide' }).click();
    await page.locator('.subscribe-banner').waitFor({ state: 'hidden' });
    await back.popup.locator('.clutter-line', { hasText: A.hidden }).waitFor();
    await expect.poll(() => badge(tabId)).toBe(A.badge);
    await back.popup.close();

    // Forward to B: restored too, and the popup speaks of B again.
    await page.goForward({ waitUntil: 'commit' });
    await shown(page);
    expect(await pageShows(page), `B was not restored from the back-forward cache: ${JSON.stringify(notUsed)}`).toEqual(['loaded', 'restored']);
    await page.locator('.subscribe-banner').waitFor({ state: 'hidden' });
    await expect.poll(() => badge(tabId)).toBe(B.badge);
    const forward = await clickAndRead(page, tabId);
    await expectTidied(page, forward, B, A);
    await forward.popup.close();

    await cdp.detach();
    await page.close();
  });
});
