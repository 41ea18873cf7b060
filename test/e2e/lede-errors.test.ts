// The watch the sweep uses for "no page error caused by Lede" can fail: an error thrown in Lede's
// isolated world is caught, one thrown by the page itself is not Lede's.
import { describe, expect, it } from 'vitest';
import { chromiumSuite } from './support/suite';
import { watchLedeErrors, watchWorkerErrors } from './support/lede-errors';

const suite = chromiumSuite();

describe("the watch for Lede's errors in a page", () => {
  it("catches an error in Lede's world and leaves the page's own alone", async () => {
    const page = await suite.browser.context.newPage();
    const watch = await watchLedeErrors(page);
    await page.goto(suite.server.url('sample/mosul.html'));
    await suite.browser.clickAction(page);
    const popup = await suite.browser.openPopup(await suite.browser.tabIdOf(page));
    await popup.locator('main:not([aria-busy])').waitFor();
    expect(watch.take()).toEqual([]); // reading the sample raised nothing

    // The page throws: its own error.
    await page.evaluate(() => setTimeout(() => { throw new Error('the page’s own error'); }));
    // Lede's world throws (planted over the protocol, as a bug in the content script would).
    const [lede] = watch.contexts();
    expect(lede).toBeDefined();
    await watch.session.send('Runtime.evaluate', {
      contextId: lede,
      expression: "setTimeout(() => { throw new Error('planted in Lede’s world'); }); console.error('and logged there');",
    });
    const caught: string[] = [];
    await expect.poll(() => caught.push(...watch.take()) && caught.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    expect(caught.join(' | ')).toContain('planted in Lede’s world');
    expect(caught.join(' | ')).toContain('and logged there');
    expect(caught.join(' | ')).not.toContain('the page’s own error');
    await watch.close();
  });
});

describe("the watch for errors of Lede's service worker", () => {
  it('catches an error the worker logs', async () => {
    const watch = watchWorkerErrors(suite.browser.context);
    await suite.browser.worker.evaluate(() => console.error('planted in the service worker'));
    await expect.poll(() => watch.take().join(' '), { timeout: 10_000 }).toContain('planted in the service worker');
  });
});
