// The request attribution of support/extension-requests.ts must be able to fail: requests planted
// in each part of the extension (service worker, popup page, content script and the elements a
// content script inserts) are caught and blamed on the right part, while a request the page makes
// itself is not blamed on the extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_BUILD, launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { startPageServer, type PageServer } from './support/server';
import { recordExtensionRequests, type ExtensionRequestRecorder, type RecordedRequest } from './support/extension-requests';

declare const chrome: { scripting: { executeScript(o: object): Promise<unknown> } };

// A closed port on loopback: nothing answers, and it is not the page server.
const PLANTED = 'http://127.0.0.1:9/planted';

// A test-only file in a copy of the build, injected as Lede injects its content script (a file of
// the package): a fetch, an image, a style sheet and a fetch from a timer.
const PLANTED_CONTENT_SCRIPT = `
fetch('${PLANTED}/content-fetch').catch(() => {});
const img = document.createElement('img');
img.src = '${PLANTED}/content-img.png';
document.body.append(img);
const link = document.createElement('link');
link.rel = 'stylesheet';
link.href = '${PLANTED}/content.css';
document.head.append(link);
setTimeout(() => fetch('${PLANTED}/content-later').catch(() => {}), 0);
`;

let build: string;
let server: PageServer;
let browser: ExtensionBrowser;
let recorder: ExtensionRequestRecorder;
let page: Page;
let popup: Page;

beforeAll(async () => {
  build = mkdtempSync(join(tmpdir(), 'lede-planted-build-'));
  cpSync(CHROME_BUILD, build, { recursive: true });
  writeFileSync(join(build, 'planted-content.js'), PLANTED_CONTENT_SCRIPT);
  server = await startPageServer();
  browser = await launchWithExtension({ build, devtools: true });
  recorder = await recordExtensionRequests(browser);
});

afterAll(async () => {
  recorder?.close();
  await browser?.close();
  await server?.close();
  rmSync(build, { recursive: true, force: true });
});

const find = (url: string): RecordedRequest | undefined => recorder.requests.find((r) => r.url === url);
const blame = (url: string) => find(url)?.by;

describe('attribution of requests to the extension (Chromium)', () => {
  it('sees Lede read a page: the extension’s requests stay in its package, the page’s are the page’s', async () => {
    page = await browser.context.newPage();
    await page.goto(server.url('sample/mosul.html'));
    await browser.clickAction(page);
    popup = await browser.openPopup(await browser.tabIdOf(page));
    await popup.locator('main:not([aria-busy])').waitFor();
    await recorder.settled();

    expect(recorder.outbound()).toEqual([]);
    expect(blame(server.url('sample/mosul.html'))).toBe('page');
    const extension = recorder.extensions();
    // The service worker loads the bundled gazetteer; both popups (the real one the click opens and
    // the one in a tab) load their page, so both are watched from their first request.
    expect(extension.some((r) => r.by === 'service worker' && /\/assets\/places-.*\.tsv$/.test(r.url))).toBe(true);
    const popupDocuments = extension.filter((r) => r.by === 'extension page' && r.url.includes('/src/popup/index.html'));
    expect(popupDocuments.length).toBeGreaterThanOrEqual(2);
  });

  it('catches a request planted in the service worker', async () => {
    await browser.worker.evaluate((url) => fetch(url).then(() => 0, () => 0), `${PLANTED}/worker`);
    await expect.poll(() => blame(`${PLANTED}/worker`)).toBe('service worker');
    expect(recorder.outbound().map((r) => r.url)).toContain(`${PLANTED}/worker`);
  });

  it('catches an uncaught exception planted in the service worker', async () => {
    expect(recorder.takeExceptions()).toEqual([]); // reading the sample raised none
    await browser.worker.evaluate(() => void setTimeout(() => { throw new Error('planted in the worker'); }));
    await expect.poll(() => recorder.takeExceptions().join(' ')).toContain('planted in the worker');
  });

  it('catches a fetch and an image planted in the popup page', async () => {
    await popup.evaluate((base) => {
      void fetch(`${base}/popup-fetch`).catch(() => {});
      const img = document.createElement('img');
      img.src = `${base}/popup-img.png`;
      document.body.append(img);
    }, PLANTED);
    await expect.poll(() => blame(`${PLANTED}/popup-fetch`)).toBe('extension page');
    await expect.poll(() => blame(`${PLANTED}/popup-img.png`)).toBe('extension page');
  });

  it('catches a content script’s fetch and the image and style sheet it inserts, but not the page’s own fetch', async () => {
    const tabId = await browser.tabIdOf(page);
    await browser.worker.evaluate(
      (id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['planted-content.js'] }),
      tabId,
    );
    for (const path of ['content-fetch', 'content-img.png', 'content.css', 'content-later']) {
      await expect.poll(() => blame(`${PLANTED}/${path}`), { message: path }).toBe('content script');
    }
    expect(find(`${PLANTED}/content-img.png`)?.initiator).toMatch(/planted-content\.js$/);

    // The same kind of request made by the page itself (the test's evaluate runs in the page's world).
    await page.evaluate((url) => void fetch(url).catch(() => {}), `${PLANTED}/page-fetch`);
    await expect.poll(() => blame(`${PLANTED}/page-fetch`)).toBe('page');

    const outbound = recorder.outbound().map((r) => r.url.replace(PLANTED, ''));
    const planted = ['/content-fetch', '/content-img.png', '/content-later', '/content.css', '/popup-fetch', '/popup-img.png', '/worker'];
    expect(outbound.sort()).toEqual(planted.sort());
  });
});
