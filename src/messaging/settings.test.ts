import { describe, expect, it, vi } from 'vitest';

// settings.ts reads storage through the polyfill, which cannot load under Node; these tests cover
// its pure parts only.
vi.mock('webextension-polyfill', () => ({ default: {} }));
const { originPatterns, sanitizeSettings, siteOf, DEFAULT_SETTINGS } = await import('./settings');

describe('settings as stored', () => {
  it('falls back to the defaults for anything missing or malformed', () => {
    expect(sanitizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings({ summaryLength: 'huge', maxQuotes: -3, theme: 'neon', autoCleanup: { sites: ['javascript:x', 4] } })).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings({ summaryLength: 'short', maxQuotes: 3, theme: 'dark', autoCleanup: { everywhere: true, sites: ['https://a.example'] } })).toEqual({
      summaryLength: 'short', maxQuotes: 3, theme: 'dark', autoCleanup: { everywhere: true, sites: ['https://a.example'] },
    });
  });

  it('asks for one host pattern per chosen site, without ports, or for all web pages', () => {
    expect(originPatterns({ everywhere: false, sites: ['https://a.example', 'http://127.0.0.1:8080'] })).toEqual(['https://a.example/*', 'http://127.0.0.1/*']);
    expect(originPatterns({ everywhere: true, sites: ['https://a.example'] })).toEqual(['http://*/*', 'https://*/*']);
  });

  it('offers automatic clean-up only on web pages', () => {
    expect(siteOf('https://news.example/a/b?c')).toBe('https://news.example');
    expect(siteOf('chrome://settings')).toBeNull();
    expect(siteOf('file:///x.html')).toBeNull();
    expect(siteOf(null)).toBeNull();
  });
});
