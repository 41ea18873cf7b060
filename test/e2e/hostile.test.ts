// Hostile and huge pages. Hostile text inside an article (markup, scripts, javascript: URLs, bidi
// and zero-width characters, prototype names) is shown as inert text, and nothing from the page runs
// in the extension. A page past every budget gets an answer, marked partial, and keeps its story.
import { describe, expect, it } from 'vitest';
import { chromiumSuite } from './support/suite';

const suite = chromiumSuite();

describe('hostile text in an article', () => {
  it('is shown as text in the popup and never runs', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('fixtures/hostile.html'));
    await suite.browser.clickAction(page);
    const popup = await suite.browser.context.newPage();
    const dialogs: string[] = [];
    popup.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await popup.goto(`chrome-extension://${suite.browser.extensionId}/src/popup/index.html?tab=${await suite.browser.tabIdOf(page)}`);
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

    // Exports carry the same words as text: Markdown escapes them, and neither format keeps the
    // bidi override that would reorder the text wherever it is pasted.
    await suite.browser.context.grantPermissions(['clipboard-read'], { origin: suite.server.origin });
    const copied = async (button: string, status: string): Promise<string> => {
      await popup.getByRole('button', { name: button, exact: true }).click();
      await popup.getByRole('status').filter({ hasText: status }).waitFor();
      await page.bringToFront(); // the clipboard is read from the focused article page
      const text = await page.evaluate(() => navigator.clipboard.readText());
      await popup.bringToFront();
      return text;
    };
    const markdown = await copied('Markdown', 'Copied as Markdown');
    expect(markdown).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(markdown).not.toMatch(/(?<!\\)<(?:img|script)/);
    expect(markdown).not.toContain('\u202e');
    const plain = await copied('Plain text', 'Copied as plain text');
    expect(plain.split('\n')[0]).toContain('<img src=x onerror=alert(1)>');
    expect(plain).not.toContain('\u202e');
    expect(dialogs).toEqual([]);
  });
});

describe('a page of 50,000 paragraphs', () => {
  it('gets a partial analysis, said so in the popup, and keeps its text visible', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('generated/huge.html'));
    await suite.browser.clickAction(page);
    const popup = await suite.browser.openPopup(await suite.browser.tabIdOf(page));
    await popup.locator('main:not([aria-busy])').waitFor();
    await expect(popup.locator('h1').first().textContent()).resolves.toBe('An endless page');
    expect(await popup.getByText('Lede stopped early').count()).toBe(1);
    expect(await popup.locator('.summary li').count()).toBeGreaterThan(0);
    expect(await page.getByText('Paragraph 49999.', { exact: false }).isVisible()).toBe(true);
  });
});

describe('pages past the other budgets', () => {
  const cases = [
    { path: 'generated/text-node.html', title: 'A wall of text', partial: true, visible: 'It opens like any story.' },
    { path: 'generated/quote-marks.html', title: 'Quotation marks everywhere', partial: false, visible: 'The council met again' },
    { path: 'generated/deep.html', title: 'A deep page', partial: false, visible: 'Deep paragraph 8.' },
  ];
  for (const c of cases) {
    it(`answers ${c.path.split('/')[1]} without an error, and keeps its text visible`, async () => {
      const page = await suite.browser.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(suite.server.url(c.path));
      await page.waitForFunction(() => document.querySelector('h1') !== null);
      await suite.browser.clickAction(page);
      const popup = await suite.browser.openPopup(await suite.browser.tabIdOf(page));
      await popup.locator('main:not([aria-busy])').waitFor();
      // The article view: only the state messages (no article, error…) carry a data-state.
      expect(await popup.locator('main').getAttribute('data-state')).toBeNull();
      await expect(popup.locator('h1').first().textContent()).resolves.toBe(c.title);
      expect(await popup.getByText('Lede stopped early').count()).toBe(c.partial ? 1 : 0);
      expect(await page.getByText(c.visible).first().isVisible()).toBe(true);
      expect(errors).toEqual([]);
      await popup.close();
      await page.close();
    });
  }
});
