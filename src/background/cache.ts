// Analyses cached per tab, URL and load of the page, so reopening the popup on the same article is
// instant, while a reloaded page (whose story may have changed at the same address) is read anew.
// storage.session survives the service worker being stopped between clicks (Chrome stops idle
// workers after 30 s) and is cleared when the browser closes; nothing is written to disk.
import browser from 'webextension-polyfill';
import type { Analysis } from '../core/types';
import type { AnalysisSettings } from '../messaging/messages';

interface Entry {
  url: string;
  /** The page load the analysis was made of (PageReport.loadId). */
  loadId: string;
  settings: AnalysisSettings;
  analysis: Analysis;
}

const keyFor = (tabId: number) => `analysis:${tabId}`;

const sameSettings = (a: AnalysisSettings | undefined, b: AnalysisSettings) =>
  !!a && a.summaryLength === b.summaryLength && a.maxQuotes === b.maxQuotes;

export async function cachedAnalysis(tabId: number, url: string, loadId: string, settings: AnalysisSettings): Promise<Analysis | null> {
  const key = keyFor(tabId);
  const entry = (await browser.storage.session.get(key))[key] as Entry | undefined;
  return entry && entry.url === url && entry.loadId === loadId && sameSettings(entry.settings, settings) ? entry.analysis : null;
}

/** One entry per tab: a tab that moves to another article replaces its entry. */
export async function cacheAnalysis(
  tabId: number,
  url: string,
  loadId: string,
  settings: AnalysisSettings,
  analysis: Analysis,
): Promise<void> {
  const entry: Entry = { url, loadId, settings, analysis };
  await browser.storage.session.set({ [keyFor(tabId)]: entry });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyFor(tabId));
}
