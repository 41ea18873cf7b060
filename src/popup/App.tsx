// The popup's frame: a banner with the settings switch, the main view (the article, a state
// message, or the settings) and a footer with the keyboard shortcut.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useSettings } from './useSettings';
import { useTabReport } from './useTabReport';
import { ArticleView } from './ArticleView';
import { Loading } from './states/Loading';
import { StateMessage } from './states/StateMessage';
import { SettingsView } from './views/SettingsView';
import { ShortcutHint } from './ShortcutHint';
import { t, uiDirection, uiLanguage } from './i18n';
import { siteOf } from '../messaging/settings';

export function App() {
  const { settings, update, replace } = useSettings();
  const { report, tab, setClutterHidden, retry, analyzeAnyway } = useTabReport(settings);
  const [view, setView] = useState<'article' | 'settings'>('article');
  const settingsButton = useRef<HTMLButtonElement>(null);
  const returning = useRef(false);

  useEffect(() => {
    document.documentElement.lang = uiLanguage();
    document.documentElement.dir = uiDirection();
  }, []);

  // Back from the settings, focus returns to the button that opened them.
  useEffect(() => {
    if (view === 'article' && returning.current) settingsButton.current?.focus();
    returning.current = false;
  }, [view]);

  const closeSettings = () => {
    returning.current = true;
    setView('article');
  };

  return (
    <div class="shell">
      <header class="bar">
        <span class="brand">{t('extName')}</span>
        {/* One live region for the whole popup, present from the first paint, so the change from
            "reading" to "ready" is announced (a region that appears with its text often is not). */}
        <p class="visually-hidden" role="status">
          {announcement(report)}
        </p>
        {view === 'article' ? (
          <button ref={settingsButton} type="button" class="bar-button" onClick={() => setView('settings')}>
            {t('settingsOpen')}
          </button>
        ) : (
          <button type="button" class="bar-button" onClick={closeSettings}>
            {t('settingsClose')}
          </button>
        )}
      </header>
      {view === 'settings' && settings ? (
        <SettingsView settings={settings} site={siteOf(tab?.url)} onChange={update} onAutoCleanup={(autoCleanup) => replace({ ...settings, autoCleanup })} />
      ) : (
        <ReportView report={report} tabId={tab?.id ?? null} onClutterHidden={setClutterHidden} onRetry={retry} onAnalyzeAnyway={analyzeAnyway} />
      )}
      <footer class="foot">
        <ShortcutHint />
      </footer>
    </div>
  );
}

function announcement(report: ReturnType<typeof useTabReport>['report']): string {
  switch (report.state) {
    case 'loading':
      return t('loading');
    case 'article':
      return t('analysisReady', report.analysis.title ?? t('untitled'));
    case 'no-article':
      return t('noArticleHeading');
    case 'restricted':
      return t(RESTRICTED[report.reason].heading);
    case 'error':
      return t(report.message === 'no-text' ? 'noTextHeading' : 'errorHeading');
  }
}

function ReportView(props: {
  report: ReturnType<typeof useTabReport>['report'];
  tabId: number | null;
  onClutterHidden: (hidden: boolean) => void;
  onRetry: () => void;
  onAnalyzeAnyway: () => void;
}) {
  const { report } = props;
  switch (report.state) {
    case 'loading':
      return <Loading />;
    case 'article':
      return (
        <ArticleView
          analysis={report.analysis}
          source={report.source}
          tabId={props.tabId}
          clutterHidden={report.clutterHidden}
          onClutterHidden={props.onClutterHidden}
          places={report.placesPending ? 'pending' : report.placesFailed ? 'failed' : 'ready'}
        />
      );
    case 'no-article':
      return (
        <StateMessage kind="no-article" heading={t('noArticleHeading')} action={{ label: t('analyzeAnyway'), onClick: props.onAnalyzeAnyway }}>
          {t('noArticleHelp')}
        </StateMessage>
      );
    case 'restricted':
      return (
        <StateMessage kind="restricted" heading={t(RESTRICTED[report.reason].heading)}>
          {t(RESTRICTED[report.reason].help)}
        </StateMessage>
      );
    case 'error':
      return report.message === 'no-text' ? (
        <StateMessage kind="error" heading={t('noTextHeading')}>
          {t('noTextHelp')}
        </StateMessage>
      ) : (
        <StateMessage kind="error" heading={t('errorHeading')} detail={report.message} action={{ label: t('tryAgain'), onClick: props.onRetry }}>
          {t('errorHelp')}
        </StateMessage>
      );
  }
}

const RESTRICTED = {
  'browser-page': { heading: 'restrictedBrowserHeading', help: 'restrictedBrowserHelp' },
  store: { heading: 'restrictedStoreHeading', help: 'restrictedStoreHelp' },
  pdf: { heading: 'restrictedPdfHeading', help: 'restrictedPdfHelp' },
  file: { heading: 'restrictedFileHeading', help: 'restrictedFileHelp' },
  other: { heading: 'restrictedOtherHeading', help: 'restrictedOtherHelp' },
} as const;
