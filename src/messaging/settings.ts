// The reader's settings, kept in storage.sync so they follow the reader to their other browsers.
// Read by the popup (what to show, which theme) and by the background (what to clean up unasked).
import browser from 'webextension-polyfill';
import type { SummaryLength } from '../core/types';
import type { AutoCleanup } from './messages';

export type Theme = 'system' | 'light' | 'dark';

export interface Settings {
  summaryLength: SummaryLength;
  maxQuotes: number;
  theme: Theme;
  autoCleanup: AutoCleanup;
}

export const DEFAULT_SETTINGS: Settings = {
  summaryLength: 'medium',
  maxQuotes: 5,
  theme: 'system',
  autoCleanup: { everywhere: false, sites: [] },
};

/** Sentences per summary length, as core's summarize counts them (shown beside the choice). */
export const SUMMARY_SENTENCES: Record<SummaryLength, number> = { short: 2, medium: 3, long: 5 };
export const QUOTE_COUNTS = [3, 5, 8] as const;

const KEY = 'settings';

/** Whatever is stored, checked field by field: an old or hand-edited entry never breaks the popup. */
export function sanitizeSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const auto = (typeof r.autoCleanup === 'object' && r.autoCleanup ? r.autoCleanup : {}) as Partial<Record<keyof AutoCleanup, unknown>>;
  return {
    summaryLength: r.summaryLength === 'short' || r.summaryLength === 'long' ? r.summaryLength : 'medium',
    maxQuotes: typeof r.maxQuotes === 'number' && r.maxQuotes >= 1 && r.maxQuotes <= 20 ? Math.round(r.maxQuotes) : DEFAULT_SETTINGS.maxQuotes,
    theme: r.theme === 'light' || r.theme === 'dark' ? r.theme : 'system',
    autoCleanup: {
      everywhere: auto.everywhere === true,
      sites: Array.isArray(auto.sites) ? auto.sites.filter((s): s is string => typeof s === 'string' && /^https?:\/\/[^/]+$/.test(s)) : [],
    },
  };
}

export async function loadSettings(): Promise<Settings> {
  return sanitizeSettings((await browser.storage.sync.get(KEY))[KEY]);
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = sanitizeSettings({ ...(await loadSettings()), ...patch });
  await browser.storage.sync.set({ [KEY]: next });
  return next;
}

/** Host permission pattern for one site; match patterns carry no port (Firefox refuses them). */
export function sitePattern(origin: string): string {
  const { protocol, hostname } = new URL(origin);
  return `${protocol}//${hostname}/*`;
}

/** Host permission patterns for the chosen sites (or for every web page). */
export function originPatterns(auto: AutoCleanup): string[] {
  if (auto.everywhere) return ['http://*/*', 'https://*/*'];
  return [...new Set(auto.sites.map(sitePattern))];
}

/** "https://www.example.com" for a page URL Lede may clean up, or null (browser pages, files). */
export function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}
