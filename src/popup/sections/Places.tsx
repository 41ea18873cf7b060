// The place glossary beside its locator map. Hovering or focusing an entry lights its marker and
// the reverse; a place's name takes the reader to its first mention in the page, and "all
// mentions" keeps every mention highlighted until pressed again.
import { useState } from 'preact/hooks';
import type { Place } from '../../core/types';
import { whereLabel } from '../export';
import { LocatorMap } from '../LocatorMap';
import { mainPlace } from '../locator-map/frame';
import { t, tCount, type MessageKey } from '../i18n';
import { clearPageHighlights, revealInPage } from '../page-actions';

const KIND_KEYS: Record<Place['kind'], MessageKey> = {
  continent: 'kindContinent',
  country: 'kindCountry',
  region: 'kindRegion',
  city: 'kindCity',
  neighbourhood: 'kindNeighbourhood',
  river: 'kindRiver',
  lake: 'kindLake',
  sea: 'kindSea',
  mountain: 'kindMountain',
  desert: 'kindDesert',
  landmark: 'kindLandmark',
  other: 'kindOther',
};

export const placeKindLabel = (kind: Place['kind']) => t(KIND_KEYS[kind]);

/** Whether the places have arrived (they follow summary and quotes), or could not be found. */
export type PlacesState = 'pending' | 'ready' | 'failed';

export function Places({ places, state, tabId }: { places: Place[]; state: PlacesState; tabId: number | null }) {
  const [active, setActive] = useState<string | null>(null);
  const [allOf, setAllOf] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const jump = async (p: Place) => {
    if (tabId === null) return;
    setAllOf(null);
    const { found } = await revealInPage(tabId, { kind: 'place', mentions: p.mentions, all: false });
    setStatus(found ? '' : t('notFoundInPage'));
  };

  const toggleAll = async (p: Place) => {
    if (tabId === null) return;
    if (allOf === p.name) {
      await clearPageHighlights(tabId);
      setAllOf(null);
      setStatus(t('highlightsCleared'));
      return;
    }
    const { found } = await revealInPage(tabId, { kind: 'place', mentions: p.mentions, all: true });
    setAllOf(found ? p.name : null);
    setStatus(found ? tCount('mentionsHighlighted', found, p.name) : t('notFoundInPage'));
  };

  return (
    <section class="section" aria-labelledby="places-heading">
      <h2 id="places-heading">{t('placesHeading')}</h2>
      {places.length ? (
        <>
          <LocatorMap places={places} main={mainPlace(places)} active={active} onActivate={setActive} />
          <ul class="places">
            {places.map((p) => (
              <li
                key={p.name}
                class={p.name === active ? 'place is-active' : 'place'}
                data-place={p.name}
                onMouseEnter={() => setActive(p.name)}
                onMouseLeave={() => setActive(null)}
                onFocusIn={() => setActive(p.name)}
                onFocusOut={() => setActive(null)}
              >
                <p>
                  <button type="button" class="place-name link-button" title={t('showInPage')} onClick={() => void jump(p)}>
                    {p.name}
                  </button>{' '}
                  <span class="place-kind">
                    {[placeKindLabel(p.kind), p.kind === 'country' ? null : p.country].filter(Boolean).join(', ')}
                  </span>
                </p>
                {p.alternative ? <p class="place-unsure">{t('placeUnsure', whereLabel(p), whereLabel(p.alternative))}</p> : null}
                {p.description ? <p class="place-description">{p.description}</p> : null}
                <button type="button" class="all-mentions link-button" aria-pressed={allOf === p.name} onClick={() => void toggleAll(p)}>
                  {tCount('highlightMentions', p.count)}
                </button>
              </li>
            ))}
          </ul>
          <p class="visually-hidden" role="status">
            {status}
          </p>
        </>
      ) : (
        <p class={state === 'pending' ? 'empty places-finding' : 'empty'}>
          {t(state === 'pending' ? 'placesFinding' : state === 'failed' ? 'placesFailed' : 'placesEmpty')}
        </p>
      )}
    </section>
  );
}
