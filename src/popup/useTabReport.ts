// Asks the background for the analysis of the tab the popup belongs to.
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sendToBackground, type AnalysisSettings, type TabReport } from '../messaging/messages';

export type PopupState = { state: 'loading' } | TabReport;

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

  useEffect(() => {
    if (!summaryLength || !maxQuotes) return;
    let live = true;
    setReport({ state: 'loading' });
    (async (): Promise<TabReport> => {
      const target = await targetTab();
      if (!target) return { state: 'error', message: 'no-tab' };
      setTab(target);
      const type = anyText ? 'popup→background:analyze-any-text' : 'popup→background:analyze-tab';
      return sendToBackground(type, { tabId: target.id, summaryLength, maxQuotes });
    })()
      .catch(asError)
      .then((r) => live && setReport(r));
    return () => {
      live = false;
    };
  }, [summaryLength, maxQuotes, attempt, anyText]);

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
