// The background: on the popup's request it injects the content script into the active tab (the
// activeTab grant of the reader's click), gets the article, analyses it and caches the result.
import browser from 'webextension-polyfill';
import contentScript from '../content/content-script.ts?iife';
import { analyzeArticle, placesFor } from '../core/article-analysis';
import type { Place } from '../core/types';
import {
  listen,
  sendToContent,
  type AnalysisSettings,
  type AnalyzeRequest,
  type ContentToBackground,
  type PopupToBackground,
  type TabReport,
} from '../messaging/messages';
import { DEFAULT_SETTINGS } from '../messaging/settings';
import { cacheAnalysis, cachedAnalysis, forgetTab } from './cache';
import { loadGazetteer } from './gazetteer';
import { reasonFromScriptingError, restrictedReason } from './restricted';
import { showHiddenCount } from './badge';
import { followRevokedPermissions, setAutoCleanup } from './auto-cleanup';

listen<PopupToBackground>({
  'popup→background:analyze-tab': (request) => withReport(() => analyzeTab(request)),
  'popup→background:analyze-any-text': (request) => withReport(() => analyzeAnyText(request)),
  'popup→background:set-clutter-hidden': async ({ tabId, hidden }) => {
    const state = await sendToContent(tabId, 'background→content:set-clutter-hidden', { hidden }).catch(() => null);
    if (state) await showHiddenCount(tabId, state);
    return state;
  },
  'popup→background:set-auto-cleanup': setAutoCleanup,
  'popup→background:places': async ({ tabId }) => {
    const found = await placesInProgress.get(tabId);
    return found ? { places: found } : null;
  },
});

listen<ContentToBackground>({
  'content→background:clutter-changed': async (state, sender) => {
    if (sender.tab?.id !== undefined) await showHiddenCount(sender.tab.id, state);
  },
});

browser.tabs.onRemoved.addListener((tabId) => {
  placesInProgress.delete(tabId);
  void forgetTab(tabId);
});
followRevokedPermissions();

const settingsOf = (r: AnalyzeRequest): AnalysisSettings => ({
  summaryLength: r.summaryLength ?? DEFAULT_SETTINGS.summaryLength,
  maxQuotes: r.maxQuotes ?? DEFAULT_SETTINGS.maxQuotes,
});

async function withReport(run: () => Promise<TabReport>): Promise<TabReport> {
  try {
    return await run();
  } catch (err) {
    return { state: 'error', message: err instanceof Error ? err.message : String(err) };
  }
}

/** Places being found per tab, after the reply that carried summary and quotes. */
const placesInProgress = new Map<number, Promise<Place[] | null>>();

/** The tab's page, ready to answer; or the report to show instead (a forbidden page, an error). */
async function reachTab(tabId: number): Promise<{ url: string | undefined } | TabReport> {
  const tab = await browser.tabs.get(tabId);
  const reason = restrictedReason(tab.url);
  if (reason) return { state: 'restricted', reason, url: tab.url ?? null };
  const injected = await ensureContentScript(tabId, tab.url);
  return injected === true ? { url: tab.url } : injected;
}

async function analyzeTab(request: AnalyzeRequest): Promise<TabReport> {
  const { tabId } = request;
  // The first click of a worker's life reads the 3 MB gazetteer: while the page detects its
  // article, not after. (A page without one leaves it loaded for the next click.)
  const gazetteer = loadGazetteer();
  gazetteer.catch(() => undefined); // failure is reported where it is awaited
  const reached = await reachTab(tabId);
  if ('state' in reached) return reached;

  const page = await sendToContent(tabId, 'background→content:report', {});
  await showHiddenCount(tabId, page);
  const { article } = page;
  if (!article.isArticle) return { state: 'no-article', title: article.title, url: article.url };

  const settings = settingsOf(request);
  const url = article.url ?? reached.url ?? '';
  const cached = await cachedAnalysis(tabId, url, page.loadId, settings);
  if (cached) return { state: 'article', analysis: { ...cached, clutter: page.clutter }, clutterHidden: page.clutterHidden, cached: true };

  // Summary and quotes go back at once; the places (the slowest stage, and the one that needs the
  // gazetteer) are found right after the reply leaves, and the popup asks for them. The analysis
  // is cached whole once they are in.
  const analysis = analyzeArticle(article, settings, page.clutter);
  const places = afterReply()
    .then(() => gazetteer)
    .then((g) => placesFor(analysis, g))
    .catch(() => null); // the popup says the places could not be found; a later click tries again
  placesInProgress.set(tabId, places);
  void places
    .then((found) => found && cacheAnalysis(tabId, url, page.loadId, settings, { ...analysis, places: found }))
    .catch(() => undefined);
  return { state: 'article', analysis, clutterHidden: page.clutterHidden, cached: false, placesPending: true };
}

/** A task after the current one: the reply to the popup is posted before the worker gets busy. */
const afterReply = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** "Analyse anyway": the selection or the main text of a page Lede did not take for an article. */
async function analyzeAnyText(request: AnalyzeRequest): Promise<TabReport> {
  const { tabId } = request;
  const reached = await reachTab(tabId);
  if ('state' in reached) return reached;
  const found = await sendToContent(tabId, 'background→content:any-text', {});
  if (!found) return { state: 'error', message: 'no-text' };
  const analysis = analyzeArticle(found.article, { ...settingsOf(request), gazetteer: await loadGazetteer() });
  return { state: 'article', analysis, clutterHidden: false, cached: false, source: found.source };
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
