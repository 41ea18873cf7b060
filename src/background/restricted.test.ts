import { describe, expect, it } from 'vitest';
import { reasonFromScriptingError, restrictedReason } from './restricted';

describe('pages the browser does not let Lede touch', () => {
  it('tells browser pages, stores, PDFs and local files apart from web pages', () => {
    expect(restrictedReason('chrome://settings/')).toBe('browser-page');
    expect(restrictedReason('about:addons')).toBe('browser-page');
    expect(restrictedReason('https://chromewebstore.google.com/detail/x')).toBe('store');
    expect(restrictedReason('https://addons.mozilla.org/en-US/firefox/')).toBe('store');
    expect(restrictedReason('https://example.org/report.pdf')).toBe('pdf');
    expect(restrictedReason('file:///home/me/report.pdf')).toBe('pdf');
    expect(restrictedReason('https://www.example.com/news/2017/06/29/mosul')).toBeNull();
  });

  it('explains a scripting failure on a local file or a forbidden page', () => {
    expect(reasonFromScriptingError('Cannot access contents of url "file:///x.html"', 'file:///x.html')).toBe('file');
    expect(reasonFromScriptingError('The extensions gallery cannot be scripted.', 'https://x.test/')).toBe('store');
    expect(reasonFromScriptingError('Cannot access a chrome:// URL', null)).toBe('browser-page');
    expect(reasonFromScriptingError('Cannot access contents of the page. Extension manifest must request permission to access the respective host.', null)).toBe('other');
    expect(reasonFromScriptingError('Tab not found', 'https://x.test/')).toBeNull();
  });
});
