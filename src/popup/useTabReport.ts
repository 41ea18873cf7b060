// Asks the background for the analysis of the tab the popup belongs to.
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { sendToBackground, type TabReport } from '../messaging/messages';

export type PopupState = { state: 'loading' } | TabReport;

/**
 * The popup belongs to the active tab of its window. Opened as a page of its own (tests, or a
 * reader who pinned it), `?tab=ID` names the tab instead.
 */
async function targetTabId(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function useTabReport() {
  const [report, setReport] = useState<PopupState>({ state: 'loading' });
  const [tabId, setTabId] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    (async () => {
      const id = await targetTabId();
      if (id === null) return { state: 'error', message: 'No tab to read.' } as const;
      setTabId(id);
      return sendToBackground('popup→background:analyze-tab', { tabId: id });
    })()
      .catch((err: unknown): TabReport => ({ state: 'error', message: err instanceof Error ? err.message : String(err) }))
      .then((r) => live && setReport(r));
    return () => {
      live = false;
    };
  }, []);

  const setClutterHidden = useCallback(
    async (hidden: boolean) => {
      if (tabId === null) return;
      const state = await sendToBackground('popup→background:set-clutter-hidden', { tabId, hidden });
      if (!state) return;
      setReport((r) =>
        r.state === 'article'
          ? { ...r, clutterHidden: state.clutterHidden, analysis: { ...r.analysis, clutter: state.clutter } }
          : r,
      );
    },
    [tabId],
  );

  return { report, setClutterHidden };
}
