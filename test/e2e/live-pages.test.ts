// The live-page world in real Chromium: news pages whose scripts put up their clutter after load
// (test/live/), read with the built extension. See support/live-world.ts for what each page must
// show a reader, in both orders: Lede first and the clutter after it, and the clutter first.
import type { Page } from 'playwright-core';
import { chromiumSuite } from './support/suite';
import { describeLiveWorld, type LiveDriver, type LivePopup } from './support/live-world';

const suite = chromiumSuite();

const driver: LiveDriver = {
  async open(url) {
    const page: Page = await suite.browser.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return {
      evaluate: (fn) => page.evaluate(fn),
      waitUntil: (fn, timeout) => page.waitForFunction(fn, undefined, { timeout }).then(() => true, () => false),
      async wheel(deltaY) {
        await page.mouse.move(550, 450);
        await page.mouse.wheel(0, deltaY);
      },
      click: (selector) => page.click(selector, { timeout: 3000 }).catch(() => undefined),
      async openLede(): Promise<LivePopup> {
        await suite.browser.clickAction(page);
        const popup = await suite.browser.openPopup(await suite.browser.tabIdOf(page));
        await popup.locator('main:not([aria-busy])').waitFor();
        return {
          clutterLine: async () => ((await popup.locator('.clutter-line').textContent()) ?? '').trim(),
          async toggleClutter() {
            const before = await popup.locator('.clutter-line').textContent();
            await popup.locator('.clutter-line button').click({ timeout: 3000 });
            await popup.waitForFunction((b) => document.querySelector('.clutter-line')?.textContent !== b, before, { timeout: 3000 });
          },
          close: () => popup.close(),
        };
      },
      front: () => page.bringToFront(),
      close: () => page.close(),
    };
  },
};

describeLiveWorld('Chromium', driver, () => suite.server.origin, 300_000);
