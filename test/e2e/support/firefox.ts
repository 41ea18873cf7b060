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

/**
 * `proxy` ("http://127.0.0.1:PORT"): where every request that would leave the machine goes. Without
 * one, the test pages' references to real sites make Firefox look their names up, which here takes
 * seconds each and once in a while stalls the whole browser; loopback (the page server) is never
 * proxied.
 */
export async function launchFirefoxWithExtension(options: { proxy?: string } = {}): Promise<FirefoxWithExtension> {
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
    // Lets the Remote Settings server be pointed elsewhere (see FIREFOX_OWN_SERVICES_OFF).
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      ...FIREFOX_OWN_SERVICES_OFF,
      ...(options.proxy ? proxyPrefs(new URL(options.proxy)) : {}),
    },
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
      const url = `moz-extension://${uuid}/src/popup/index.html?tab=${tabId}`;
      await openTabAt(connection, url);
      const popup = await pageAt(browser, url, 30_000);
      await popup.setViewport({ width: 400, height: 600 });
      await popup.waitForSelector('main:not([aria-busy])', { timeout: 45_000 });
      return popup;
    },
    close: () => browser.close(),
  };
}

/** The browser window's context in the chrome scope, where the privileged helpers below run. */
async function browserWindow(connection: BidiConnection): Promise<{ context: string }> {
  const { result } = await connection.send('browsingContext.getTree', { maxDepth: 0, 'moz:scope': 'chrome' });
  const window = result.contexts.find((c: { url: string }) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no Firefox browser window in the chrome scope');
  return window;
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
  const window = await browserWindow(connection);
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
 * PRIVILEGED TEST-ONLY CODE, like grantActiveTab above. Opens `url` (an extension page) in a new tab
 * of its own, in front. A puppeteer page navigated from about:blank to a moz-extension:// URL moves
 * to the extension's process on the way, and over BiDi that page now and then lost its frame and
 * never reported the load (seen in one Firefox sweep out of three). A tab opened at the URL starts
 * in the right process.
 */
async function openTabAt(connection: BidiConnection, url: string): Promise<void> {
  const window = await browserWindow(connection);
  const response = await connection.send('script.callFunction', {
    functionDeclaration: `(url) => {
      const tab = gBrowser.addTab(url, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });
      gBrowser.selectedTab = tab;
      return true;
    }`,
    arguments: [{ type: 'string', value: url }],
    target: { context: window.context },
    awaitPromise: false,
  });
  if (response.result?.type !== 'success') throw new Error(`could not open ${url}: ${JSON.stringify(response.result)}`);
}

/**
 * The page showing `url`, once it does. Over BiDi a tab opened by the browser keeps the URL it was
 * born with (about:blank) in puppeteer's view, and its first browsing context is replaced on the way
 * to an extension page, so each page is asked where it is; a page being torn down may not answer.
 */
async function pageAt(browser: Browser, url: string, timeoutMs: number): Promise<Page> {
  const deadline = Date.now() + timeoutMs;
  const within = <T>(work: Promise<T>, ms: number) =>
    Promise.race([work, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]).catch(() => null);
  while (Date.now() < deadline) {
    for (const page of await browser.pages()) {
      if ((await within(page.evaluate(() => location.href), 1_000)) === url) return page;
    }
    await new Promise((resolve) => setTimeout(resolve, 100)); // between two looks, not a wait for the page
  }
  throw new Error(`no page showed ${url} within ${timeoutMs} ms`);
}

/**
 * Firefox's own calls home, pointed at a closed loopback port (as scripts/lib/browsers.mjs does for
 * Chromium's): they are the browser's, not Lede's, and would otherwise reach the outbound recorder.
 * Remote Settings (blocklists, the add-on install checks) is the one seen here.
 */
const FIREFOX_OWN_SERVICES_OFF = {
  'services.settings.server': 'http://127.0.0.1:9/v1',
};

/** Firefox's manual proxy settings for every scheme, DNS included (no lookup happens here). */
function proxyPrefs(proxy: URL): Record<string, string | number | boolean> {
  const host = proxy.hostname;
  const port = Number(proxy.port);
  return {
    'network.proxy.type': 1,
    'network.proxy.http': host,
    'network.proxy.http_port': port,
    'network.proxy.ssl': host,
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.socks_remote_dns': true,
    'network.dns.disablePrefetch': true,
    'network.http.speculative-parallel-limit': 0,
  };
}
