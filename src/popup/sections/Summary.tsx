import { t } from '../i18n';
import type { ContentLang } from './content-lang';

export function Summary({ sentences, content }: { sentences: string[]; content: ContentLang }) {
  return (
    <section class="section" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('summaryHeading')}</h2>
      {sentences.length ? (
        <ul class="summary" {...content}>
          {sentences.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      ) : (
        <p class="empty">{t('summaryEmpty')}</p>
      )}
    </section>
  );
}
