// The locator map's geometry, loaded on demand: the outlines (assets/map/world.json), d3-geo and
// topojson-client stay out of the popup's first chunk and arrive only when a map is shown.
import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import world from '../../../assets/map/world.json';

export interface MapPoint {
  name: string;
  lat: number;
  lon: number;
}

export interface MarkerXY {
  name: string;
  x: number;
  y: number;
}

export interface DrawnMap {
  width: number;
  height: number;
  /** SVG path data, one per country outline. */
  land: string[];
  markers: MarkerXY[];
}

/** Places farther apart than this are shown on the whole world instead of a region. */
const WORLD_SPAN_LON = 150;
const WORLD_SPAN_LAT = 70;
/** Smallest area shown (degrees): a single town still gets its country around it. */
const MIN_SPAN = 28;

let outlines: FeatureCollection | null = null;
function countries(): FeatureCollection {
  if (!outlines) {
    const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
    outlines = feature(topo, topo.objects.countries) as FeatureCollection;
  }
  return outlines;
}

/** A lon/lat box as a polygon d3 can fit a projection to (wound clockwise, as d3 expects). */
function box(west: number, south: number, east: number, north: number): Feature<Polygon> {
  const ring: [number, number][] = [];
  for (let lon = west; lon <= east; lon += (east - west) / 8) ring.push([lon, north]);
  for (let lon = east; lon >= west; lon -= (east - west) / 8) ring.push([lon, south]);
  ring.push(ring[0]);
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
}

export function drawMap(points: MapPoint[], width: number, height: number): DrawnMap {
  const pad = 12;
  const projection: GeoProjection = geoNaturalEarth1();
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const spanLat = points.length ? Math.max(...lats) - Math.min(...lats) : 180;
  const spanLon = points.length ? Math.max(...lons) - Math.min(...lons) : 360;
  if (!points.length || spanLon > WORLD_SPAN_LON || spanLat > WORLD_SPAN_LAT) {
    projection.fitExtent([[pad, pad], [width - pad, height - pad]], { type: 'Sphere' });
  } else {
    const midLon = (Math.max(...lons) + Math.min(...lons)) / 2;
    const midLat = (Math.max(...lats) + Math.min(...lats)) / 2;
    // Keep the box at the map's aspect ratio, with a margin around the outermost places.
    const halfLon = Math.max(spanLon * 0.65, MIN_SPAN / 2, (spanLat * 0.65 * width) / height);
    const halfLat = Math.min(80, Math.max(spanLat * 0.65, (halfLon * height) / width));
    projection.rotate([-midLon, 0]);
    projection.fitExtent(
      [[pad, pad], [width - pad, height - pad]],
      box(midLon - halfLon, Math.max(-85, midLat - halfLat), midLon + halfLon, Math.min(85, midLat + halfLat)),
    );
  }
  const path = geoPath(projection);
  const land: string[] = [];
  for (const f of countries().features) {
    const d = path(f);
    if (d) land.push(d);
  }
  const markers: MarkerXY[] = [];
  for (const p of points) {
    const xy = projection([p.lon, p.lat]);
    if (xy && Number.isFinite(xy[0]) && Number.isFinite(xy[1])) markers.push({ name: p.name, x: round(xy[0]), y: round(xy[1]) });
  }
  return { width, height, land, markers };
}

const round = (n: number) => Math.round(n * 10) / 10;
