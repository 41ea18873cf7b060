import type { ComponentChildren } from 'preact';
import { t } from '../i18n';
import type { ContentLang } from './content-lang';

/** Lede's own summary, always first; `children` may add the on-device model's below it. */
export function Summary({ sentences, content, children }: { sentences: string[]; content: ContentLang; children?: ComponentChildren }) {
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
      {children}
    </section>
  );
}
