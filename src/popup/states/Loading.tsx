// A skeleton in the shape of the result while Lede reads the page (the popup's live region in
// App says so to screen readers; aria-busy tells them this part is still coming).
import { t } from '../i18n';

export function Loading() {
  return (
    <main class="popup" aria-busy="true">
      {/* The page's one heading while the result is not in (a role, not an <h1>, so that a look
          for the article's title never finds this placeholder). */}
      <div role="heading" aria-level={1} class="skeleton skeleton-title">
        <span class="visually-hidden">{t('extName')}</span>
      </div>
      <div class="skeleton skeleton-meta" />
      {[0, 1, 2].map((i) => (
        <div key={i} class="skeleton skeleton-line" />
      ))}
    </main>
  );
}
