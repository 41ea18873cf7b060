// Asks the background for the analysis of the tab the popup belongs to.
import { useCallback, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sendToBackground, type AnalysisSettings, type TabReport } from '../messaging/messages';

type ArticleReport = Extract<TabReport, { state: 'article' }>;
/** What the popup shows: the background's report, and for an article whether its places came. */
export type PopupState = { state: 'loading' } | Exclude<TabReport, ArticleReport> | (ArticleReport & { placesFailed?: boolean });

/**
 * The popup belongs to the active tab of its window. Opened as a page of its own (tests, or a
 * reader who pinned it), `?tab=ID` names the tab instead.
 */
async function targetTab(): Promise<{ id: number; url: string | null } | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery).catch(() => null);
    return { id: fromQuery, url: tab?.url ?? null };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
}

const asError = (err: unknown): TabReport => ({ state: 'error', message: err instanceof Error ? err.message : String(err) });

/** The tab's report, refreshed whenever the analysis settings change (null: not known yet). */
export function useTabReport(settings: AnalysisSettings | null) {
  const [report, setReport] = useState<PopupState>({ state: 'loading' });
  const [tab, setTab] = useState<{ id: number; url: string | null } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [anyText, setAnyText] = useState(false);

  const summaryLength = settings?.summaryLength;
  const maxQuotes = settings?.maxQuotes;
  // The tab is looked up during the first render, while the settings are read: neither waits on
  // the other, and the request leaves as soon as both are known (a layout effect, not one a frame
  // later; see useSettings).
  const tabLookup = useMemo(() => targetTab(), []);

  useLayoutEffect(() => {
    if (!summaryLength || !maxQuotes) return;
    let live = true;
    setReport({ state: 'loading' });
    let tabId: number | null = null;
    (async (): Promise<TabReport> => {
      const target = await tabLookup;
      if (!target) return { state: 'error', message: 'no-tab' };
      setTab(target);
      tabId = target.id;
      // User-timing marks, read by bench:popup to split the wait into the popup, the background and
      // the rendering; they cost nothing a reader would notice.
      performance.mark('lede:request');
      const type = anyText ? 'popup→background:analyze-any-text' : 'popup→background:analyze-tab';
      return sendToBackground(type, { tabId: target.id, summaryLength, maxQuotes });
    })()
      .catch(asError)
      .then((r) => {
        performance.mark('lede:report');
        if (!live) return;
        setReport(r);
        if (r.state === 'article' && r.placesPending && tabId !== null) void followPlaces(tabId);
      });
    // Summary and quotes are shown first; the places follow in a second reply. (`live` drops a
    // reply that comes after a newer request; the clutter switch may have changed the report since.)
    const followPlaces = async (tab: number) => {
      const found = await sendToBackground('popup→background:places', { tabId: tab }).catch(() => null);
      if (!live) return;
      setReport((r) =>
        r.state === 'article' ? { ...r, placesPending: false, placesFailed: !found, analysis: { ...r.analysis, places: found?.places ?? [] } } : r,
      );
    };
    return () => {
      live = false;
    };
  }, [summaryLength, maxQuotes, attempt, anyText, tabLookup]);

  const setClutterHidden = useCallback(
    async (hidden: boolean) => {
      if (!tab) return;
      const state = await sendToBackground('popup→background:set-clutter-hidden', { tabId: tab.id, hidden });
      if (!state) return;
      setReport((r) =>
        r.state === 'article' ? { ...r, clutterHidden: state.clutterHidden, analysis: { ...r.analysis, clutter: state.clutter } } : r,
      );
    },
    [tab],
  );

  return {
    report,
    tab,
    setClutterHidden,
    retry: () => setAttempt((n) => n + 1),
    /** "Analyse anyway": the reader's selection, else the page's main text. */
    analyzeAnyway: () => setAnyText(true),
  };
}
