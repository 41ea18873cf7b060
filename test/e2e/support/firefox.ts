// Real headless Firefox ESR with the built extension installed as a temporary add-on, driven by
// puppeteer-core over WebDriver BiDi (Playwright cannot drive Debian's Firefox, and there is no
// geckodriver here). The reader's click on Lede's toolbar button is stood in for by one small piece
// of privileged browser code, grantActiveTab() below.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { firefoxPath } from '../../../scripts/lib/browsers.mjs';

export const FIREFOX_BUILD = new URL('../../../dist/firefox', import.meta.url).pathname;

export interface FirefoxWithExtension {
  browser: Browser;
  /** The extension's internal UUID, pinned by preference: its pages live at moz-extension://UUID/. */
  uuid: string;
  newPage(): Promise<Page>;
  /** Does for this page's tab what the reader's click on Lede's button does; returns Lede's tab id. */
  clickAction(page: Page): Promise<number>;
  /** Opens the popup page for a tab in a tab of its own (`?tab=ID`), once it has rendered a result. */
  openPopup(tabId: number): Promise<Page>;
  close(): Promise<void>;
}

/** The raw BiDi connection of a puppeteer Firefox browser (public at run time, untyped). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: any }>;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const manifest = JSON.parse(readFileSync(`${FIREFOX_BUILD}/manifest.json`, 'utf8'));
  const addonId: string = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  // puppeteer starts Firefox with a fresh temporary profile and removes it on close.
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Needed to open moz-extension:// pages and to reach the browser's chrome scope.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }) },
  });
  try {
    const id = await browser.installExtension(FIREFOX_BUILD);
    if (id !== addonId) throw new Error(`installed add-on has id ${id}, expected ${addonId}`);
  } catch (err) {
    await browser.close();
    throw err;
  }
  const connection = (browser as unknown as { connection: BidiConnection }).connection;

  return {
    browser,
    uuid,
    async newPage() {
      const page = await browser.newPage();
      await page.setViewport({ width: 1100, height: 900 });
      return page;
    },
    async clickAction(page) {
      await page.bringToFront();
      return grantActiveTab(connection, addonId, page.url());
    },
    async openPopup(tabId) {
      const popup = await browser.newPage();
      await popup.setViewport({ width: 400, height: 600 });
      // page.goto to a moz-extension:// URL may never resolve although the page loads (a known
      // puppeteer/BiDi issue), so start the navigation and wait for the rendered popup instead.
      await openAndWait(popup, `moz-extension://${uuid}/src/popup/index.html?tab=${tabId}`, 'main:not([aria-busy])');
      return popup;
    },
    close: () => browser.close(),
  };
}

/**
 * PRIVILEGED TEST-ONLY CODE — may break on a later Firefox ESR.
 *
 * Grants Lede the activeTab permission for the tab showing `url` and returns Lede's id for that tab.
 * A reader gets this grant by clicking Lede's toolbar button; WebDriver BiDi cannot click browser
 * UI, and headless Firefox has no toolbar to click. So this runs, in the browser's chrome scope
 * (reachable because Firefox was started with --remote-allow-system-access), the same call that
 * Firefox's own action code makes on a click (ExtensionActions.triggerClickOrPopup →
 * tabManager.addActiveTabPermission). These are Firefox internals, checked against 153 ESR:
 * ExtensionParent.GlobalManager.getExtension(id).tabManager.{addActiveTabPermission,getWrapper}.
 */
async function grantActiveTab(connection: BidiConnection, extensionId: string, url: string): Promise<number> {
  const { result } = await connection.send('browsingContext.getTree', { maxDepth: 0, 'moz:scope': 'chrome' });
  const window = result.contexts.find((c: { url: string }) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no Firefox browser window in the chrome scope');
  const response = await connection.send('script.callFunction', {
    functionDeclaration: `(extensionId, url) => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const extension = ExtensionParent.GlobalManager.getExtension(extensionId);
      // The reader clicks in the tab in front, which must be the one showing the page.
      const nativeTab = gBrowser.selectedTab;
      if (!extension || nativeTab.linkedBrowser.currentURI.spec !== url) return -1;
      extension.tabManager.addActiveTabPermission(nativeTab);
      return extension.tabManager.getWrapper(nativeTab).id;
    }`,
    arguments: [
      { type: 'string', value: extensionId },
      { type: 'string', value: url },
    ],
    target: { context: window.context },
    awaitPromise: false,
  });
  const value = response.result?.result?.value;
  if (response.result?.type !== 'success' || typeof value !== 'number' || value < 0) {
    throw new Error(`could not grant activeTab for ${url} (not the selected tab, or Lede not loaded): ${JSON.stringify(response.result)}`);
  }
  return value;
}

/**
 * Opens an extension page and waits for `selector` in it. page.goto to a moz-extension:// URL may
 * never resolve although the page loads (a known puppeteer/BiDi issue), so the navigation is
 * started and the selector awaited instead. A wait begun in the blank page that the navigation
 * replaces fails rather than timing out, and now and then the navigation never leaves the blank
 * page at all: the wait is begun again, and the navigation started again, until the deadline.
 */
async function openAndWait(page: Page, url: string, selector: string, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    page.goto(url).catch(() => {});
    try {
      await page.waitForSelector(selector, { timeout: Math.max(1, Math.min(15_000, deadline - Date.now())) });
      return;
    } catch (err) {
      if (Date.now() >= deadline) throw err;
    }
  }
}
