// Where the story happens: country outlines with a marker per place of the glossary. The
// outlines and the projection code load on first use (dynamic import) so the popup opens fast.
import { useEffect, useState } from 'preact/hooks';
import type { Place } from '../core/types';
import type { DrawnMap, MarkerXY } from './locator-map/draw';
import type { MapPoint } from './locator-map/frame';
import { t } from './i18n';
import './LocatorMap.css';

interface Props {
  places: Place[];
  /** The story's main place (mainPlace), marked and framed with the places near it. */
  main: string | null;
  /** Name of the highlighted place, or null. */
  active: string | null;
  onActivate: (name: string | null) => void;
  width?: number;
  height?: number;
}

type Drawing = { state: 'loading' } | { state: 'ready'; map: DrawnMap } | { state: 'failed' };

export function mapPoints(places: Place[]): MapPoint[] {
  const out: MapPoint[] = [];
  for (const p of places) {
    if (typeof p.lat === 'number' && typeof p.lon === 'number' && Number.isFinite(p.lat) && Number.isFinite(p.lon))
      out.push({ name: p.name, lat: p.lat, lon: p.lon });
  }
  return out;
}

/** Places whose reading is uncertain: drawn as open rings, not pins. */
const unsureNames = (places: Place[]) => new Set(places.filter((p) => p.alternative).map((p) => p.name));

export function LocatorMap({ places, main, active, onActivate, width = 320, height = 180 }: Props) {
  const points = mapPoints(places);
  const signature = `${main}|` + points.map((p) => `${p.name}@${p.lat},${p.lon}`).join('|');
  const [drawing, setDrawing] = useState<Drawing>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    import('./locator-map/draw')
      .then(({ drawMap }) => live && setDrawing({ state: 'ready', map: drawMap(points, width, height, main) }))
      .catch(() => live && setDrawing({ state: 'failed' }));
    return () => {
      live = false;
    };
  }, [signature, width, height]);

  if (!points.length || drawing.state === 'failed') return null;
  const label = `Map of the places in this article: ${points.map((p) => p.name).join(', ')}`;
  if (drawing.state === 'loading') {
    return <div class="locator-map locator-map--loading" style={{ aspectRatio: `${width} / ${height}` }} aria-busy="true" />;
  }
  const { map } = drawing;
  const mainLabel = t('mapMainPlace');
  const unsure = unsureNames(places);
  // The active marker is drawn last so that it sits on top of its neighbours.
  const onTop = (ms: MarkerXY[]) => [...ms].sort((a, b) => Number(a.name === active) - Number(b.name === active));
  const marker = (m: MarkerXY, r: number) => (
    <g
      key={m.name}
      class={['locator-map__marker', m.name === active ? 'is-active' : '', m.name === map.main ? 'is-main' : '', unsure.has(m.name) ? 'is-unsure' : '']
        .filter(Boolean)
        .join(' ')}
      transform={`translate(${m.x} ${m.y})`}
      tabIndex={0}
      onMouseEnter={() => onActivate(m.name)}
      onMouseLeave={() => onActivate(null)}
      onFocus={() => onActivate(m.name)}
      onBlur={() => onActivate(null)}
    >
      <title>{m.name === map.main ? `${m.name} (${mainLabel})` : m.name}</title>
      {m.name === map.main ? <circle class="locator-map__main-ring" r={r + 4} /> : null}
      <circle r={m.name === active ? r + 2 : r} />
    </g>
  );
  const { inset } = map;
  return (
    <div class="locator-map">
      <svg viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-label={label}>
        <g class="locator-map__land" aria-hidden="true">
          {map.land.map((d, i) => (
            <path key={i} d={d} />
          ))}
        </g>
        {onTop(map.markers).map((m) => marker(m, 4))}
        {inset ? (
          <g class="locator-map__inset" transform={`translate(${inset.x} ${inset.y})`}>
            <rect width={inset.width} height={inset.height} />
            <g class="locator-map__land" aria-hidden="true">
              {inset.land.map((d, i) => (
                <path key={i} d={d} />
              ))}
            </g>
            {inset.frame ? <path class="locator-map__frame" d={inset.frame} aria-hidden="true" /> : null}
            {onTop(inset.markers).map((m) => marker(m, 2.5))}
          </g>
        ) : null}
      </svg>
    </div>
  );
}
