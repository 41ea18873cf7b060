// The background: on the popup's request it injects the content script into the active tab (the
// activeTab grant of the reader's click), gets the article, analyses it and caches the result.
import browser from 'webextension-polyfill';
import contentScript from '../content/content-script.ts?iife';
import { analyzeArticle } from '../core/article-analysis';
import {
  listen,
  sendToContent,
  type AnalyzeRequest,
  type PopupToBackground,
  type TabReport,
} from '../messaging/messages';
import { cacheAnalysis, cachedAnalysis, forgetTab } from './cache';
import { loadGazetteer } from './gazetteer';
import { reasonFromScriptingError, restrictedReason } from './restricted';
import { showHiddenCount } from './badge';

listen<PopupToBackground>({
  'popup→background:analyze-tab': analyzeTab,
  'popup→background:set-clutter-hidden': async ({ tabId, hidden }) => {
    const state = await sendToContent(tabId, 'background→content:set-clutter-hidden', { hidden }).catch(() => null);
    if (state) await showHiddenCount(tabId, state);
    return state;
  },
});

browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));

async function analyzeTab({ tabId, summaryLength = 'medium' }: AnalyzeRequest): Promise<TabReport> {
  try {
    const tab = await browser.tabs.get(tabId);
    const reason = restrictedReason(tab.url);
    if (reason) return { state: 'restricted', reason, url: tab.url ?? null };

    const injected = await ensureContentScript(tabId, tab.url);
    if (injected !== true) return injected;

    const page = await sendToContent(tabId, 'background→content:report', {});
    await showHiddenCount(tabId, page);
    const { article } = page;
    if (!article.isArticle) return { state: 'no-article', title: article.title, url: article.url };

    const url = article.url ?? tab.url ?? '';
    const cached = await cachedAnalysis(tabId, url, summaryLength);
    if (cached) return { state: 'article', analysis: { ...cached, clutter: page.clutter }, clutterHidden: page.clutterHidden, cached: true };

    const analysis = analyzeArticle(article, { summaryLength, gazetteer: await loadGazetteer() }, page.clutter);
    await cacheAnalysis(tabId, url, summaryLength, analysis);
    return { state: 'article', analysis, clutterHidden: page.clutterHidden, cached: false };
  } catch (err) {
    return { state: 'error', message: err instanceof Error ? err.message : String(err) };
  }
}

/** Injects the content script unless it already answers; true, or the report to show instead. */
async function ensureContentScript(tabId: number, url: string | undefined): Promise<true | TabReport> {
  const alive = await sendToContent(tabId, 'background→content:ping', {}).catch(() => null);
  if (alive) return true;
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [contentScript] });
    return true;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const reason = reasonFromScriptingError(message, url);
    return reason ? { state: 'restricted', reason, url: url ?? null } : { state: 'error', message };
  }
}
