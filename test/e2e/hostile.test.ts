// Hostile text inside an article: markup, scripts, javascript: URLs, bidi and zero-width characters
// and prototype names. The popup must show them as inert text, and nothing from the page may run in
// the extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './support/chromium';
import { startPageServer, type PageServer } from './support/server';

let server: PageServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startPageServer();
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('hostile text in an article', () => {
  it('is shown as text in the popup and never runs', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('fixtures/hostile.html'));
    await browser.clickAction(page);
    const popup = await browser.context.newPage();
    const dialogs: string[] = [];
    popup.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await popup.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${await browser.tabIdOf(page)}`);
    await popup.locator('main:not([aria-busy])').waitFor();

    const shown = await popup.evaluate(() => document.body.innerText);
    // The markup in the headline and the story reaches the reader as the characters it is.
    expect(shown).toContain('<img src=x onerror=alert(1)>');
    expect(shown).toMatch(/SPRINGFIELD|Maria Lopez|Springfield/);
    // …and none of it became an element, a handler or a navigation in the popup.
    const made = await popup.evaluate(() => ({
      images: document.querySelectorAll('img').length,
      pageScripts: Array.from(document.scripts).filter((s) => !s.src).length,
      handlers: Array.from(document.querySelectorAll('*')).filter((el) => Array.from(el.attributes).some((a) => a.name.startsWith('on'))).length,
      jsLinks: Array.from(document.querySelectorAll('a[href^="javascript:"]')).length,
      pageFlag: (globalThis as { __pageScriptInArticle?: boolean }).__pageScriptInArticle ?? false,
    }));
    expect(made).toEqual({ images: 0, pageScripts: 0, handlers: 0, jsLinks: 0, pageFlag: false });
    expect(shown).not.toContain('window.__pageScriptInArticle');
    expect(dialogs).toEqual([]);
  });
});
