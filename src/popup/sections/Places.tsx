import type { Place } from '../../core/types';

const KIND_LABELS: Record<Place['kind'], string> = {
  continent: 'continent',
  country: 'country',
  region: 'region',
  city: 'city',
  neighbourhood: 'neighbourhood',
  river: 'river',
  lake: 'lake',
  sea: 'sea',
  mountain: 'mountain',
  desert: 'desert',
  landmark: 'landmark',
  other: 'place',
};

export function Places({ places }: { places: Place[] }) {
  return (
    <section class="section" aria-labelledby="places-heading">
      <h2 id="places-heading">Places</h2>
      {places.length ? (
        <ul class="places">
          {places.map((p) => (
            <li key={p.name} class="place">
              <p>
                <span class="place-name">{p.name}</span>{' '}
                <span class="place-kind">
                  {[KIND_LABELS[p.kind], p.kind === 'country' ? null : p.country].filter(Boolean).join(', ')}
                </span>
                {p.count > 1 ? <span class="place-count"> · {p.count} mentions</span> : null}
              </p>
              <p class="place-description">{p.description}</p>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">No places mentioned.</p>
      )}
    </section>
  );
}
