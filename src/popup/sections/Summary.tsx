export function Summary({ sentences }: { sentences: string[] }) {
  return (
    <section class="section" aria-labelledby="summary-heading">
      <h2 id="summary-heading">Summary</h2>
      {sentences.length ? (
        <ul class="summary">
          {sentences.map((s, i) => (
            <li key={i}>{s}</li>
          ))}
        </ul>
      ) : (
        <p class="empty">The article is too short to summarise.</p>
      )}
    </section>
  );
}
