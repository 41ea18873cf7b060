// Every state the popup can be in besides a finished analysis, each telling the reader what to do:
// the skeleton while Lede reads, "no article here" (and "Analyse anyway"), pages the browser
// forbids, and errors. Real headless Chromium with the built extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { SCREENSHOTS, axeViolations, readWithLede, servePage, startRig, type PopupRig } from './popup-support';

let rig: PopupRig;

beforeAll(async () => {
  rig = await startRig();
});

afterAll(async () => {
  await rig?.close();
});

// A page of headlines: links with one-line teasers, no story, and less text than any article
// (under 250 characters), so it stays a non-article whatever the extractor's tuning.
const HEADLINES = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Morning Ledger — Today</title></head>
<body><header><a href="/">The Morning Ledger</a> <a href="/subscribe">Subscribe</a></header>
<main><h1>Today</h1><ul>
<li><a href="/a">Parks budget approved</a> <span id="t1">The council voted for more money for the parks department.</span></li>
<li><a href="/b">Rail strike off</a> <span id="t2">Union leaders agreed a new pay deal before midnight.</span></li>
<li><a href="/c">Cup final won</a></li>
<li><a href="/d">Rain moves in</a></li></ul></main>
<footer><a href="/about">About</a> <a href="/contact">Contact</a></footer></body></html>`;

describe('while Lede reads the page', () => {
  it('shows a skeleton and tells screen readers it is reading', async () => {
    // A page that keeps loading until the test lets it finish: Lede waits for the document, so
    // the popup stays in its loading state for as long as the test needs to look at it.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const html = readFileSync(new URL('../../assets/sample/mosul.html', import.meta.url), 'utf8');
    const slow = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write(html.slice(0, 2000));
      void released.then(() => res.end(html.slice(2000)));
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    try {
      const page = await rig.browser.context.newPage();
      await page.goto(`http://127.0.0.1:${(slow.address() as AddressInfo).port}/story.html`, { waitUntil: 'commit' });
      await rig.browser.clickAction(page);
      const popup = await rig.browser.openPopup(await rig.browser.tabIdOf(page));

      const busy = popup.locator('main[aria-busy="true"]');
      await busy.waitFor();
      const live = popup.locator('header [role="status"]');
      await expect(live.textContent()).resolves.toBe('Reading the article…');
      expect(await busy.locator('.skeleton').count()).toBeGreaterThan(2);
      expect(await axeViolations(popup)).toEqual([]);

      release();
      await popup.locator('main:not([aria-busy]) h1', { hasText: 'Iraq’s prime minister' }).waitFor();
      await expect(live.textContent()).resolves.toMatch(/^Analysis ready: Iraq’s prime minister/);
    } finally {
      release();
      slow.closeAllConnections();
      await new Promise((resolve) => slow.close(resolve));
    }
  });
});

describe('a page without an article', () => {
  it('says so, leaves the page alone, and offers “Analyse anyway” with the keyboard on it', async () => {
    const { page, popup } = await readWithLede(rig, await servePage(rig, 'today.html', HEADLINES));
    await expect(popup.locator('h1').textContent()).resolves.toBe('No article on this page');
    await expect(popup.locator('main p').first().textContent()).resolves.toMatch(/select the text you want/);
    const anyway = popup.getByRole('button', { name: 'Analyse anyway' });
    await expect(anyway.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    expect(await page.getByText('Subscribe').isVisible()).toBe(true);

    await popup.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: `${SCREENSHOTS}popup-no-article.png`, fullPage: true });
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'light' });
  });

  it('analyses the reader’s selection when asked to anyway', async () => {
    const { page, popup } = await readWithLede(rig, await servePage(rig, 'today-select.html', HEADLINES));
    await page.evaluate(() => {
      const range = document.createRange();
      range.setStartBefore(document.getElementById('t1')!);
      range.setEndAfter(document.getElementById('t2')!);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    await popup.getByRole('button', { name: 'Analyse anyway' }).click();
    await popup.locator('.source-note', { hasText: 'Lede read the text you selected.' }).waitFor();
    const summary = (await popup.locator('.summary li').allTextContents()).join(' ');
    expect(summary).toContain('parks department');
    expect(summary).not.toContain('Cup final');
  });

  it('analyses the page’s main text when nothing is selected', async () => {
    const { popup } = await readWithLede(rig, await servePage(rig, 'today-main.html', HEADLINES));
    await popup.getByRole('button', { name: 'Analyse anyway' }).press('Enter');
    await popup.locator('.source-note', { hasText: 'main text' }).waitFor();
    expect((await popup.locator('.summary li').allTextContents()).join(' ')).toMatch(/parks department|pay deal/);
  });
});

describe('pages the browser forbids', () => {
  it('explains a browser page', async () => {
    const page = await rig.browser.context.newPage();
    await page.goto('chrome://version');
    const popup = await rig.browser.openPopup(await rig.browser.activeTabId(page));
    await popup.locator('main[data-state="restricted"]').waitFor();
    await expect(popup.locator('h1').textContent()).resolves.toBe('This is a page of the browser');
    await expect(popup.locator('main p').textContent()).resolves.toMatch(/Open a news article and click Lede again/);
  });

  it('explains a PDF and points to the web page instead', async () => {
    const url = await servePage(rig, 'report.pdf', '<!doctype html><title>report</title><p>Not really a PDF.</p>');
    const page = await rig.browser.context.newPage();
    await page.goto(url);
    await rig.browser.clickAction(page);
    const popup = await rig.browser.openPopup(await rig.browser.tabIdOf(page));
    await popup.locator('main[data-state="restricted"]').waitFor();
    await expect(popup.locator('h1').textContent()).resolves.toBe('Lede cannot read PDFs');
    await expect(popup.locator('main p').textContent()).resolves.toMatch(/Open the article as a web page instead/);
  });
});

describe('errors', () => {
  it('says what went wrong and offers to try again (a tab that has gone)', async () => {
    const popup = await rig.browser.openPopup(987654);
    await popup.locator('main[data-state="error"]').waitFor();
    await expect(popup.locator('h1').textContent()).resolves.toBe('Lede could not read this page');
    await expect(popup.locator('main p').first().textContent()).resolves.toBe('Reload the page, then try again.');
    const retry = popup.getByRole('button', { name: 'Try again' });
    await expect(retry.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await retry.press('Enter');
    await popup.locator('main[data-state="error"]').waitFor();
    expect(await axeViolations(popup)).toEqual([]);
  });
});

describe('privacy', () => {
  it('sent no request beyond the pages’ own server on 127.0.0.1', () => {
    expect(rig.outbound.attempts).toEqual([]);
  });
});
