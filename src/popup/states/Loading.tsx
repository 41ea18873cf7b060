// A skeleton in the shape of the result, announced to screen readers while Lede reads the page.
import { t } from '../i18n';

export function Loading() {
  return (
    <main class="popup" aria-busy="true">
      <p class="visually-hidden" role="status">
        {t('loading')}
      </p>
      <div class="skeleton skeleton-title" />
      <div class="skeleton skeleton-meta" />
      {[0, 1, 2].map((i) => (
        <div key={i} class="skeleton skeleton-line" />
      ))}
    </main>
  );
}
