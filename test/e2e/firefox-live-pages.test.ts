// The live-page world in real headless Firefox ESR (see live-pages.test.ts for Chromium): the same
// pages and the same checks (support/live-world.ts), with Lede installed from dist/firefox.
import type { Page } from 'puppeteer-core';
import { firefoxSuite } from './support/suite';
import { describeLiveWorld, type LiveDriver, type LivePopup } from './support/live-world';

const suite = firefoxSuite();

const driver: LiveDriver = {
  async open(url) {
    const page: Page = await suite.firefox.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return {
      evaluate: (fn) => page.evaluate(fn),
      waitUntil: (fn, timeout) => page.waitForFunction(fn, { timeout, polling: 'raf' }).then(() => true, () => false),
      async wheel(deltaY) {
        await page.mouse.move(550, 450);
        await page.mouse.wheel({ deltaY });
      },
      click: (selector) => page.click(selector).catch(() => undefined),
      async openLede(): Promise<LivePopup> {
        const popup = await suite.firefox.openPopup(await suite.firefox.clickAction(page));
        const line = async () => ((await popup.$eval('.clutter-line', (e) => e.textContent)) ?? '').trim();
        return {
          clutterLine: line,
          async toggleClutter() {
            const before = await line();
            const button = await popup.waitForSelector('.clutter-line button', { timeout: 3000 });
            await button!.click();
            await popup.waitForFunction((b) => document.querySelector('.clutter-line')?.textContent?.trim() !== b, { timeout: 3000 }, before);
          },
          close: () => popup.close(),
        };
      },
      front: () => page.bringToFront(),
      close: () => page.close(),
    };
  },
};

describeLiveWorld('Firefox', driver, () => suite.server.origin, 400_000);
