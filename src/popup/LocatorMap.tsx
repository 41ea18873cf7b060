// Where the story happens: country outlines with a marker per place of the glossary. The
// outlines and the projection code load on first use (dynamic import) so the popup opens fast.
import { useEffect, useState } from 'preact/hooks';
import type { Place } from '../core/types';
import type { DrawnMap, MapPoint } from './locator-map/draw';
import './LocatorMap.css';

interface Props {
  places: Place[];
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

export function LocatorMap({ places, active, onActivate, width = 320, height = 180 }: Props) {
  const points = mapPoints(places);
  const signature = points.map((p) => `${p.name}@${p.lat},${p.lon}`).join('|');
  const [drawing, setDrawing] = useState<Drawing>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    import('./locator-map/draw')
      .then(({ drawMap }) => live && setDrawing({ state: 'ready', map: drawMap(points, width, height) }))
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
  // The active marker is drawn last so that it sits on top of its neighbours.
  const markers = [...map.markers].sort((a, b) => Number(a.name === active) - Number(b.name === active));
  return (
    <div class="locator-map">
      <svg viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-label={label}>
        <g class="locator-map__land" aria-hidden="true">
          {map.land.map((d, i) => (
            <path key={i} d={d} />
          ))}
        </g>
        {markers.map((m) => (
          <g
            key={m.name}
            class={m.name === active ? 'locator-map__marker is-active' : 'locator-map__marker'}
            transform={`translate(${m.x} ${m.y})`}
            tabIndex={0}
            onMouseEnter={() => onActivate(m.name)}
            onMouseLeave={() => onActivate(null)}
            onFocus={() => onActivate(m.name)}
            onBlur={() => onActivate(null)}
          >
            <title>{m.name}</title>
            <circle r={m.name === active ? 6 : 4} />
          </g>
        ))}
      </svg>
    </div>
  );
}
