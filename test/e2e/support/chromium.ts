// Real headless Chromium with the built extension loaded, and the reader's click on the toolbar
// button performed through the DevTools protocol (Extensions.triggerAction), which grants
// activeTab exactly as a click does.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumPath, CHROMIUM_ARGS } from '../../../scripts/lib/browsers.mjs';

// The worker evaluates these callbacks with the extension API; only their shape matters here.
declare const chrome: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };

/** The built extension; LEDE_CHROME_BUILD points elsewhere (e.g. a copy, while dist/ is rebuilt). */
export const CHROME_BUILD = process.env.LEDE_CHROME_BUILD ?? new URL('../../../dist/chrome', import.meta.url).pathname;

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /**
   * The browser's DevTools websocket on 127.0.0.1, when launched with `devtools: true`, for a second
   * protocol client that sees every target (see extension-requests.ts).
   */
  devtoolsEndpoint?: string;
  /** Clicks Lede's toolbar button for this page's tab. */
  clickAction(page: Page): Promise<void>;
  /** The extension's tab id for a page whose URL Lede may see (after clickAction). */
  tabIdOf(page: Page): Promise<number>;
  /** The tab id of a page the extension may not see the URL of (the page is brought to front). */
  activeTabId(page: Page): Promise<number>;
  /**
   * Opens the popup for a tab. Headless Chromium shows the real popup as a target that Playwright
   * cannot drive, so the same popup page is opened in a tab with `?tab=ID`.
   */
  openPopup(tabId: number): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  proxy?: string;
  profile?: string;
  /**
   * Let pages into the back-forward cache. Playwright starts Chromium with
   * --disable-back-forward-cache (so that goBack always reloads a page it can intercept); a test of
   * what a reader sees after Back or Forward needs the cache as browsers ship it.
   */
  backForwardCache?: boolean;
  /** Another unpacked extension (e.g. a copy with a test-only file). */
  build?: string;
  /** Also open a DevTools port on loopback for a second protocol client (see devtoolsEndpoint). */
  devtools?: boolean;
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const build = options.build ?? CHROME_BUILD;
  // A given profile (prepared by the caller, e.g. with a permission granted earlier) is the
  // caller's to remove; a fresh one is removed on close.
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'lede-chromium-'));
  if (options.devtools) rmSync(join(profile, 'DevToolsActivePort'), { force: true }); // from an earlier run
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    ...(options.backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
    viewport: { width: 1100, height: 900 },
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${build}`,
      `--load-extension=${build}`,
      '--enable-unsafe-extension-debugging',
      ...(options.proxy ? [`--proxy-server=${options.proxy}`] : []),
      // Port 0: the browser picks a free loopback port and writes it to DevToolsActivePort.
      ...(options.devtools ? ['--remote-debugging-port=0'] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const cdp = await context.browser()!.newBrowserCDPSession();
  const devtoolsEndpoint = options.devtools ? await devtoolsEndpointOf(profile) : undefined;

  return {
    context,
    extensionId,
    worker,
    devtoolsEndpoint,
    async clickAction(page) {
      await page.bringToFront();
      // Right after a navigation has committed (goto … 'commit'), the tab's target may still report
      // its previous URL for a moment: ask again until it shows the page's.
      const deadline = Date.now() + 10_000;
      for (;;) {
        const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
        const tab = targetInfos.find((t) => t.url === page.url());
        if (tab) {
          await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
          return;
        }
        if (Date.now() > deadline) throw new Error(`no tab target for ${page.url()}`);
        await new Promise((resolve) => setTimeout(resolve, 50)); // between two looks, not a wait for the page
      }
    },
    async tabIdOf(page) {
      const url = page.url();
      const id = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
      if (typeof id !== 'number') throw new Error(`Lede cannot see the tab of ${url}: was the action clicked?`);
      return id;
    },
    async activeTabId(page) {
      await page.bringToFront();
      const id = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
      if (typeof id !== 'number') throw new Error('no active tab');
      return id;
    },
    async openPopup(tabId) {
      const popup = await context.newPage();
      await popup.setViewportSize({ width: 400, height: 600 });
      await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
      return popup;
    },
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The websocket URL a browser started with --remote-debugging-port=0 wrote into its profile. */
async function devtoolsEndpointOf(profile: string): Promise<string> {
  const file = join(profile, 'DevToolsActivePort');
  for (let tries = 0; tries < 100; tries++) {
    const [port, path] = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
    if (port && path) return `ws://127.0.0.1:${port}${path}`;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the browser wrote no DevTools port into ${file}`);
}
