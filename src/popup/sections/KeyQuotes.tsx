// Key quotes, each a button: pressing it scrolls the page to the quote and highlights it briefly.
import { useState } from 'preact/hooks';
import type { Quote } from '../../core/types';
import { t } from '../i18n';
import { revealInPage } from '../page-actions';
import { speakerName, speakerRole } from '../export';
import type { ContentLang } from './content-lang';

export function KeyQuotes({ quotes, content, tabId }: { quotes: Quote[]; content: ContentLang; tabId: number | null }) {
  const [missing, setMissing] = useState<number | null>(null);
  const reveal = async (q: Quote, i: number) => {
    if (tabId === null) return;
    const { found } = await revealInPage(tabId, { kind: 'quote', text: q.text, paragraph: q.paragraph });
    setMissing(found ? null : i);
  };
  return (
    <section class="section" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">{t('quotesHeading')}</h2>
      {quotes.length ? (
        <ul class="quotes">
          {quotes.map((q, i) => {
            const role = speakerRole(q);
            return (
              <li key={i} class="quote">
                <button type="button" class="quote-button" title={t('showInPage')} onClick={() => void reveal(q, i)}>
                  <span class="quote-text" {...content}>
                    {q.text}
                  </span>
                  <span class="speaker">
                    <span {...content}>{speakerName(q, t('unattributed'))}</span>
                    {role ? (
                      <span class="role" {...content}>
                        , {role}
                      </span>
                    ) : null}
                  </span>
                </button>
                {missing === i ? <p class="not-found" role="status">{t('notFoundInPage')}</p> : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="empty">{t('quotesEmpty')}</p>
      )}
    </section>
  );
}
