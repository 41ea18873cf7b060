// The analysis of one article: its header, then summary, key quotes, places with the map, the
// clutter line and the copy buttons. The article's language and direction apply to its text only;
// the popup's own labels keep the reader's.
import type { Analysis } from '../core/types';
import type { AnyTextSource } from '../messaging/messages';
import { ClutterLine } from './sections/ClutterLine';
import { KeyQuotes } from './sections/KeyQuotes';
import { Places, type PlacesState } from './sections/Places';
import { Summary } from './sections/Summary';
import { OnDeviceSummary } from './sections/OnDeviceSummary';
import { ExportBar } from './ExportBar';
import { t, tCount, uiLanguage } from './i18n';

interface Props {
  analysis: Analysis;
  /** Set when the reader asked Lede to read a page it did not take for an article. */
  source?: AnyTextSource;
  tabId: number | null;
  clutterHidden: boolean;
  onClutterHidden: (hidden: boolean) => void;
  /** Places come in a second reply: until then the rest of the analysis is shown. */
  places: PlacesState;
}

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }).format(date);
}

export function ArticleView({ analysis, source, tabId, clutterHidden, onClutterHidden, places }: Props) {
  const date = formatDate(analysis.published);
  const words = analysis.article?.words ?? 0;
  const facts = [
    t('readingTime', analysis.readingMinutes),
    words ? tCount('wordCount', words, new Intl.NumberFormat(uiLanguage()).format(words)) : null,
  ].filter(Boolean);
  const content = { lang: analysis.lang ?? undefined, dir: analysis.dir };
  return (
    // Busy until the places are in: screen readers (and the tests) wait for the whole analysis.
    <main class="popup" aria-busy={places === 'pending' ? 'true' : undefined}>
      <header class="article-head">
        {source ? <p class="source-note">{t(source === 'selection' ? 'readSelection' : 'readMainText')}</p> : null}
        {analysis.partial ? <p class="source-note">{t('partialAnalysis')}</p> : null}
        <h1 class="title" {...content}>
          {analysis.title ?? t('untitled')}
        </h1>
        <p class="meta">
          {analysis.site ? <span class="site" {...content}>{analysis.site}</span> : null}
          {analysis.byline ? <span class="byline" {...content}>{analysis.byline}</span> : null}
          {date ? <time dateTime={analysis.published ?? undefined}>{date}</time> : null}
        </p>
        <p class="meta facts">{facts.join(' · ')}</p>
      </header>
      <Summary sentences={analysis.summary} content={content}>
        {analysis.article ? (
          <OnDeviceSummary paragraphs={analysis.article.paragraphs} title={analysis.title} articleLang={analysis.lang} content={content} />
        ) : null}
      </Summary>
      <KeyQuotes quotes={analysis.keyQuotes} content={content} tabId={tabId} />
      <Places places={analysis.places} state={places} tabId={tabId} />
      {source ? null : <ClutterLine count={analysis.clutter.length} hidden={clutterHidden} onToggle={() => onClutterHidden(!clutterHidden)} />}
      <ExportBar analysis={analysis} />
    </main>
  );
}
