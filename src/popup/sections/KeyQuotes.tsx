import type { Quote } from '../../core/types';

export function KeyQuotes({ quotes }: { quotes: Quote[] }) {
  return (
    <section class="section" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">Key quotes</h2>
      {quotes.length ? (
        <ul class="quotes">
          {quotes.map((q, i) => (
            <li key={i} class="quote">
              <blockquote>{q.text}</blockquote>
              <p class="speaker">
                {q.speaker ?? 'Unattributed'}
                {q.role ? <span class="role">, {q.role}</span> : null}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">No direct quotations in this article.</p>
      )}
    </section>
  );
}
