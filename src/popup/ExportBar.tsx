// Copy the analysis (or one section) as Markdown or plain text. The clipboard write happens in
// the click itself, which is what lets an extension page write without a clipboard permission.
import { useState } from 'preact/hooks';
import type { Analysis } from '../core/types';
import { formatAnalysis, type ExportFormat, type ExportLabels, type ExportScope } from './export';
import { t, tCount } from './i18n';
import { placeKindLabel } from './sections/Places';

const labels = (): ExportLabels => ({
  untitled: t('untitled'),
  summary: t('summaryHeading'),
  quotes: t('quotesHeading'),
  places: t('placesHeading'),
  unattributed: t('unattributed'),
  mentions: (n) => tCount('mentionCount', n),
  kind: placeKindLabel,
  unsure: (chosen, other) => t('placeUnsure', chosen, other),
});

export function ExportBar({ analysis }: { analysis: Analysis }) {
  const [scope, setScope] = useState<ExportScope>('all');
  const [status, setStatus] = useState('');

  const copy = async (format: ExportFormat) => {
    try {
      await navigator.clipboard.writeText(formatAnalysis(analysis, format, scope, labels()));
      setStatus(t(format === 'markdown' ? 'copiedMarkdown' : 'copiedText'));
    } catch {
      setStatus(t('copyFailed'));
    }
  };

  return (
    <section class="export" aria-labelledby="export-heading">
      <h2 id="export-heading" class="visually-hidden">
        {t('exportHeading')}
      </h2>
      <label class="export-scope">
        {t('exportScope')}{' '}
        <select value={scope} onChange={(e) => setScope(e.currentTarget.value as ExportScope)}>
          <option value="all">{t('exportAll')}</option>
          <option value="summary">{t('summaryHeading')}</option>
          <option value="quotes">{t('quotesHeading')}</option>
          <option value="places">{t('placesHeading')}</option>
        </select>
      </label>
      <button type="button" class="small-button" onClick={() => void copy('markdown')}>
        {t('copyMarkdown')}
      </button>
      <button type="button" class="small-button" onClick={() => void copy('text')}>
        {t('copyText')}
      </button>
      <p class="copy-status" role="status">
        {status}
      </p>
    </section>
  );
}
