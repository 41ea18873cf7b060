// The settings view in real headless Chromium: summary length, number of quotes and theme saved in
// storage.sync and used on the next opening, and "clean up automatically" on a chosen site — the
// host permission asked from the reader's click, the content script registered so the next page
// is cleaned up without a click (badge included), and both undone when the reader withdraws it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, readWithLede, startRig, type PopupRig } from './popup-support';

// The worker evaluates these callbacks with the extension API; only their shape matters here.
declare const chrome: {
  storage: { sync: { get(key: string): Promise<Record<string, unknown>> } };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>> };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
};

const COMMENT_GATE = 'Only subscribers are eligible to post comments';

let rig: PopupRig;
let popup: Page;
let tabId: number;

beforeAll(async () => {
  // The reader allowed Lede on 127.0.0.1 once before (see profileWithGrantedHosts).
  rig = await startRig({ grantedHosts: ['http://127.0.0.1/*'] });
  ({ popup, tabId } = await readWithLede(rig, rig.server.url('sample/mosul.html')));
});

afterAll(async () => {
  await rig?.close();
});

const stored = () => rig.browser.worker.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as Record<string, unknown> | undefined);
const isFocused = (p: Page, selector: string) => p.locator(selector).evaluate((el) => el === document.activeElement);

describe('settings', () => {
  it('opens by keyboard with the focus on its heading, and has no axe violations', async () => {
    await popup.keyboard.press('Tab');
    await expect(isFocused(popup, 'header .bar-button')).resolves.toBe(true);
    await popup.keyboard.press('Enter');
    await popup.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await expect(isFocused(popup, 'h1')).resolves.toBe(true);
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('saves summary length, number of quotes and theme in storage.sync as they are chosen', async () => {
    await popup.getByRole('radio', { name: 'Short (2 sentences)' }).check();
    await popup.getByRole('combobox', { name: 'Key quotes to show' }).selectOption('3');
    await popup.getByRole('radio', { name: 'Dark' }).check();
    await popup.locator('html[data-theme="dark"]').waitFor();
    expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(30, 31, 36)');
    await expect.poll(stored).toMatchObject({ summaryLength: 'short', maxQuotes: 3, theme: 'dark' });
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('goes back to the article, re-read with the new settings, focus on the settings button', async () => {
    await popup.getByRole('button', { name: 'Back to the article' }).press('Enter');
    await popup.locator('main:not([aria-busy]) .summary').waitFor();
    await expect(isFocused(popup, 'header .bar-button')).resolves.toBe(true);
    expect(await popup.locator('.summary li').count()).toBe(2);
    expect(await popup.locator('.quote').count()).toBeLessThanOrEqual(3);
  });

  it('keeps them for the next time the popup opens', async () => {
    const again = await rig.browser.openPopup(tabId);
    await again.locator('main:not([aria-busy]) .summary').waitFor();
    await again.locator('html[data-theme="dark"]').waitFor();
    expect(await again.locator('.summary li').count()).toBe(2);
    await again.getByRole('button', { name: 'Settings' }).click();
    await expect(again.getByRole('radio', { name: 'Short (2 sentences)' }).isChecked()).resolves.toBe(true);
    await expect(again.getByRole('combobox', { name: 'Key quotes to show' }).inputValue()).resolves.toBe('3');
    await again.getByRole('radio', { name: 'Like the system' }).check();
    await again.locator('html[data-theme="system"]').waitFor();
    await again.close();
  });
});

describe('clean up automatically on a chosen site', () => {
  const host = () => new URL(rig.server.origin).host;

  it('does nothing on page load before the reader chooses it', async () => {
    expect(await rig.browser.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    const page = await rig.browser.context.newPage();
    await page.goto(rig.server.url('sample/mosul.html'));
    expect(await page.getByText(COMMENT_GATE).isVisible()).toBe(true);
    await page.close();
  });

  it('asks for the site from the reader’s click and registers the content script for it', async () => {
    await popup.getByRole('button', { name: 'Settings' }).click();
    await popup.getByRole('checkbox', { name: `On ${host()}` }).click(); // a real click: the user gesture permissions.request needs
    await popup.getByRole('status').filter({ hasText: 'Lede now cleans up these pages as they load.' }).waitFor();
    await expect(popup.getByRole('checkbox', { name: `On ${host()}` }).isChecked()).resolves.toBe(true);
    expect(await rig.browser.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([
      expect.objectContaining({ id: 'lede-auto-cleanup', matches: ['http://127.0.0.1/*'] }),
    ]);
    await expect.poll(stored).toMatchObject({ autoCleanup: { everywhere: false, sites: [rig.server.origin] } });
  });

  it('then hides the clutter of a new page without a click, and counts it on the badge', async () => {
    const page = await rig.browser.context.newPage();
    await page.goto(rig.server.url('sample/mosul.html'));
    await page.getByText(COMMENT_GATE).waitFor({ state: 'hidden' });
    await expect(page.getByText('We are seeing the end of the fake Daesh state').first().isVisible()).resolves.toBe(true);
    const newTab = await rig.browser.tabIdOf(page);
    await expect.poll(() => rig.browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), newTab)).toMatch(/^[1-9]\d*$/);
    await page.close();
  });

  it('unregisters the script and gives the permission back when withdrawn', async () => {
    await popup.getByRole('button', { name: `Stop cleaning up ${host()}` }).click();
    await popup.getByRole('status').filter({ hasText: 'Lede acts only when you click it.' }).waitFor();
    expect(await rig.browser.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    expect(await rig.browser.worker.evaluate(() => chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }))).toBe(false);
    await expect.poll(stored).toMatchObject({ autoCleanup: { everywhere: false, sites: [] } });

    const page = await rig.browser.context.newPage();
    await page.goto(rig.server.url('sample/mosul.html'));
    expect(await page.getByText(COMMENT_GATE).isVisible()).toBe(true);
    await page.close();
  });
});

describe('privacy', () => {
  it('sent no request beyond the pages’ own server on 127.0.0.1', () => {
    expect(rig.outbound.attempts).toEqual([]);
  });
});
