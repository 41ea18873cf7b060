// "AI summary (on this device)": Chrome's built-in model, offered under Lede's own summary where
// the browser has it. Nothing happens until the reader presses the button; where the model is not
// on the device yet, the button says that pressing it downloads the model. The text streams in,
// Stop cancels it, and closing the popup cancels it too.
import { useEffect, useRef, useState } from 'preact/hooks';
import { findSummarizer, fitToQuota, offerFor, streamSummary, summaryOptions, type Offer } from '../on-device-summary';
import { t } from '../i18n';
import type { ContentLang } from './content-lang';

interface Props {
  paragraphs: string[];
  title: string | null;
  articleLang: string | null;
  content: ContentLang;
}

type State =
  | { step: 'offer' }
  | { step: 'downloading'; percent: number | null }
  /** `used`: how many of the article's paragraphs went to the model (all, unless over its quota). */
  | { step: 'writing' | 'done' | 'stopped'; text: string; used: number }
  | { step: 'failed' };

export function OnDeviceSummary({ paragraphs, title, articleLang, content }: Props) {
  const [offer, setOffer] = useState<Offer>('none');
  const [state, setState] = useState<State>({ step: 'offer' });
  const running = useRef<AbortController | null>(null);

  useEffect(() => {
    let live = true;
    void offerFor(findSummarizer(), articleLang).then((o) => live && setOffer(o));
    return () => {
      live = false;
      running.current?.abort();
    };
  }, [articleLang]);

  if (offer === 'none' || !paragraphs.length) return null;

  const start = async () => {
    const api = findSummarizer();
    if (!api) return;
    const controller = new AbortController();
    running.current = controller;
    const { signal } = controller;
    setState(offer === 'download' ? { step: 'downloading', percent: null } : { step: 'writing', text: '', used: 0 });
    let summarizer: Awaited<ReturnType<typeof api.create>> | null = null;
    let latest = '';
    let used = 0;
    try {
      summarizer = await api.create({
        ...summaryOptions(articleLang),
        signal,
        monitor: (m) => m.addEventListener('downloadprogress', (e) => setState({ step: 'downloading', percent: Math.round(100 * e.loaded) })),
      });
      const input = await fitToQuota(summarizer, paragraphs, signal);
      used = input.paragraphsUsed;
      setState({ step: 'writing', text: '', used });
      const context = title ? `A news article titled "${title}".` : 'A news article.';
      latest = await streamSummary(summarizer, input, context, signal, (text) => {
        latest = text;
        setState({ step: 'writing', text, used });
      });
      setState({ step: signal.aborted ? 'stopped' : 'done', text: latest, used });
    } catch {
      setState(signal.aborted ? { step: 'stopped', text: latest, used } : { step: 'failed' });
    } finally {
      summarizer?.destroy();
      if (running.current === controller) running.current = null;
    }
  };

  const stop = () => running.current?.abort();

  return (
    <div class="on-device">
      <h3 id="on-device-heading">{t('aiSummaryHeading')}</h3>
      {state.step === 'offer' || state.step === 'failed' ? (
        <>
          {state.step === 'failed' ? <p class="on-device-note" role="status">{t('aiSummaryFailed')}</p> : null}
          <button type="button" class="small-button on-device-start" onClick={() => void start()}>
            {offer === 'download' ? t('aiSummaryDownload') : t('aiSummaryStart')}
          </button>
          {offer === 'download' ? <p class="on-device-note">{t('aiSummaryDownloadNote')}</p> : null}
        </>
      ) : state.step === 'downloading' ? (
        <>
          <p class="on-device-note" role="status">
            {state.percent === null ? t('aiSummaryPreparing') : t('aiSummaryDownloading', state.percent)}
          </p>
          <button type="button" class="small-button on-device-stop" onClick={stop}>
            {t('aiSummaryStop')}
          </button>
        </>
      ) : (
        <>
          <p class="on-device-text" aria-live="polite" aria-busy={state.step === 'writing'} {...content}>
            {state.text}
          </p>
          {state.step === 'writing' ? (
            <button type="button" class="small-button on-device-stop" onClick={stop}>
              {t('aiSummaryStop')}
            </button>
          ) : null}
          {state.step === 'stopped' ? <p class="on-device-note">{t('aiSummaryStopped')}</p> : null}
          {state.used && state.used < paragraphs.length ? <p class="on-device-note">{t('aiSummaryPartial', state.used, paragraphs.length)}</p> : null}
          <p class="on-device-note">{t('aiSummaryCaveat')}</p>
        </>
      )}
    </div>
  );
}
